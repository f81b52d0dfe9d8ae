#pragma once

#include "admin.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace ionos {

// The admins of one reseller contract: id, first name, last name, e-mail.
class AdminsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        FirstNameColumn,
        LastNameColumn,
        EmailColumn,
        ColumnCount
    };
    enum Role
    {
        AdminIdRole = Qt::UserRole + 1,
        SortRole
    };

    explicit AdminsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reset(const QList<Admin> &admins);
    void insert(const Admin &admin);
    void update(const Admin &admin);
    void remove(qint64 adminId);
    std::optional<Admin> admin(qint64 adminId) const;

private:
    int rowOf(qint64 adminId) const;

    std::vector<Admin> m_admins;
};

} // namespace ionos
