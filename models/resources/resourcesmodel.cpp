#include "models/resources/resourcesmodel.h"

#include "models/account/accountstate.h"
#include "models/account/resourcestates.h"
#include "models/account/resourcetypes.h"
#include "models/displaytime.h"
#include "models/tableexport.h"

#include <QLocale>

namespace ionos {

ResourcesModel::ResourcesModel(const AccountState &state, QObject *parent)
    : QAbstractItemModel(parent)
    , m_state(state)
{
    rebuild();
    connect(&state, &AccountState::resourcesReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(&state, &AccountState::resourcesOfTypeAboutToBeReplaced, this,
            &ResourcesModel::removeRowsOfType);
    connect(&state, &AccountState::resourcesOfTypeReplaced, this,
            &ResourcesModel::insertRowsOfType);
    connect(&state, &AccountState::resourceChanged, this, &ResourcesModel::resourceChanged);
    // Owners by name: all again when the users are loaded (not page by page), a user's own
    // resources when that user changes.
    const RowsNotifier &users = state.users().notifier();
    connect(&users, &RowsNotifier::wasReset, this, &ResourcesModel::ownersChanged);
    connect(&state, &AccountState::usersCompleted, this, &ResourcesModel::ownersChanged);
    connect(&users, &RowsNotifier::changed, this, [this](int row) {
        const QString userId = m_state.users().rowAt(row).id;
        for (const Resource &r : m_state.resources().all()) {
            if (r.createdByUserId == userId)
                resourceChanged(r.id);
        }
    });
}

void ResourcesModel::rebuild()
{
    m_types.clear();
    for (const QString &type : ResourceTypes::known())
        m_types.push_back({type, {}});
    for (const Resource &r : m_state.resources().all()) {
        int row = typeRow(r.type);
        if (row < 0) {
            m_types.push_back({r.type, {}});
            row = int(m_types.size()) - 1;
        }
        m_types[size_t(row)].ids.push_back(r.id);
    }
    m_position.clear();
    for (size_t t = 0; t < m_types.size(); ++t)
        indexType(int(t));
}

int ResourcesModel::typeRow(const QString &type) const
{
    const auto it = std::find_if(m_types.begin(), m_types.end(),
                                 [&](const TypeNode &n) { return n.type == type; });
    return it == m_types.end() ? -1 : int(it - m_types.begin());
}

void ResourcesModel::indexType(int typeRow)
{
    const TypeNode &node = m_types[size_t(typeRow)];
    for (size_t i = 0; i < node.ids.size(); ++i)
        m_position.insert(node.ids[i], {typeRow, int(i)});
}

void ResourcesModel::removeRowsOfType(const QString &type)
{
    const int row = typeRow(type);
    if (row < 0 || m_types[size_t(row)].ids.empty())
        return;
    TypeNode &node = m_types[size_t(row)];
    beginRemoveRows(index(row, 0), 0, int(node.ids.size()) - 1);
    for (const QString &id : node.ids)
        m_position.remove(id);
    node.ids.clear();
    endRemoveRows();
}

void ResourcesModel::insertRowsOfType(const QString &type)
{
    int row = typeRow(type);
    if (row < 0) {
        row = int(m_types.size());
        beginInsertRows({}, row, row);
        m_types.push_back({type, {}});
        endInsertRows();
    }
    std::vector<QString> ids;
    for (const Resource &r : m_state.resources().all()) {
        if (r.type == type)
            ids.push_back(r.id);
    }
    const QModelIndex parent = index(row, 0);
    if (!ids.empty()) {
        beginInsertRows(parent, 0, int(ids.size()) - 1);
        m_types[size_t(row)].ids = std::move(ids);
        indexType(row);
        endInsertRows();
    }
    // The type's row shows how many there are.
    emit dataChanged(parent, index(row, ColumnCount - 1));
}

void ResourcesModel::resourceChanged(const QString &resourceId)
{
    const auto it = m_position.constFind(resourceId);
    if (it == m_position.constEnd())
        return;
    const auto [typeRow, row] = *it;
    const QModelIndex parent = index(typeRow, 0);
    emit dataChanged(index(row, 0, parent), index(row, ColumnCount - 1, parent));
}

void ResourcesModel::ownersChanged()
{
    for (size_t t = 0; t < m_types.size(); ++t) {
        const QModelIndex parent = index(int(t), 0);
        const int count = int(m_types[t].ids.size());
        if (count > 0)
            emit dataChanged(index(0, OwnerColumn, parent), index(count - 1, OwnerColumn, parent));
    }
}

QModelIndex ResourcesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTypeLevel);
    // A resource row keeps its type's row + 1 as internal id.
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ResourcesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTypeLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTypeLevel);
}

int ResourcesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_types.size());
    if (parent.internalId() == kTypeLevel && parent.column() == 0)
        return int(m_types[size_t(parent.row())].ids.size());
    return 0;
}

int ResourcesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ResourcesModel::ownerOf(const Resource &r) const
{
    const int row = r.createdByUserId.isEmpty() ? -1 : m_state.users().rowOf(r.createdByUserId);
    if (row >= 0) {
        const User &u = m_state.users().rowAt(row);
        return QStringLiteral("%1 <%2>").arg(u.displayName(), u.email);
    }
    return r.createdBy.isEmpty() ? tr("Contract owner") : r.createdBy;
}

const Resource &ResourcesModel::resourceAt(const QModelIndex &index) const
{
    const QString &id = m_types[size_t(index.internalId() - 1)].ids[size_t(index.row())];
    return m_state.resources().rowAt(m_state.resources().rowOf(id));
}

QVariant ResourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTypeLevel) {
        const TypeNode &node = m_types[size_t(index.row())];
        if (role == TypeRole || (role == ExportValueRole && index.column() == NameColumn))
            return node.type;
        if (index.column() == NameColumn && (role == Qt::DisplayRole || role == SortRole))
            return QStringLiteral("%1 (%2)")
                .arg(ResourceTypes::label(node.type))
                .arg(node.ids.size());
        return {};
    }
    const Resource &r = resourceAt(index);
    if (role == ResourceIdRole)
        return r.id;
    if (role == TypeRole)
        return r.type;
    if (role == ExportValueRole && index.column() == SecAuthColumn)
        return r.secAuthProtection;
    if (role == ExportValueRole && index.column() == CreatedColumn)
        return r.created;
    if ((role == ExportValueRole || role == Qt::ToolTipRole) && index.column() == StateColumn)
        return r.state;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r.name;
    case IdColumn:
        return r.id;
    case OwnerColumn:
        return ownerOf(r);
    case StateColumn:
        return ResourceStates::label(r.state);
    case SecAuthColumn:
        if (role == SortRole)
            return r.secAuthProtection;
        return r.secAuthProtection ? tr("Yes") : tr("No");
    case CreatedColumn:
        if (role == SortRole)
            return r.created.toMSecsSinceEpoch();
        return r.created.isValid() ? DisplayTime::date(r.created.toLocalTime().date()) : QString();
    default:
        return {};
    }
}

QVariant ResourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const keys[] = {"name",   "id", "owner", "state", "secAuthProtection",
                                       "created"};
    static_assert(std::size(keys) == ColumnCount);
    if (orientation == Qt::Horizontal && role == ExportKeyRole && section >= 0 &&
        section < ColumnCount)
        return QString::fromLatin1(keys[section]);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("Id");
    case OwnerColumn:
        return tr("Owner");
    case StateColumn:
        return tr("State");
    case SecAuthColumn:
        return tr("2FA Protected");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

const Resource *ResourcesModel::resource(const QString &resourceId) const
{
    const int row = m_state.resources().rowOf(resourceId);
    return row < 0 ? nullptr : &m_state.resources().rowAt(row);
}

QList<Resource> ResourcesModel::resources() const
{
    return m_state.resources().all();
}

} // namespace ionos
