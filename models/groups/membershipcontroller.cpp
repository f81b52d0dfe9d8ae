#include "membershipcontroller.h"

#include "accessindex.h"
#include "activitymodel.h"
#include "groupservice.h"
#include "groupsmodel.h"
#include "usersmodel.h"

#include <memory>

namespace ionos {

MembershipController::MembershipController(ApiClient &client, GroupsModel &groups,
                                           ActivityModel &activity, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_groups(groups)
    , m_activity(activity)
    , m_members(new UsersModel(this))
{}

MembershipController::~MembershipController() = default;

void MembershipController::showGroup(const QString &groupId)
{
    if (m_load)
        m_load->cancel();
    m_shown = groupId;
    m_members->reset({});
    if (groupId.isEmpty())
        return;
    emit membersLoading(true);
    m_load = GroupMemberService(m_client).members(
        groupId, this, [this, groupId](const Result<QList<User>> &r) {
            emit membersLoading(false);
            if (groupId != m_shown)
                return;
            if (r.ok()) {
                m_members->reset(r.value());
                m_groups.setMemberCount(groupId, int(r.value().size()));
            } else if (r.error().kind != ApiError::Kind::Cancelled) {
                emit membersLoadFailed(r.error().message);
            }
        });
}

void MembershipController::add(const QString &groupId, const QList<User> &users)
{
    run(Change::Add, groupId, users);
}

void MembershipController::remove(const QString &groupId, const QList<User> &users)
{
    run(Change::Remove, groupId, users);
}

void MembershipController::cancelBulk()
{
    const QList<QPointer<ApiCall>> calls = m_bulk;
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void MembershipController::run(Change change, const QString &groupId, const QList<User> &users)
{
    if (users.isEmpty())
        return;
    const std::optional<Group> group = m_groups.group(groupId);
    const QString groupName = group ? group->name : groupId;
    auto results = std::make_shared<QList<ItemResult>>();
    const int total = int(users.size());
    emit bulkProgress(0, total);
    for (const User &u : users) {
        const QString target = u.email.isEmpty() ? u.id : u.email;
        const int entry =
            m_activity.record(change == Change::Add ? tr("Add to group %1").arg(groupName)
                                                    : tr("Remove from group %1").arg(groupName),
                              target);
        if (change == Change::Remove && m_shown == groupId)
            m_members->setPending(u.id, true);
        auto call = std::make_shared<QPointer<ApiCall>>();
        auto finished = [this, change, groupId, u, target, entry, results, total,
                         call](const Result<Done> &r) {
            ItemResult item{target, r.ok(), false, {}};
            if (r.ok()) {
                m_activity.setDone(entry);
                m_groups.adjustMemberCount(groupId, change == Change::Add ? 1 : -1);
                if (m_access) {
                    if (change == Change::Add)
                        m_access->addMember(groupId, u);
                    else
                        m_access->removeMember(groupId, u.id);
                }
                if (m_shown == groupId) {
                    if (change == Change::Add)
                        m_members->insert(u);
                    else
                        m_members->remove(u.id);
                }
            } else {
                item.cancelled = r.error().kind == ApiError::Kind::Cancelled;
                const bool mayHaveHappened =
                    item.cancelled && *call && !(*call)->requestId().isEmpty();
                item.message =
                    !item.cancelled ? r.error().message
                    : mayHaveHappened
                        ? tr("Cancelled after the server accepted it: it may still happen. "
                             "Refresh to see.")
                        : tr("Cancelled before it was sent: nothing was changed.");
                m_activity.setFailed(entry, item.message,
                                     [self = QPointer(this), change, groupId, u] {
                                         if (self)
                                             self->run(change, groupId, {u});
                                     });
                if (m_shown == groupId)
                    m_members->setPending(u.id, false);
            }
            m_bulk.removeAll(*call);
            m_bulk.removeAll(nullptr);
            results->append(item);
            emit bulkProgress(int(results->size()), total);
            if (int(results->size()) == total)
                emit bulkFinished(*results);
        };
        GroupMemberService service(m_client);
        ApiCall *started = change == Change::Add ? service.add(groupId, u.id, this, finished)
                                                 : service.remove(groupId, u.id, this, finished);
        *call = started;
        m_bulk.append(started);
        connect(started, &ApiCall::accepted, this, [this, entry](const QString &requestId) {
            m_activity.setRunning(entry, requestId);
        });
    }
}

} // namespace ionos
