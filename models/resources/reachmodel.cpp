#include "reachmodel.h"

#include "tableexport.h"

#include "groupsmodel.h"
#include "usersmodel.h"

namespace ionos {

ReachModel::ReachModel(const AccessIndex &index, const UsersModel &users, const GroupsModel &groups,
                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_index(index)
    , m_users(users)
    , m_groups(groups)
{
    connect(&index, &AccessIndex::changed, this, &ReachModel::recompute);
    connect(&users, &QAbstractItemModel::modelReset, this, &ReachModel::recompute);
}

void ReachModel::showResource(const QString &resourceId)
{
    m_resourceId = resourceId;
    recompute();
}

void ReachModel::recompute()
{
    // A derived view: it is computed again as a whole.
    beginResetModel();
    m_rows = m_resourceId.isEmpty() ? QList<AccessIndex::Reach>()
                                    : m_index.whoCanReach(m_resourceId, m_users.users());
    endResetModel();
}

int ReachModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReachModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReachModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessIndex::Reach &r = m_rows.at(index.row());
    if (role == ExportValueRole) {
        switch (index.column()) {
        case ReadColumn:
            return true;
        case EditColumn:
            return r.edit;
        case ShareColumn:
            return r.share;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    auto yesNo = [](bool on) { return on ? tr("Yes") : tr("No"); };
    switch (index.column()) {
    case UserColumn:
        return r.user.displayName();
    case EmailColumn:
        return r.user.email;
    case ThroughColumn: {
        if (r.administrator)
            return tr("Administrator (reaches everything)");
        const std::optional<Group> g = m_groups.group(r.groupId);
        return g ? tr("Group %1").arg(g->name) : tr("Group %1").arg(r.groupId);
    }
    case ReadColumn:
        return yesNo(true);
    case EditColumn:
        return yesNo(r.edit);
    case ShareColumn:
        return yesNo(r.share);
    default:
        return {};
    }
}

QVariant ReachModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const keys[] = {"user", "email", "through", "read", "edit", "share"};
    static_assert(std::size(keys) == ColumnCount);
    if (orientation == Qt::Horizontal && role == ExportKeyRole && section >= 0 &&
        section < ColumnCount)
        return QString::fromLatin1(keys[section]);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case EmailColumn:
        return tr("E-mail");
    case ThroughColumn:
        return tr("Through");
    case ReadColumn:
        return tr("Read");
    case EditColumn:
        return tr("Edit");
    case ShareColumn:
        return tr("Share");
    default:
        return {};
    }
}

} // namespace ionos
