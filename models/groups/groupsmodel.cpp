#include "models/groups/groupsmodel.h"

#include "models/account/accountstate.h"
#include "models/tableexport.h"
#include "models/users/usersmodel.h"
#include "network/privileges.h"

#include <QMimeData>

namespace ionos {

GroupsModel::GroupsModel(AccountState &state, QObject *parent)
    : KeyedTableModel({{"name", QT_TRANSLATE_NOOP("ionos::GroupsModel", "Name")},
                       {"members", QT_TRANSLATE_NOOP("ionos::GroupsModel", "Members")},
                       {"shares", QT_TRANSLATE_NOOP("ionos::GroupsModel", "Shares")},
                       {"privileges", QT_TRANSLATE_NOOP("ionos::GroupsModel", "Privileges")}},
                      state.groups(), {Qt::FontRole, Qt::ToolTipRole, PendingRole}, parent)
    , m_state(state)
{
    Q_ASSERT(columnCount() == ColumnCount);
    connect(&state, &AccountState::membersChanged, this,
            [this](const QString &groupId) { countsChanged(groupId, MembersColumn); });
    connect(&state, &AccountState::sharesChanged, this,
            [this](const QString &groupId) { countsChanged(groupId, SharesColumn); });
}

void GroupsModel::countsChanged(const QString &groupId, int column)
{
    const int row = rowOf(groupId);
    if (row >= 0)
        emit dataChanged(index(row, column), index(row, column));
}

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group &group = rowOfIndex(index);
    const bool pending = isPending(group.id);
    if (const QVariant state = rowState(group.id, role, IdRole, PendingRole); state.isValid())
        return state;
    // Until a group's members and shares are in, its counts say so rather than show a number.
    auto count = [](int n) { return n < 0 ? QVariant(tr("loading…")) : QVariant(n); };
    const int members = m_state.memberCount(group.id);
    const int shares = m_state.shareCount(group.id);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return group.name;
        if (role == SortRole)
            return group.name.toLower();
        if (role == Qt::ToolTipRole && pending)
            return tr("A change to this group is in progress…");
        break;
    case MembersColumn:
        if (role == Qt::DisplayRole)
            return count(members);
        if (role == SortRole || (role == ExportValueRole && members >= 0))
            return members;
        break;
    case SharesColumn:
        if (role == Qt::DisplayRole)
            return count(shares);
        if (role == SortRole || (role == ExportValueRole && shares >= 0))
            return shares;
        break;
    case PrivilegesColumn:
        if (role == Qt::DisplayRole)
            return tr("%1 of %2")
                .arg(group.privileges.grantedCount())
                .arg(Privileges::all().size());
        if (role == SortRole)
            return group.privileges.grantedCount();
        if (role == ExportValueRole)
            return group.privileges.grantedKeys();
        if (role == Qt::ToolTipRole) {
            QStringList labels;
            for (const QString &key : group.privileges.grantedKeys())
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

} // namespace ionos
