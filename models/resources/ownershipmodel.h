#pragma once

#include "models/keyedtablemodel.h"

namespace ionos {

class ResourcesModel;

// One resource and who owns it.
struct OwnershipRow
{
    QString owner;
    QString resource;
    QString type; // as the API names it
    QString id;
};

// Who owns what: one row per resource with its owner, to filter by user or by resource name.
// It follows the resources model, whose owners are named from the users.
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

    explicit OwnershipModel(const ResourcesModel &resources, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    const ResourcesModel &m_resources;
};

} // namespace ionos
