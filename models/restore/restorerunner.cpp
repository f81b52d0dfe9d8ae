#include "models/restore/restorerunner.h"

#include "models/account/accountstate.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/membershipcontroller.h"
#include "models/groups/sharescontroller.h"
#include "models/keys/objectstoragekeyscontroller.h"
#include "models/overloaded.h"
#include "models/reseller/adminscontroller.h"
#include "models/restore/snapshottaker.h"
#include "models/snapshot/undohistory.h"
#include "models/users/userscontroller.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"

#include <QMap>

#include <algorithm>

namespace ionos {
namespace {

using StepKind = RestoreStep::Kind;
using State = RestoreOutcome::State;
namespace step = restore;

// Creations and updates in flight at once; the client's scheduler paces them further.
constexpr int kInFlight = 32;

// The steps run in this order, a phase starting when the one before has ended: what the later
// ones need (a group created again, a user's properties) is there by then.
const QList<QList<StepKind>> kPhases = {
    {StepKind::CannotRestore, StepKind::CreateGroup, StepKind::CreateUser, StepKind::UpdateGroup,
     StepKind::UpdateUser, StepKind::UpdateAdmin, StepKind::SetKeyActive},
    {StepKind::AddMember, StepKind::PutShare},
    {StepKind::RemoveMember, StepKind::RemoveShare},
    {StepKind::DeleteGroup, StepKind::DeleteUser},
};

template <typename T> RestoreOutcome outcomeOf(const Result<T> &r)
{
    RestoreOutcome o;
    if (r.ok())
        o.state = State::Done;
    else if (r.error().kind == ApiError::Kind::Cancelled)
        o.state = State::Cancelled;
    else {
        o.state = State::Failed;
        o.message = r.error().message;
    }
    return o;
}

} // namespace

RestoreOutcome RestoreRunner::notSent()
{
    return {State::Cancelled, tr("Cancelled before it was sent: nothing was changed."), {}, {}};
}

RestoreRunner::RestoreRunner(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{}

void RestoreRunner::run(const QList<RestoreStep> &steps, const QHash<QString, QString> &passwords,
                        const QStringList &descriptions)
{
    if (m_running)
        return;
    m_descriptions = descriptions;
    m_before = SnapshotTaker::ofLoaded(m_workspace);
    m_steps = steps;
    m_outcomes = QList<RestoreOutcome>(steps.size());
    m_passwords = passwords;
    m_createdGroups.clear();
    m_createdUsers.clear();
    m_phase = 0;
    m_settled = 0;
    m_inFlight = 0;
    m_queued.clear();
    m_cancelled = false;
    m_running = true;
    emit progress(0, int(m_steps.size()));
    startPhase();
}

void RestoreRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    sendQueued();
    const QList<StepKind> &phase = kPhases.at(std::max(0, m_phase - 1));
    if (phase.contains(StepKind::AddMember) || phase.contains(StepKind::RemoveMember))
        m_workspace.membership().cancelBulk();
}

void RestoreRunner::setJournal(const QString &title)
{
    m_journalTitle = title;
}

int RestoreRunner::leftCount() const
{
    return int(std::count_if(m_outcomes.begin(), m_outcomes.end(),
                             [](const RestoreOutcome &o) { return o.isLeft(); }));
}

QString RestoreRunner::doneText(const QString &what, const RestoreOutcome &outcome)
{
    QString text = what;
    if (!outcome.createdId.isEmpty())
        text = tr("%1: new id %2").arg(text, outcome.createdId);
    if (!outcome.requestId.isEmpty())
        text = tr("%1 (request %2)").arg(text, outcome.requestId);
    return text;
}

void RestoreRunner::startPhase()
{
    if (m_phase >= kPhases.size()) {
        m_running = false;
        journal();
        emit finished(leftCount() == 0);
        return;
    }
    QMap<StepKind, QList<int>> byKind;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (kPhases.at(m_phase).contains(m_steps.at(i).kind()))
            byKind[m_steps.at(i).kind()] << i;
    }
    ++m_phase;
    if (m_cancelled) {
        for (const QList<int> &indexes : std::as_const(byKind)) {
            for (const int i : indexes)
                settle(i, notSent());
        }
        startPhase();
        return;
    }
    // Held open while the phase starts, so that it cannot end before everything has started.
    m_operations = 1;
    for (auto it = byKind.constBegin(); it != byKind.constEnd(); ++it) {
        switch (it.key()) {
        case StepKind::CannotRestore:
            for (const int i : it.value())
                settle(i, {State::Skipped, m_steps.at(i).as<step::CannotRestore>()->why, {}, {}});
            break;
        case StepKind::CreateGroup:
        case StepKind::CreateUser:
        case StepKind::UpdateGroup:
        case StepKind::UpdateUser:
        case StepKind::UpdateAdmin:
        case StepKind::SetKeyActive:
            startCreationsAndUpdates(it.value());
            break;
        case StepKind::AddMember:
        case StepKind::RemoveMember:
            startMembers(it.key(), it.value());
            break;
        case StepKind::PutShare:
            startSharePuts(it.value());
            break;
        case StepKind::RemoveShare:
            startShareRemovals(it.value());
            break;
        case StepKind::DeleteGroup:
        case StepKind::DeleteUser:
            startDeletions(it.key(), it.value());
            break;
        }
    }
    operationEnded();
}

