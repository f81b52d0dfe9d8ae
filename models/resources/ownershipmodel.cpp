#include "ownershipmodel.h"

#include "tableexport.h"

#include "resourcesmodel.h"
#include "usersmodel.h"

namespace ionos {

OwnershipModel::OwnershipModel(const ResourcesModel &resources, const UsersModel &users,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_resources(resources)
    , m_users(users)
{
    // Derived from two models: rebuilt whenever either is loaded again.
    connect(&resources, &QAbstractItemModel::modelReset, this, &OwnershipModel::rebuild);
    connect(&resources, &QAbstractItemModel::dataChanged, this, &OwnershipModel::rebuild);
    connect(&users, &QAbstractItemModel::modelReset, this, &OwnershipModel::rebuild);
    rebuild();
}

void OwnershipModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const Resource &r : m_resources.resources())
        m_rows.push_back({m_resources.ownerOf(r), r.name, ResourcesModel::typeLabel(r.type), r.id});
    endResetModel();
}

int OwnershipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OwnershipModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OwnershipModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (index.column()) {
    case OwnerColumn:
        return r.owner;
    case ResourceColumn:
        return r.resource;
    case TypeColumn:
        return r.type;
    case IdColumn:
        return r.id;
    default:
        return {};
    }
}

QVariant OwnershipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const keys[] = {"owner", "resource", "type", "id"};
    static_assert(std::size(keys) == ColumnCount);
    if (orientation == Qt::Horizontal && role == ExportKeyRole && section >= 0 &&
        section < ColumnCount)
        return QString::fromLatin1(keys[section]);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OwnerColumn:
        return tr("Owner");
    case ResourceColumn:
        return tr("Resource");
    case TypeColumn:
        return tr("Type");
    case IdColumn:
        return tr("Id");
    default:
        return {};
    }
}

} // namespace ionos
