#include "groupsmodel.h"

#include "tableexport.h"

#include "privileges.h"
#include "usersmodel.h"

#include <QMimeData>

#include <QFont>

namespace ionos {

GroupsModel::GroupsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int GroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const bool pending = m_pending.contains(r.group.id);
    if (role == IdRole)
        return r.group.id;
    if (role == PendingRole)
        return pending;
    if (role == Qt::FontRole && pending) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    auto count = [](int n) { return n < 0 ? QVariant(QStringLiteral("…")) : QVariant(n); };
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return r.group.name;
        if (role == SortRole)
            return r.group.name.toLower();
        if (role == Qt::ToolTipRole && pending)
            return tr("A change to this group is in progress…");
        break;
    case MembersColumn:
        if (role == Qt::DisplayRole)
            return count(r.members);
        if (role == SortRole || (role == ExportValueRole && r.members >= 0))
            return r.members;
        break;
    case SharesColumn:
        if (role == Qt::DisplayRole)
            return count(r.shares);
        if (role == SortRole || (role == ExportValueRole && r.shares >= 0))
            return r.shares;
        break;
    case PrivilegesColumn:
        if (role == Qt::DisplayRole)
            return tr("%1 of %2")
                .arg(r.group.privileges.grantedCount())
                .arg(Privileges::all().size());
        if (role == SortRole)
            return r.group.privileges.grantedCount();
        if (role == ExportValueRole)
            return r.group.privileges.grantedKeys();
        if (role == Qt::ToolTipRole) {
            QStringList labels;
            for (const QString &key : r.group.privileges.grantedKeys())
                labels << Privileges::all().at(Privileges::indexOf(key)).label;
            return labels.isEmpty() ? tr("No privileges") : labels.join(QLatin1Char('\n'));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const keys[] = {"name", "members", "shares", "privileges"};
    static_assert(std::size(keys) == ColumnCount);
    if (orientation == Qt::Horizontal && role == ExportKeyRole && section >= 0 &&
        section < ColumnCount)
        return QString::fromLatin1(keys[section]);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MembersColumn:
        return tr("Members");
    case SharesColumn:
        return tr("Shares");
    case PrivilegesColumn:
        return tr("Privileges");
    default:
        return {};
    }
}

Qt::ItemFlags GroupsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    // Users dropped on a group become its members.
    return index.isValid() ? base | Qt::ItemIsDropEnabled : base;
}

QStringList GroupsModel::mimeTypes() const
{
    return {QString::fromLatin1(UsersModel::userIdsMimeType())};
}

bool GroupsModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                  const QModelIndex &parent) const
{
    return parent.isValid() && data->hasFormat(QString::fromLatin1(UsersModel::userIdsMimeType()));
}

bool GroupsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList ids =
        QString::fromUtf8(data->data(QString::fromLatin1(UsersModel::userIdsMimeType())))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (ids.isEmpty())
        return false;
    emit usersDropped(at(parent.row()).id, ids);
    return true;
}

void GroupsModel::reindexFrom(int row)
{
    for (int r = row; r < int(m_rows.size()); ++r)
        m_rowById.insert(m_rows[size_t(r)].group.id, r);
}

void GroupsModel::changedCell(int row, int column)
{
    emit dataChanged(index(row, column), index(row, column));
}

void GroupsModel::reset(const QList<Group> &groups)
{
    beginResetModel();
    m_rows.clear();
    for (const Group &g : groups)
        m_rows.push_back({g, -1, -1});
    m_rowById.clear();
    m_pending.clear();
    reindexFrom(0);
    endResetModel();
}

void GroupsModel::insert(const Group &group)
{
    if (rowOf(group.id) >= 0) {
        update(group);
        return;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back({group, 0, 0}); // a new group has no members and no shares
    m_rowById.insert(group.id, row);
    endInsertRows();
}

void GroupsModel::update(const Group &group)
{
    const int row = rowOf(group.id);
    if (row < 0)
        return;
    m_rows[size_t(row)].group = group;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void GroupsModel::remove(const QString &groupId)
{
    const int row = rowOf(groupId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    m_rowById.remove(groupId);
    m_pending.remove(groupId);
    reindexFrom(row);
    endRemoveRows();
}

void GroupsModel::setPending(const QString &groupId, bool pending)
{
    const int row = rowOf(groupId);
    if (row < 0 || m_pending.contains(groupId) == pending)
        return;
    if (pending)
        m_pending.insert(groupId);
    else
        m_pending.remove(groupId);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                     {Qt::FontRole, Qt::ToolTipRole, PendingRole});
}

void GroupsModel::setMemberCount(const QString &groupId, int count)
{
    const int row = rowOf(groupId);
    if (row < 0)
        return;
    m_rows[size_t(row)].members = count;
    changedCell(row, MembersColumn);
}

void GroupsModel::adjustMemberCount(const QString &groupId, int delta)
{
    const int row = rowOf(groupId);
    if (row >= 0 && m_rows[size_t(row)].members >= 0)
        setMemberCount(groupId, m_rows[size_t(row)].members + delta);
}

void GroupsModel::adjustShareCount(const QString &groupId, int delta)
{
    const int row = rowOf(groupId);
    if (row >= 0 && m_rows[size_t(row)].shares >= 0)
        setShareCount(groupId, std::max(0, m_rows[size_t(row)].shares + delta));
}

void GroupsModel::setShareCount(const QString &groupId, int count)
{
    const int row = rowOf(groupId);
    if (row < 0)
        return;
    m_rows[size_t(row)].shares = count;
    changedCell(row, SharesColumn);
}

std::optional<Group> GroupsModel::group(const QString &groupId) const
{
    const int row = rowOf(groupId);
    return row < 0 ? std::nullopt : std::optional<Group>(at(row));
}

int GroupsModel::memberCount(const QString &groupId) const
{
    const int row = rowOf(groupId);
    return row < 0 ? -1 : m_rows[size_t(row)].members;
}

} // namespace ionos
