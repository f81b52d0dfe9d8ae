#pragma once

#include "groupshare.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>
#include <vector>

namespace ionos {

// The shares of one group: each shared resource with Read (the share itself), Edit and Share.
// Edit and Share are checkboxes edited in place; the model only asks for the change
// (flagsEdited), the controller makes it.
class SharesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ResourceColumn,
        TypeColumn,
        ReadColumn,
        EditColumn,
        ShareColumn,
        ColumnCount
    };
    enum Role
    {
        ResourceIdRole = Qt::UserRole + 1,
        PendingRole
    };
    struct Label
    {
        QString name;
        QString type;
    };
    using Describe = std::function<Label(const QString &resourceId)>;

    explicit SharesModel(QObject *parent = nullptr);

    void setDescribe(Describe describe) { m_describe = std::move(describe); }
    void reset(const QList<GroupShare> &shares);
    void put(const GroupShare &share);
    void remove(const QString &resourceId);
    void setPending(const QString &resourceId, bool pending);
    std::optional<GroupShare> share(const QString &resourceId) const;
    QList<GroupShare> shares() const { return {m_rows.begin(), m_rows.end()}; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void flagsEdited(const GroupShare &wanted);

private:
    int rowOf(const QString &resourceId) const;

    std::vector<GroupShare> m_rows;
    QSet<QString> m_pending;
    Describe m_describe;
};

} // namespace ionos
