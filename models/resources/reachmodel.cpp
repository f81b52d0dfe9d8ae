#include "models/resources/reachmodel.h"

#include "models/tableexport.h"

#include "models/groups/groupsmodel.h"
#include "models/users/usersmodel.h"

namespace ionos {

ReachModel::ReachModel(const AccessIndex &index, const UsersModel &users, const GroupsModel &groups,
                       QObject *parent)
    : KeyedTableModel(
          {{"user", QT_TRANSLATE_NOOP("ionos::ReachModel", "User")},
           {"email", QT_TRANSLATE_NOOP("ionos::ReachModel", "E-mail")},
           {"through", QT_TRANSLATE_NOOP("ionos::ReachModel", "Through")},
           {"read", QT_TRANSLATE_NOOP("ionos::ReachModel", "Read")},
           {"edit", QT_TRANSLATE_NOOP("ionos::ReachModel", "Edit")},
           {"share", QT_TRANSLATE_NOOP("ionos::ReachModel", "Share")}},
          // A user reaches a resource once per group, or once as administrator.
          [](const AccessIndex::Reach &r) { return r.user.id + u'/' + r.groupId; }, {}, parent)
    , m_index(index)
    , m_users(users)
    , m_groups(groups)
{
    connect(&index, &AccessIndex::changed, this, &ReachModel::recompute);
    connect(&users, &QAbstractItemModel::modelReset, this, &ReachModel::recompute);
    connect(&users, &UsersModel::loadFinished, this, &ReachModel::recompute);
}

void ReachModel::showResource(const QString &resourceId)
{
    m_resourceId = resourceId;
    recompute();
}

bool ReachModel::isLoading() const
{
    return m_index.isLoading() || !m_users.isComplete();
}

void ReachModel::recompute()
{
    // A derived view: it is computed again as a whole.
    reset(m_resourceId.isEmpty() || isLoading()
              ? QList<AccessIndex::Reach>()
              : m_index.whoCanReach(m_resourceId, m_users.users()));
}

QVariant ReachModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessIndex::Reach &r = rowOfIndex(index);
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

} // namespace ionos
