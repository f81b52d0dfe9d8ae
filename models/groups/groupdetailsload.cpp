#include "models/groups/groupdetailsload.h"

#include "models/groups/groupsmodel.h"
#include "models/resources/accessindex.h"
#include "network/groupservice.h"
#include "network/shareservice.h"

namespace ionos {

GroupDetailsLoad::GroupDetailsLoad(ApiClient &client, GroupsModel &model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{}

void GroupDetailsLoad::start(const QStringList &groupIds)
{
    stop();
    m_groups = groupIds;
    m_members.clear();
    m_shares.clear();
    m_done = 0;
    if (m_access)
        m_access->setLoading(!groupIds.isEmpty());
    emit progressed(0, total());
    if (groupIds.isEmpty()) {
        emit finished();
        return;
    }
    resume();
}

void GroupDetailsLoad::stop()
{
    delete m_calls; // cancels what is on its way
    m_calls = nullptr;
    m_askingMembers.clear();
    m_askingShares.clear();
}

void GroupDetailsLoad::resume()
{
    if (!m_calls)
        m_calls = new QObject(this);
    // Background: writes and what the person opens go first.
    ApiClient::PriorityScope background(RequestPriority::Background);
    for (const QString &id : std::as_const(m_groups)) {
        for (const Part part : {Part::Members, Part::Shares}) {
            if (!have(part).contains(id) && !asking(part).contains(id))
                ask(id, part);
        }
    }
}

void GroupDetailsLoad::ask(const QString &groupId, Part part)
{
    asking(part).insert(groupId);
    if (part == Part::Members) {
        GroupMemberService(m_client).members(
            groupId, m_calls, [this, groupId](const Result<QList<User>> &r) {
                if (r.ok()) {
                    m_model.setMemberCount(groupId, int(r.value().size()));
                    if (m_access)
                        m_access->setMembers(groupId, r.value());
                }
                // A group deleted meanwhile has nothing more to load.
                settle(groupId, Part::Members, r.ok() || r.error().isGone());
            });
    } else {
        GroupShareService(m_client).shares(
            groupId, m_calls, [this, groupId](const Result<QList<GroupShare>> &r) {
                if (r.ok()) {
                    m_model.setShareCount(groupId, int(r.value().size()));
                    if (m_access)
                        m_access->setShares(groupId, r.value());
                }
                settle(groupId, Part::Shares, r.ok() || r.error().isGone());
            });
    }
}

void GroupDetailsLoad::settle(const QString &groupId, Part part, bool ok)
{
    asking(part).remove(groupId);
    if (!ok)
        return; // missing: resume() asks again
    have(part).insert(groupId);
    if (!m_members.contains(groupId) || !m_shares.contains(groupId))
        return;
    ++m_done;
    emit progressed(m_done, total());
    if (isComplete()) {
        if (m_access)
            m_access->setLoading(false);
        emit finished();
    }
}

} // namespace ionos
