#include "models/groups/membershipcontroller.h"

#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/trackedwrite.h"
#include "models/users/usersmodel.h"
#include "network/groupservice.h"

#include <QSet>
#include <QTimer>

#include <memory>

namespace ionos {

MembershipController::MembershipController(ApiClient &client, AccountState &state,
                                           ActivityModel &activity, QObject *parent)
    : GroupPartController(client, state, activity, parent)
    , m_members(new UsersModel(m_memberRows, this))
{
    connect(&state, &AccountState::membersChanged, this, [this](const QString &groupId) {
        if (groupId == m_shown)
            showKnown();
    });
    // Who the members are shows as the users come in and change.
    const auto usersChanged = [this] {
        if (!m_shown.isEmpty())
            showKnown();
    };
    const RowsNotifier &users = state.users().notifier();
    connect(&users, &RowsNotifier::wasReset, this, usersChanged);
    connect(&users, &RowsNotifier::inserted, this, usersChanged);
    connect(&users, &RowsNotifier::changed, this, usersChanged);
}

MembershipController::~MembershipController()
{
    delete m_members; // before the rows it shows
}

ApiCall *MembershipController::read(const QString &groupId)
{
    emit membersLoading(true);
    return GroupMemberService(m_client).members(
        groupId, this, [this, groupId](const Result<QList<User>> &r) {
            emit membersLoading(false);
            if (r.ok())
                m_state.setMembers(groupId, r.value());
            else if (groupId == m_shown && r.error().kind != ApiError::Kind::Cancelled)
                emit membersLoadFailed(r.error());
        });
}

void MembershipController::showKnown()
{
    QList<User> rows;
    for (const QString &id : m_state.membersOf(m_shown)) {
        std::optional<User> user = m_state.users().find(id);
        if (!user) {
            user = User(); // not among the users loaded so far: known by id alone
            user->id = id;
        }
        rows.append(*user);
    }
    showRows(m_memberRows, rows);
}

void MembershipController::add(const QString &groupId, const QList<User> &users,
                               BulkFinished finished)
{
    run(Change::Add, groupId, users, std::move(finished));
}

void MembershipController::remove(const QString &groupId, const QList<User> &users,
                                  BulkFinished finished)
{
    run(Change::Remove, groupId, users, std::move(finished));
}

void MembershipController::cancelBulk()
{
    // What has left for the server runs to its end, so that the report says what happened;
    // what has not been sent yet is dropped.
    const QList<std::shared_ptr<Bulk>> bulks = m_bulks;
    for (const std::shared_ptr<Bulk> &bulk : bulks) {
        bulk->cancelled = true;
        const QList<int> waiting = bulk->waiting;
        bulk->waiting.clear();
        for (const int i : waiting) {
            settle(bulk, i, false, tr("Cancelled before it was sent: nothing was changed."), true);
            --bulk->inRound;
        }
        const QList<QPointer<ApiCall>> calls = bulk->calls;
        for (const QPointer<ApiCall> &call : calls) {
            if (call && !call->wasSent())
                call->cancel();
        }
        if (bulk->inRound == 0)
            roundFinished(bulk);
    }
}

namespace {

constexpr int kRounds = 10; // sends of an item whose outcome was uncertain
constexpr int kReads = 6;   // failed reads of the group, in all
// Changes of one batch in progress at a time: enough to keep the scheduler busy, few enough that
// a cancel stops the rest and other work of the console is not queued behind the whole batch.
constexpr int kWindow = 8;
constexpr int kFirstCheckDelayMs = 300;

// An outcome that does not tell whether the server made the change: it may have happened
// (ApiError::isUncertain), the server was still busy after the waits, or the change failed when
// it ran (an earlier send of the same item may have made it). Reading the group tells.
bool settledByReading(const ApiError &error)
{
    return error.isUncertain() || error.isTransient() ||
           error.kind == ApiError::Kind::RequestFailed;
}

} // namespace

void MembershipController::run(Change change, const QString &groupId, const QList<User> &users,
                               BulkFinished finished)
{
    if (users.isEmpty())
        return;
    auto bulk = std::make_shared<Bulk>();
    bulk->change = change;
    bulk->groupId = groupId;
    const std::optional<Group> group = m_state.groups().find(groupId);
    const QString groupName = group ? group->name : groupId;
    UndoScope scope;
    for (const User &u : users)
        scope.members.insert(UndoScope::pair(groupId, u.id));
    bulk->finished =
        journaled(m_journal,
                  change == Change::Add ? tr("Add members to %1").arg(groupName)
                                        : tr("Remove members from %1").arg(groupName),
                  tr("%n user(s)", nullptr, int(users.size())), scope, std::move(finished));
    bulk->users = users;
    bulk->results.resize(users.size());
    bulk->settled.resize(users.size());
    bulk->errors.resize(users.size());
    for (const User &u : users) {
        // The user by name and e-mail, as a person recognises them.
        const QString name = u.displayName().trimmed();
        const QString target = u.email.isEmpty() ? (name.isEmpty() ? u.id : name)
                               : name.isEmpty()  ? u.email
                                                 : QStringLiteral("%1 <%2>").arg(name, u.email);
        std::function<void(bool)> pending;
        if (change == Change::Remove)
            pending = [self = QPointer(this), groupId, userId = u.id](bool on) {
                if (self && self->m_shown == groupId)
                    self->m_memberRows.setPending(userId, on);
            };
        bulk->records.emplace_back(m_activity,
                                   change == Change::Add
                                       ? tr("Add to group %1").arg(groupName)
                                       : tr("Remove from group %1").arg(groupName),
                                   target, pending);
        bulk->results[bulk->records.size() - 1].target = target;
        bulk->results[bulk->records.size() - 1].key = u.id;
    }
    m_bulks.append(bulk);
    emit bulkProgress(0, int(users.size()));
    QList<int> all;
    for (int i = 0; i < users.size(); ++i)
        all << i;
    send(bulk, all);
}

void MembershipController::send(const std::shared_ptr<Bulk> &bulk, const QList<int> &items)
{
    bulk->inRound = int(items.size());
    bulk->toCheck.clear();
    bulk->calls.clear();
    bulk->waiting = items;
    pump(bulk);
}

void MembershipController::pump(const std::shared_ptr<Bulk> &bulk)
{
    while (bulk->running < kWindow && !bulk->waiting.isEmpty())
        start(bulk, bulk->waiting.takeFirst());
}

void MembershipController::start(const std::shared_ptr<Bulk> &bulk, int i)
{
    const User &u = bulk->users.at(i);
    auto call = std::make_shared<QPointer<ApiCall>>();
    auto finished = [this, bulk, i, call](const Result<Done> &r) {
        --bulk->running;
        if (r.ok()) {
            settle(bulk, i, true, {});
        } else if (r.error().kind == ApiError::Kind::Cancelled) {
            const bool mayHaveHappened = *call && (*call)->wasSent();
            settle(bulk, i, false,
                   mayHaveHappened
                       ? tr("Cancelled after the server accepted it: it may still happen. "
                            "Refresh to see.")
                       : tr("Cancelled before it was sent: nothing was changed."),
                   true);
        } else if (settledByReading(r.error())) {
            bulk->errors[i] = r.error().message;
            bulk->toCheck << i;
        } else {
            settle(bulk, i, false, r.error().message);
        }
        pump(bulk);
        if (--bulk->inRound == 0)
            roundFinished(bulk);
    };
    ++bulk->running;
    GroupMemberService service(m_client);
    ApiCall *started = bulk->change == Change::Add
                           ? service.add(bulk->groupId, u.id, this, finished)
                           : service.remove(bulk->groupId, u.id, this, finished);
    *call = started;
    connect(started, &ApiCall::accepted, this,
            [bulk, i](const QString &requestId) { bulk->results[i].requestId = requestId; });
    bulk->calls.removeAll(nullptr);
    bulk->calls.append(started);
    bulk->records.at(size_t(i)).follow(started);
}

void MembershipController::roundFinished(const std::shared_ptr<Bulk> &bulk)
{
    if (bulk->toCheck.isEmpty())
        return;
    ++bulk->round;
    scheduleCheck(bulk);
}

void MembershipController::scheduleCheck(const std::shared_ptr<Bulk> &bulk)
{
    // Give the server a moment (longer each time), then read the group to see what happened.
    const int wait = std::min(kFirstCheckDelayMs << (bulk->round + bulk->failedReads - 1), 3000);
    QTimer::singleShot(wait, this, [this, bulk] {
        // The read settles writes: it goes before the loads.
        ApiClient::PriorityScope writes(RequestPriority::Write);
        GroupMemberService(m_client).members(
            bulk->groupId, this, [this, bulk](const Result<QList<User>> &r) { checked(bulk, r); });
    });
}

void MembershipController::checked(const std::shared_ptr<Bulk> &bulk,
                                   const Result<QList<User>> &members)
{
    const QList<int> toCheck = bulk->toCheck;
    const bool lastRound = bulk->cancelled || bulk->round >= kRounds;
    if (!members.ok()) {
        // A read that failed says nothing: read again, a few times.
        if (++bulk->failedReads < kReads) {
            scheduleCheck(bulk);
            return;
        }
        for (const int i : toCheck)
            settle(bulk, i, false,
                   tr("%1 Whether it happened could not be read: %2")
                       .arg(bulk->errors.at(i), members.error().message));
        return;
    }
    QSet<QString> present;
    for (const User &u : members.value())
        present.insert(u.id);
    QList<int> again;
    for (const int i : toCheck) {
        const bool member = present.contains(bulk->users.at(i).id);
        if (member == (bulk->change == Change::Add))
            settle(bulk, i, true, {});
        else if (lastRound)
            settle(bulk, i, false, bulk->errors.at(i));
        else
            again << i;
    }
    if (!again.isEmpty())
        send(bulk, again);
}

void MembershipController::settle(const std::shared_ptr<Bulk> &bulk, int i, bool ok,
                                  const QString &message, bool cancelled)
{
    if (bulk->settled.at(i))
        return;
    bulk->settled[i] = true;
    ++bulk->settledCount;
    const User &u = bulk->users.at(i);
    const Change change = bulk->change;
    const QString groupId = bulk->groupId;
    ItemResult &item = bulk->results[i];
    item.ok = ok;
    item.cancelled = cancelled;
    item.message = message;
    const ChangeRecord &record = bulk->records.at(size_t(i));
    if (ok) {
        record.succeeded([&] { applyDone(change, groupId, u); });
    } else {
        record.failed(message, [self = QPointer(this), change, groupId, u] {
            if (self)
                self->run(change, groupId, {u});
        });
    }
    const int total = int(bulk->users.size());
    emit bulkProgress(bulk->settledCount, total);
    if (bulk->settledCount == total) {
        m_bulks.removeAll(bulk);
        emit bulkFinished(bulk->results);
        if (bulk->finished)
            bulk->finished(bulk->results);
    }
}

void MembershipController::applyDone(Change change, const QString &groupId, const User &user)
{
    if (change == Change::Add)
        m_state.addMember(groupId, user.id);
    else
        m_state.removeMember(groupId, user.id);
}

} // namespace ionos