void RestoreRunner::startCreationsAndUpdates(const QList<int> &indexes)
{
    // A few at a time, so that a cancel stops what is not sent yet, also when thousands wait
    // for the rate limit.
    m_queued += indexes;
    begin(int(indexes.size()));
    sendQueued();
}

void RestoreRunner::sendQueued()
{
    while (!m_queued.isEmpty() && (m_cancelled || m_inFlight < kInFlight)) {
        const int i = m_queued.takeFirst();
        if (m_cancelled) {
            settle(i, notSent());
            operationEnded();
            continue;
        }
        ++m_inFlight;
        ApiCall *call =
            std::visit(Overloaded{
                           [&](const step::CreateGroup &a) { return createGroup(i, a); },
                           [&](const step::CreateUser &a) { return createUser(i, a); },
                           [&](const step::UpdateGroup &a) {
                               return m_workspace.groupsController().update(a.group, a.change, this,
                                                                            settleWith<Group>(i));
                           },
                           [&](const step::UpdateUser &a) {
                               return m_workspace.usersController().update(a.user, a.draft, this,
                                                                           settleWith<User>(i));
                           },
                           [&](const step::UpdateAdmin &a) {
                               return m_workspace.admins().updateIn(a.contract, a.admin, a.draft,
                                                                    this, settleWith<Admin>(i));
                           },
                           [&](const step::SetKeyActive &a) {
                               return m_workspace.keys().setKeyActive(
                                   a.user, a.key, a.active, this, settleWith<ObjectStorageKey>(i));
                           },
                           [](const auto &) -> ApiCall * { return nullptr; },
                       },
                       m_steps.at(i).action());
        if (!call) { // settled without a request (a user without a password)
            --m_inFlight;
            operationEnded();
            continue;
        }
        connect(call, &ApiCall::accepted, this,
                [this, i](const QString &requestId) { m_outcomes[i].requestId = requestId; });
    }
}

void RestoreRunner::callEnded()
{
    --m_inFlight;
    sendQueued();
    operationEnded();
}

template <typename T> std::function<void(const Result<T> &)> RestoreRunner::settleWith(int index)
{
    return [this, index](const Result<T> &r) {
        settle(index, outcomeOf(r));
        callEnded();
    };
}

template <typename T>
std::function<void(const Result<T> &)>
RestoreRunner::settleCreation(int index, const QString &snapshotId, QHash<QString, QString> &ids)
{
    return [this, index, snapshotId, &ids](const Result<T> &r) {
        RestoreOutcome o = outcomeOf(r);
        if (r.ok())
            o.createdId = r.value().id;
        ids.insert(snapshotId, o.createdId);
        settle(index, o);
        callEnded();
    };
}

ApiCall *RestoreRunner::createGroup(int index, const restore::CreateGroup &step)
{
    return m_workspace.groupsController().create(
        step.draft.name, step.draft.privileges, this,
        settleCreation<Group>(index, step.group, m_createdGroups));
}

ApiCall *RestoreRunner::createUser(int index, const restore::CreateUser &step)
{
    const QString password = m_passwords.value(step.user);
    if (password.isEmpty()) {
        m_createdUsers.insert(step.user, QString());
        settle(index,
               {State::Skipped, tr("No password was given for %1.").arg(step.draft.email), {}, {}});
        return nullptr;
    }
    UserDraft draft = step.draft;
    draft.password = password;
    draft.secAuthActive.reset(); // turned on by the user, never by a creation
    return m_workspace.usersController().create(
        draft, this, settleCreation<User>(index, step.user, m_createdUsers));
}

