#include "models/resources/ownershipmodel.h"

#include "models/account/resourcetypes.h"
#include "models/tableexport.h"

#include "models/resources/resourcesmodel.h"

namespace ionos {

OwnershipModel::OwnershipModel(const ResourcesModel &resources, QObject *parent)
    : KeyedTableModel(
          {{"owner", QT_TRANSLATE_NOOP("ionos::OwnershipModel", "Owner")},
           {"resource", QT_TRANSLATE_NOOP("ionos::OwnershipModel", "Resource")},
           {"type", QT_TRANSLATE_NOOP("ionos::OwnershipModel", "Type")},
           {"id", QT_TRANSLATE_NOOP("ionos::OwnershipModel", "Id")}},
          [](const OwnershipRow &r) { return r.id; }, {}, parent)
    , m_resources(resources)
{
    // Rebuilt whenever the resources change, or their owners' names do.
    connect(&resources, &QAbstractItemModel::modelReset, this, &OwnershipModel::rebuild);
    connect(&resources, &QAbstractItemModel::rowsInserted, this, &OwnershipModel::rebuild);
    connect(&resources, &QAbstractItemModel::rowsRemoved, this, &OwnershipModel::rebuild);
    connect(&resources, &QAbstractItemModel::dataChanged, this, &OwnershipModel::rebuild);
    rebuild();
}

void OwnershipModel::rebuild()
{
    QList<OwnershipRow> rows;
    for (const Resource &r : m_resources.resources())
        rows.append({m_resources.ownerOf(r), r.name, r.type, r.id});
    reset(rows);
}

QVariant OwnershipModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OwnershipRow &r = rowOfIndex(index);
    // The type for people on screen; the API's in files and in the tool tip.
    if (index.column() == TypeColumn && (role == ExportValueRole || role == Qt::ToolTipRole))
        return r.type;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OwnerColumn:
        return r.owner;
    case ResourceColumn:
        return r.resource;
    case TypeColumn:
        return ResourceTypes::singular(r.type);
    case IdColumn:
        return r.id;
    default:
        return {};
    }
}

} // namespace ionos
