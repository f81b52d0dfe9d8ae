#include "models/groups/groupsmodel.h"

#include "models/tableexport.h"

#include "models/users/usersmodel.h"
#include "network/privileges.h"

#include <QMimeData>

namespace ionos {

GroupsModel::GroupsModel(QObject *parent)
    : KeyedTableModel(
          {{"name", QT_TRANSLATE_NOOP("ionos::GroupsModel", "Name")},
           {"members", QT_TRANSLATE_NOOP("ionos::GroupsModel", "Members")},
           {"shares", QT_TRANSLATE_NOOP("ionos::GroupsModel", "Shares")},
           {"privileges", QT_TRANSLATE_NOOP("ionos::GroupsModel", "Privileges")}},
          [](const GroupRow &r) { return r.group.id; },
          {Qt::FontRole, Qt::ToolTipRole, PendingRole}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupRow &r = rowOfIndex(index);
    const bool pending = isPending(r.group.id);
    if (const QVariant state = rowState(r.group.id, role, IdRole, PendingRole); state.isValid())
        return state;
    // Until a group's members and shares are in, its counts say so rather than show a number.
    auto count = [](int n) { return n < 0 ? QVariant(tr("loading…")) : QVariant(n); };
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
                labels << Privileges::all().at(Privileges::indexOf(key)).label();
            return labels.isEmpty() ? tr("No privileges") : labels.join(QLatin1Char('\n'));
        }
        break;
    default:
        break;
    }
    return {};
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

void GroupsModel::reset(const QList<Group> &groups)
{
    QList<GroupRow> rows;
    rows.reserve(groups.size());
    for (const Group &g : groups)
        rows.append({g, -1, -1});
    KeyedTableModel::reset(rows);
}

void GroupsModel::insert(const Group &group)
{
    if (rowOf(group.id) >= 0)
        update(group);
    else
        KeyedTableModel::insert({group, 0, 0});
}

void GroupsModel::update(const Group &group)
{
    modify(group.id, [&group](GroupRow &r) { r.group = group; });
}

void GroupsModel::setMemberCount(const QString &groupId, int count)
{
    modify(
        groupId, [count](GroupRow &r) { r.members = count; }, MembersColumn, MembersColumn);
}

void GroupsModel::setShareCount(const QString &groupId, int count)
{
    modify(
        groupId, [count](GroupRow &r) { r.shares = count; }, SharesColumn, SharesColumn);
}

void GroupsModel::adjustMemberCount(const QString &groupId, int delta)
{
    const std::optional<GroupRow> r = find(groupId);
    if (r && r->members >= 0)
        setMemberCount(groupId, std::max(0, r->members + delta));
}

void GroupsModel::adjustShareCount(const QString &groupId, int delta)
{
    const std::optional<GroupRow> r = find(groupId);
    if (r && r->shares >= 0)
        setShareCount(groupId, std::max(0, r->shares + delta));
}

std::optional<Group> GroupsModel::group(const QString &groupId) const
{
    const int row = rowOf(groupId);
    return row < 0 ? std::nullopt : std::optional<Group>(at(row));
}

int GroupsModel::memberCount(const QString &groupId) const
{
    const int row = rowOf(groupId);
    return row < 0 ? -1 : rowAt(row).members;
}

} // namespace ionos