QString RestoreRunner::groupOf(int index)
{
    const QString id = m_steps.at(index).group();
    if (!m_createdGroups.contains(id))
        return id;
    const QString created = m_createdGroups.value(id);
    if (created.isEmpty()) {
        QString name = id;
        for (const RestoreStep &s : std::as_const(m_steps)) {
            if (const auto *creation = s.as<step::CreateGroup>(); creation && creation->group == id)
                name = creation->draft.name;
        }
        settle(index,
               {State::Skipped, tr("The group %1 could not be created again.").arg(name), {}, {}});
    }
    return created;
}

QString RestoreRunner::userOf(int index)
{
    const QString id = m_steps.at(index).user();
    if (!m_createdUsers.contains(id))
        return id;
    const QString created = m_createdUsers.value(id);
    if (created.isEmpty())
        settle(index, {State::Skipped, tr("The user could not be created again."), {}, {}});
    return created;
}

void RestoreRunner::startMembers(StepKind kind, const QList<int> &indexes)
{
    // One bulk change per group, as the members screen makes it.
    QMap<QString, QList<int>> byGroup;
    for (const int i : indexes) {
        const QString group = groupOf(i);
        if (!group.isEmpty())
            byGroup[group] << i;
    }
    for (auto it = byGroup.constBegin(); it != byGroup.constEnd(); ++it) {
        QList<User> users;
        QHash<QString, int> byUser;
        for (const int i : it.value()) {
            const QString userId = userOf(i);
            if (userId.isEmpty())
                continue;
            User user = m_workspace.state().users().find(userId).value_or(User{});
            user.id = userId;
            users << user;
            byUser.insert(userId, i);
        }
        if (users.isEmpty())
            continue;
        begin(1);
        auto finished = [this, byUser](const QList<ItemResult> &results) {
            settleResults(byUser, results);
            operationEnded();
        };
        if (kind == StepKind::AddMember)
            m_workspace.membership().add(it.key(), users, finished);
        else
            m_workspace.membership().remove(it.key(), users, finished);
    }
}

void RestoreRunner::startSharePuts(const QList<int> &indexes)
{
    // One after another within a group: the API refuses a share change while another runs.
    QMap<QString, QList<int>> byGroup;
    for (const int i : indexes) {
        const QString group = groupOf(i);
        if (!group.isEmpty())
            byGroup[group] << i;
    }
    for (const QList<int> &chain : std::as_const(byGroup)) {
        begin(1);
        putNextShare(std::make_shared<QList<int>>(chain));
    }
}

void RestoreRunner::putNextShare(const std::shared_ptr<QList<int>> &chain)
{
    if (chain->isEmpty() || m_cancelled) {
        for (const int i : std::as_const(*chain))
            settle(i, notSent());
        operationEnded();
        return;
    }
    const int i = chain->takeFirst();
    const QString group = groupOf(i);
    const GroupShare share = m_steps.at(i).as<step::PutShare>()->share;
    const QList<GroupShare> now = m_workspace.state().sharesOf(group);
    const bool exists = std::any_of(now.begin(), now.end(), [&](const GroupShare &s) {
        return s.resourceId == share.resourceId;
    });
    if (exists) {
        ApiCall *call = m_workspace.shares().change(group, share,
                                                    [this, i, chain](const Result<GroupShare> &r) {
                                                        settle(i, outcomeOf(r));
                                                        putNextShare(chain);
                                                    });
        connect(call, &ApiCall::accepted, this,
                [this, i](const QString &requestId) { m_outcomes[i].requestId = requestId; });
        return;
    }
    m_workspace.shares().add(group, {share},
                             [this, i, chain, share](const QList<ItemResult> &results) {
                                 settleResults({{share.resourceId, i}}, results);
                                 putNextShare(chain);
                             });
}

void RestoreRunner::startShareRemovals(const QList<int> &indexes)
{
    QMap<QString, QHash<QString, int>> byGroup;
    for (const int i : indexes) {
        const auto *removal = m_steps.at(i).as<step::RemoveShare>();
        byGroup[removal->group].insert(removal->resource, i);
    }
    for (auto it = byGroup.constBegin(); it != byGroup.constEnd(); ++it) {
        begin(1);
        m_workspace.shares().remove(it.key(), it.value().keys(),
                                    [this, byResource = it.value()](const QList<ItemResult> &r) {
                                        settleResults(byResource, r);
                                        operationEnded();
                                    });
    }
}

