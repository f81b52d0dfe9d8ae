#include "models/users/userscontroller.h"

#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/bulkremove.h"
#include "models/trackedwrite.h"
#include "network/userservice.h"

namespace ionos {
namespace {

bool sameAsDraft(const User &u, const UserDraft &draft)
{
    return u.firstname == draft.firstname && u.lastname == draft.lastname &&
           u.email == draft.email && u.administrator == draft.administrator &&
           u.forceSecAuth == draft.forceSecAuth && u.active == draft.active;
}

} // namespace

void UsersController::load()
{
    m_load.cancel();
    emit loadingChanged(true);
    // Until a first load is complete the table fills page by page, usable from the first page
    // on; a reload keeps the rows shown until all are in.
    UserService::PagesArrived arrived;
    if (!m_state.areUsersComplete()) {
        arrived = [this, first = std::make_shared<bool>(true)](const QList<User> &users) {
            // The first rows replace what was there, more follow.
            if (*first)
                m_state.users().reset(users);
            else
                m_state.users().append(users);
            *first = false;
        };
    }
    m_load = UserService(m_client).all(
        this,
        [this](const Result<QList<User>> &r) {
            emit loadingChanged(false);
            if (r.ok()) {
                // Every user is in: the rows become exactly these, without a reset.
                m_state.users().replaceAll(r.value());
                m_state.setUsersComplete();
                emit loaded();
            } else if (r.error().kind != ApiError::Kind::Cancelled)
                emit loadFailed(r.error());
        },
        std::move(arrived));
    connect(m_load.inProgress(), &ApiCall::progressed, this, &UsersController::loadProgress);
}

QString UsersController::describe(const QString &userId) const
{
    const std::optional<User> u = m_state.users().find(userId);
    return u ? u->email : userId;
}

std::function<void(bool)> UsersController::pendingMark(const QString &userId)
{
    return [state = QPointer(&m_state), userId](bool pending) {
        if (state)
            state->users().setPending(userId, pending);
    };
}

ApiCall *UsersController::create(const UserDraft &draft, QObject *context,
                                 std::function<void(const Result<User> &)> done)
{
    WritePlan<User> plan;
    plan.change = tr("Create user");
    plan.target = draft.email;
    plan.send = [this, draft](QObject *call, auto deliver) {
        return UserService(m_client).create(draft, call, deliver);
    };
    // Creating again would be refused (the address is taken): look for the address instead.
    plan.readBack = [this, email = draft.email](QObject *call, auto answer) {
        return UserService(m_client).all(call, [email, answer](const Result<QList<User>> &all) {
            for (const User &u : all.ok() ? all.value() : QList<User>()) {
                if (u.email.compare(email, Qt::CaseInsensitive) == 0)
                    return answer(u);
            }
            answer(std::nullopt);
        });
    };
    plan.apply = [this](const User &u) {
        if (m_state.users().rowOf(u.id) < 0)
            m_state.users().insert(u);
    };
    plan.retry = [self = QPointer(this), draft] {
        if (self)
            self->create(draft, nullptr);
    };
    return TrackedWrite::run(m_activity, this, std::move(plan), context, std::move(done));
}

ApiCall *UsersController::update(const QString &userId, const UserDraft &draft, QObject *context,
                                 std::function<void(const Result<User> &)> done)
{
    WritePlan<User> plan;
    plan.change = tr("Change user");
    plan.target = describe(userId);
    plan.markPending = pendingMark(userId);
    plan.send = [this, userId, draft](QObject *call, auto deliver) {
        return UserService(m_client).update(userId, draft, call, deliver);
    };
    plan.readBack = TrackedWrite::whenRead<User>(
        [this, userId](QObject *call, auto read) {
            return UserService(m_client).get(userId, call, read);
        },
        [draft](const User &u) { return sameAsDraft(u, draft); });
    plan.apply = [this](const User &u) { m_state.users().update(u); };
    plan.retry = [self = QPointer(this), userId, draft] {
        if (self)
            self->update(userId, draft, nullptr);
    };
    return TrackedWrite::run(m_activity, this, std::move(plan), context, std::move(done));
}

ApiCall *UsersController::removeOne(const QString &userId, QObject *context,
                                    std::function<void(const Result<Done> &)> done)
{
    WritePlan<Done> plan;
    plan.change = tr("Delete user");
    plan.target = describe(userId);
    plan.markPending = pendingMark(userId);
    plan.goneIsDone = true;
    plan.send = [this, userId](QObject *call, auto deliver) {
        return UserService(m_client).remove(userId, call, deliver);
    };
    plan.readBack = TrackedWrite::whenGone<User>([this, userId](QObject *call, auto read) {
        return UserService(m_client).get(userId, call, read);
    });
    plan.apply = [this, userId](const Done &) {
        m_state.removeUser(userId);
        emit userDeleted(userId);
    };
    plan.retry = [self = QPointer(this), userId] {
        if (self)
            self->remove({userId});
    };
    return TrackedWrite::run(m_activity, this, std::move(plan), context, std::move(done));
}

void UsersController::remove(const QStringList &userIds, BulkFinished finished)
{
    BulkRemove bulk;
    bulk.change = tr("Delete users");
    bulk.target = tr("%n user(s)", nullptr, int(userIds.size()));
    bulk.scope.users = QSet<QString>(userIds.begin(), userIds.end());
    bulk.describe = [this](const QString &id) { return describe(id); };
    bulk.removeOne = [this](const QString &id, auto deliver) {
        return removeOne(id, this, std::move(deliver));
    };
    bulk.run(userIds, m_journal, [this, finished](const QList<ItemResult> &results) {
        emit removeFinished(results);
        if (finished)
            finished(results);
    });
}

void UsersController::loadDetails(const QString &userId, QObject *context,
                                  std::function<void(const Result<QList<GroupRef>> &)> groups,
                                  std::function<void(const Result<QList<Resource>> &)> owned)
{
    m_detailGroups.cancel();
    m_detailOwned.cancel();
    if (userId.isEmpty())
        return;
    UserService service(m_client);
    m_detailGroups = service.groupsOf(userId, context, std::move(groups));
    m_detailOwned = service.ownedBy(userId, context, std::move(owned));
}

} // namespace ionos
