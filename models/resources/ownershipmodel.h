#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace ionos {

class ResourcesModel;
class UsersModel;

// Who owns what: one row per resource with its owner, to filter by user or by resource name.
// It follows the resources and users models.
class OwnershipModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OwnerColumn,
        ResourceColumn,
        TypeColumn,
        IdColumn,
        ColumnCount
    };

    OwnershipModel(const ResourcesModel &resources, const UsersModel &users,
                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString owner;
        QString resource;
        QString type;
        QString id;
    };
    void rebuild();

    const ResourcesModel &m_resources;
    const UsersModel &m_users;
    std::vector<Row> m_rows;
};

} // namespace ionos