void RestoreRunner::startDeletions(StepKind kind, const QList<int> &indexes)
{
    QHash<QString, int> byId;
    for (const int i : indexes)
        byId.insert(kind == StepKind::DeleteUser ? m_steps.at(i).user() : m_steps.at(i).group(), i);
    begin(1);
    auto finished = [this, byId](const QList<ItemResult> &results) {
        settleResults(byId, results);
        operationEnded();
    };
    if (kind == StepKind::DeleteUser)
        m_workspace.usersController().remove(byId.keys(), finished);
    else
        m_workspace.groupsController().remove(byId.keys(), finished);
}

void RestoreRunner::begin(int operations)
{
    m_operations += operations;
}

void RestoreRunner::settle(int index, RestoreOutcome outcome)
{
    RestoreOutcome &o = m_outcomes[index];
    if (o.state != State::Waiting)
        return;
    if (outcome.requestId.isEmpty())
        outcome.requestId = o.requestId;
    o = outcome;
    ++m_settled;
    emit stepFinished(index);
    emit progress(m_settled, int(m_steps.size()));
}

void RestoreRunner::settleResults(const QHash<QString, int> &byKey,
                                  const QList<ItemResult> &results)
{
    for (const ItemResult &r : results) {
        const auto it = byKey.constFind(r.key);
        if (it == byKey.constEnd())
            continue;
        RestoreOutcome o;
        o.state = r.ok ? State::Done : r.cancelled ? State::Cancelled : State::Failed;
        o.message = r.ok ? QString() : r.message;
        o.requestId = r.requestId;
        settle(*it, o);
    }
}

void RestoreRunner::journal()
{
    QList<ItemResult> results;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).kind() == StepKind::CannotRestore)
            continue;
        const RestoreOutcome &o = m_outcomes.at(i);
        ItemResult r;
        r.target = m_descriptions.value(i);
        r.ok = o.state == State::Done;
        r.cancelled = o.state == State::Cancelled;
        r.message = o.message;
        r.requestId = o.requestId;
        results << r;
    }
    if (!results.isEmpty())
        m_workspace.undo().record(
            m_journalTitle.isEmpty() ? tr("Restore from a snapshot") : m_journalTitle,
            tr("%n item(s)", nullptr, int(results.size())), m_before, touched(), results);
}

UndoScope RestoreRunner::touched() const
{
    // What the restore touched, the groups and users it created by their new ids.
    UndoScope scope;
    for (int i = 0; i < m_steps.size(); ++i) {
        const RestoreStep &s = m_steps.at(i);
        // A creation that failed is in the scope by its snapshot id.
        const QString created = m_outcomes.at(i).createdId;
        const auto createdOr = [&](const QString &id) { return created.isEmpty() ? id : created; };
        const QString group = m_createdGroups.value(s.group(), s.group());
        const QString user = m_createdUsers.value(s.user(), s.user());
        std::visit(Overloaded{
                       [&](const step::CreateGroup &a) { scope.groups.insert(createdOr(a.group)); },
                       [&](const step::DeleteGroup &a) { scope.groups.insert(a.group); },
                       [&](const step::CreateUser &a) { scope.users.insert(createdOr(a.user)); },
                       [&](const step::UpdateUser &a) { scope.users.insert(a.user); },
                       [&](const step::DeleteUser &a) { scope.users.insert(a.user); },
                       [&](const step::UpdateGroup &) { scope.privileges.insert(group); },
                       [&](const step::AddMember &) {
                           scope.members.insert(UndoScope::pair(group, user));
                       },
                       [&](const step::RemoveMember &) {
                           scope.members.insert(UndoScope::pair(group, user));
                       },
                       [&](const step::PutShare &a) {
                           scope.shares.insert(UndoScope::pair(group, a.share.resourceId));
                       },
                       [&](const step::RemoveShare &a) {
                           scope.shares.insert(UndoScope::pair(group, a.resource));
                       },
                       [](const step::UpdateAdmin &) {},
                       [&](const step::SetKeyActive &a) {
                           scope.keys.insert(UndoScope::pair(a.user, a.key));
                       },
                       [](const step::CannotRestore &) {},
                   },
                   s.action());
    }
    return scope;
}

void RestoreRunner::operationEnded()
{
    if (--m_operations == 0)
        startPhase();
}

} // namespace ionos
