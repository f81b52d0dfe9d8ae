#include "models/groups/groupdetailsload.h"

#include "models/account/accountstate.h"
#include "network/groupservice.h"
#include "network/shareservice.h"

namespace ionos {

GroupDetailsLoad::GroupDetailsLoad(ApiClient &client, AccountState &state, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_state(state)
{}

void GroupDetailsLoad::start(const QStringList &groupIds)
{
    stop();
    m_groups = groupIds;
    m_members.clear();
    m_shares.clear();
    m_done = 0;
    m_state.retainGroups(groupIds);
    m_state.setDetailsLoading(!groupIds.isEmpty());
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
    // What an answer leaves is the same for both parts: what came in is kept, and a group
    // deleted meanwhile has nothing more to load.
    auto settled = [this, groupId, part](const auto &result, auto keep) {
        if (result.ok())
            keep(result.value());
        const bool known = result.ok() || result.error().isGone();
        settle(groupId, part, known);
        if (!known && result.error().kind != ApiError::Kind::Cancelled)
            emit failed(result.error());
    };
    if (part == Part::Members) {
        GroupMemberService(m_client).members(
            groupId, m_calls, [this, groupId, settled](const Result<QList<User>> &r) {
                settled(r, [&](const QList<User> &users) { m_state.setMembers(groupId, users); });
            });
        return;
    }
    GroupShareService(m_client).shares(
        groupId, m_calls, [this, groupId, settled](const Result<QList<GroupShare>> &r) {
            settled(r,
                    [&](const QList<GroupShare> &shares) { m_state.setShares(groupId, shares); });
        });
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
        m_state.setDetailsLoading(false);
        emit finished();
    }
}

} // namespace ionos
