#pragma once

#include "models/keyedtablemodel.h"

namespace ionos {

class ResourcesModel;
class UsersModel;

// One resource and who owns it.
struct OwnershipRow
{
    QString owner;
    QString resource;
    QString type;
    QString id;
};

// Who owns what: one row per resource with its owner, to filter by user or by resource name.
// It follows the resources and users models.
class OwnershipModel : public KeyedTableModel<OwnershipRow>
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    const ResourcesModel &m_resources;
    const UsersModel &m_users;
};

} // namespace ionos
