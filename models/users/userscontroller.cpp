#include "userscontroller.h"

#include "activitymodel.h"
#include "userservice.h"
#include "usersmodel.h"
#include "writecheck.h"

#include <memory>

namespace ionos {

UsersController::UsersController(ApiClient &client, UsersModel &model, ActivityModel &activity,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_activity(activity)
{}

void UsersController::load()
{
    if (m_load)
        m_load->cancel();
    emit loadingChanged(true);
    m_load = UserService(m_client).all(this, [this](const Result<QList<User>> &r) {
        emit loadingChanged(false);
        if (r.ok())
            m_model.reset(r.value());
        else if (r.error().kind != ApiError::Kind::Cancelled)
            emit loadFailed(r.error().message);
    });
    connect(m_load, &ApiCall::progressed, this, &UsersController::loadProgress);
}

QString UsersController::describe(const QString &userId) const
{
    const std::optional<User> u = m_model.user(userId);
    return u ? u->email : userId;
}

ApiCall *UsersController::create(const UserDraft &draft, QObject *context,
                                 std::function<void(const Result<User> &)> done)
{
    const int entry = m_activity.record(tr("Create user"), draft.email);
    QPointer<QObject> receiver(context);
    const bool hasReceiver = context != nullptr;
    auto finish = [this, entry, draft, receiver, hasReceiver, done](const Result<User> &r) {
        if (r.ok()) {
            if (!m_model.user(r.value().id))
                m_model.insert(r.value());
            m_activity.setDone(entry);
        } else {
            m_activity.setFailed(entry, r.error().message, [self = QPointer(this), draft] {
                if (self)
                    self->create(draft, nullptr);
            });
        }
        if (done && (!hasReceiver || receiver))
            done(r);
    };
    ApiCall *call =
        UserService(m_client).create(draft, this, [this, draft, finish](const Result<User> &r) {
            if (r.ok() || !r.error().mayHaveHappened()) {
                finish(r);
                return;
            }
            // The answer was lost or the server failed: the user may exist now, or soon (the
            // change runs after it is accepted). Creating again would be refused (the address
            // is taken), so look for it instead, a few times.
            findCreated(draft.email, r.error(), finish);
        });
    connect(call, &ApiCall::accepted, this,
            [this, entry](const QString &requestId) { m_activity.setRunning(entry, requestId); });
    return call;
}

void UsersController::findCreated(const QString &email, const ApiError &error,
                                  std::function<void(const Result<User> &)> finish)
{
    auto found = std::make_shared<User>();
    WriteCheck::confirm(
        this,
        [this, email, found](std::function<void(bool)> answer) {
            UserService(m_client).all(this, [email, found, answer](const Result<QList<User>> &all) {
                for (const User &u : all.ok() ? all.value() : QList<User>()) {
                    if (u.email.compare(email, Qt::CaseInsensitive) == 0) {
                        *found = u;
                        answer(true);
                        return;
                    }
                }
                answer(false);
            });
        },
        [found, error, finish](bool made) { finish(made ? Result<User>(*found) : error); });
}

ApiCall *UsersController::update(const QString &userId, const UserDraft &draft, QObject *context,
                                 std::function<void(const Result<User> &)> done)
{
    const int entry = m_activity.record(tr("Change user"), describe(userId));
    m_model.setPending(userId, true);
    QPointer<QObject> receiver(context);
    const bool hasReceiver = context != nullptr;
    auto finish = [this, entry, userId, draft, receiver, hasReceiver, done](const Result<User> &r) {
        m_model.setPending(userId, false);
        if (r.ok()) {
            m_model.update(r.value());
            m_activity.setDone(entry);
        } else {
            m_activity.setFailed(entry, r.error().message, [self = QPointer(this), userId, draft] {
                if (self)
                    self->update(userId, draft, nullptr);
            });
        }
        if (done && (!hasReceiver || receiver))
            done(r);
    };
    ApiCall *call = UserService(m_client).update(
        userId, draft, this, [this, userId, draft, finish](const Result<User> &r) {
            if (r.ok() || !r.error().mayHaveHappened()) {
                finish(r);
                return;
            }
            // The answer was lost or the server failed: read the user to see whether the change
            // is there.
            const ApiError error = r.error();
            auto now = std::make_shared<User>();
            WriteCheck::confirm(
                this,
                [this, userId, draft, now](std::function<void(bool)> answer) {
                    UserService(m_client).get(
                        userId, this, [draft, now, answer](const Result<User> &read) {
                            if (!read.ok()) {
                                answer(false);
                                return;
                            }
                            *now = read.value();
                            answer(now->firstname == draft.firstname &&
                                   now->lastname == draft.lastname && now->email == draft.email &&
                                   now->administrator == draft.administrator &&
                                   now->forceSecAuth == draft.forceSecAuth &&
                                   now->active == draft.active);
                        });
                },
                [now, error, finish](bool made) { finish(made ? Result<User>(*now) : error); });
        });
    connect(call, &ApiCall::accepted, this,
            [this, entry](const QString &requestId) { m_activity.setRunning(entry, requestId); });
    return call;
}

ApiCall *UsersController::removeOne(const QString &userId,
                                    std::function<void(const ItemResult &)> done)
{
    const QString target = describe(userId);
    const int entry = m_activity.record(tr("Delete user"), target);
    m_model.setPending(userId, true);
    auto finish = [this, entry, userId, target, done](const Result<Done> &r) {
        ItemResult item{target, r.ok(), r.error().kind == ApiError::Kind::Cancelled,
                        r.ok() ? QString() : r.error().message};
        if (r.ok()) {
            m_model.remove(userId);
            m_activity.setDone(entry);
        } else {
            m_model.setPending(userId, false);
            m_activity.setFailed(entry, r.error().message, [self = QPointer(this), userId] {
                if (self)
                    self->remove({userId});
            });
        }
        done(item);
    };
    auto gone = [](const Result<Done> &r) { return !r.ok() && r.error().isNotFound(); };
    ApiCall *call = UserService(m_client).remove(
        userId, this, [this, userId, finish, gone](const Result<Done> &r) {
            // Not found is what was asked for (a repeated delete whose first answer was lost).
            if (r.ok() || gone(r)) {
                finish(Done{});
                return;
            }
            if (!r.error().mayHaveHappened()) {
                finish(r);
                return;
            }
            const ApiError error = r.error();
            WriteCheck::confirm(
                this,
                [this, userId](std::function<void(bool)> answer) {
                    UserService(m_client).get(userId, this, [answer](const Result<User> &read) {
                        answer(!read.ok() && read.error().isNotFound());
                    });
                },
                [error, finish](bool made) {
                    finish(made ? Result<Done>(Done{}) : Result<Done>(error));
                });
        });
    connect(call, &ApiCall::accepted, this,
            [this, entry](const QString &requestId) { m_activity.setRunning(entry, requestId); });
    return call;
}

void UsersController::remove(const QStringList &userIds)
{
    if (userIds.isEmpty())
        return;
    auto results = std::make_shared<QList<ItemResult>>();
    auto remaining = std::make_shared<int>(int(userIds.size()));
    for (const QString &id : userIds) {
        removeOne(id, [this, results, remaining](const ItemResult &item) {
            results->append(item);
            if (--*remaining == 0)
                emit removeFinished(*results);
        });
    }
}

} // namespace ionos
