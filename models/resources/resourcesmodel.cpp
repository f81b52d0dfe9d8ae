#include "models/resources/resourcesmodel.h"

#include "models/tableexport.h"

#include <QLocale>

namespace ionos {
namespace {

const QStringList &knownTypes()
{
    static const QStringList types = {QStringLiteral("datacenter"), QStringLiteral("snapshot"),
                                      QStringLiteral("image"),      QStringLiteral("ipblock"),
                                      QStringLiteral("pcc"),        QStringLiteral("backupunit"),
                                      QStringLiteral("k8s")};
    return types;
}

} // namespace

ResourcesModel::ResourcesModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    for (const QString &type : knownTypes())
        m_types.push_back({type, {}});
}

QString ResourcesModel::typeLabel(const QString &type)
{
    if (type == QStringLiteral("datacenter"))
        return tr("Data centers");
    if (type == QStringLiteral("snapshot"))
        return tr("Snapshots");
    if (type == QStringLiteral("image"))
        return tr("Images");
    if (type == QStringLiteral("ipblock"))
        return tr("IP blocks");
    if (type == QStringLiteral("pcc"))
        return tr("Cross connects");
    if (type == QStringLiteral("backupunit"))
        return tr("Backup units");
    if (type == QStringLiteral("k8s"))
        return tr("Kubernetes clusters");
    return type;
}

void ResourcesModel::setOwnerName(OwnerName ownerName)
{
    m_ownerName = std::move(ownerName);
    if (!m_types.empty())
        emit dataChanged(index(0, 0), index(int(m_types.size()) - 1, ColumnCount - 1));
}

void ResourcesModel::reset(const QList<Resource> &resources)
{
    beginResetModel();
    m_types.clear();
    for (const QString &type : knownTypes())
        m_types.push_back({type, {}});
    for (const Resource &r : resources) {
        auto it = std::find_if(m_types.begin(), m_types.end(),
                               [&](const TypeNode &n) { return n.type == r.type; });
        if (it == m_types.end()) {
            m_types.push_back({r.type, {}});
            it = m_types.end() - 1;
        }
        it->resources.push_back(r);
    }
    m_position.clear();
    for (size_t t = 0; t < m_types.size(); ++t) {
        for (size_t i = 0; i < m_types[t].resources.size(); ++i)
            m_position.insert(m_types[t].resources[i].id, {int(t), int(i)});
    }
    endResetModel();
}

void ResourcesModel::indexType(int typeRow)
{
    const TypeNode &node = m_types[size_t(typeRow)];
    for (size_t i = 0; i < node.resources.size(); ++i)
        m_position.insert(node.resources[i].id, {typeRow, int(i)});
}

void ResourcesModel::replaceType(const QString &type, const QList<Resource> &resources)
{
    auto it = std::find_if(m_types.begin(), m_types.end(),
                           [&](const TypeNode &n) { return n.type == type; });
    if (it == m_types.end()) {
        const int row = int(m_types.size());
        beginInsertRows({}, row, row);
        m_types.push_back({type, {}});
        endInsertRows();
        it = m_types.end() - 1;
    }
    const int typeRow = int(it - m_types.begin());
    const QModelIndex parent = index(typeRow, 0);
    if (!it->resources.empty()) {
        beginRemoveRows(parent, 0, int(it->resources.size()) - 1);
        for (const Resource &r : it->resources)
            m_position.remove(r.id);
        it->resources.clear();
        endRemoveRows();
    }
    if (!resources.isEmpty()) {
        beginInsertRows(parent, 0, int(resources.size()) - 1);
        it->resources.assign(resources.begin(), resources.end());
        indexType(typeRow);
        endInsertRows();
    }
    // The type's row shows how many there are.
    emit dataChanged(parent, index(typeRow, ColumnCount - 1));
}

void ResourcesModel::updateResource(const Resource &resource)
{
    const auto it = m_position.constFind(resource.id);
    if (it == m_position.constEnd())
        return;
    const auto [typeRow, row] = *it;
    m_types[size_t(typeRow)].resources[size_t(row)] = resource;
    const QModelIndex parent = index(typeRow, 0);
    emit dataChanged(index(row, 0, parent), index(row, ColumnCount - 1, parent));
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
        return int(m_types[size_t(parent.row())].resources.size());
    return 0;
}

int ResourcesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ResourcesModel::ownerOf(const Resource &r) const
{
    const QString name =
        m_ownerName && !r.createdByUserId.isEmpty() ? m_ownerName(r.createdByUserId) : QString();
    if (!name.isEmpty())
        return name;
    return r.createdBy.isEmpty() ? tr("Contract owner") : r.createdBy;
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
            return QStringLiteral("%1 (%2)").arg(typeLabel(node.type)).arg(node.resources.size());
        return {};
    }
    const Resource &r = m_types[size_t(index.internalId() - 1)].resources[size_t(index.row())];
    if (role == ResourceIdRole)
        return r.id;
    if (role == TypeRole)
        return r.type;
    if (role == ExportValueRole && index.column() == SecAuthColumn)
        return r.secAuthProtection;
    if (role == ExportValueRole && index.column() == CreatedColumn)
        return r.created;
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
        return r.state;
    case SecAuthColumn:
        if (role == SortRole)
            return r.secAuthProtection;
        return r.secAuthProtection ? tr("Yes") : tr("No");
    case CreatedColumn:
        if (role == SortRole)
            return r.created.toMSecsSinceEpoch();
        return r.created.isValid()
                   ? QLocale().toString(r.created.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
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
    const auto it = m_position.constFind(resourceId);
    if (it == m_position.constEnd())
        return nullptr;
    return &m_types[size_t(it->first)].resources[size_t(it->second)];
}

QList<Resource> ResourcesModel::resources() const
{
    QList<Resource> all;
    for (const TypeNode &n : m_types)
        all.append(QList<Resource>(n.resources.begin(), n.resources.end()));
    return all;
}

} // namespace ionos
