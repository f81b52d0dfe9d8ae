#include "models/keys/objectstoragekeyscontroller.h"

#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/keys/objectstoragekeysmodel.h"
#include "network/objectstoragekeyservice.h"

#include <QPointer>
#include <QSet>

#include <memory>

namespace ionos {

ObjectStorageKeysController::ObjectStorageKeysController(ApiClient &client, AccountState &state,
                                                         ActivityModel &activity, QObject *parent)
    : AccountController(client, state, activity, parent)
    , m_model(new ObjectStorageKeysModel(m_rows, this))
{
    connect(&state, &AccountState::keysChanged, this, [this](const QString &userId) {
        if (userId == m_shown)
            showKnown();
    });
}

ObjectStorageKeysController::~ObjectStorageKeysController()
{
    delete m_model; // before the rows it shows
}

void ObjectStorageKeysController::showUser(const QString &userId)
{
    m_load.cancel();
    m_shown = userId;
    showKnown();
    if (!userId.isEmpty())
        m_load = load(userId, this);
}

void ObjectStorageKeysController::showKnown()
{
    m_panel.show(m_rows, m_shown, m_state.keysOf(m_shown));
}

void ObjectStorageKeysController::cancelEvery()
{
    m_everyWaiting.clear();
    m_everyLeft = 0;
    const QList<QPointer<ApiCall>> running = std::exchange(m_every, {});
    for (const QPointer<ApiCall> &call : running) {
        if (call)
            call->cancel();
    }
}

void ObjectStorageKeysController::loadEvery(const QStringList &userIds)
{
    cancelEvery();
    for (const QString &userId : userIds) {
        if (!m_state.areKeysLoaded(userId))
            m_everyWaiting.push_back(userId);
    }
    m_everyTotal = int(m_everyWaiting.size());
    m_everyLeft = m_everyTotal;
    m_everyFailed = false;
    if (m_everyTotal == 0) {
        emit everyKeyLoaded();
        return;
    }
    emit everyKeyProgress(0, m_everyTotal);
    // A few at a time, each answer starting the next: enough to keep the server's burst busy,
    // never thousands of calls made at once on the main thread.
    for (int i = 0; i < kEveryAtOnce; ++i)
        loadNextOfEvery();
}

void ObjectStorageKeysController::loadNextOfEvery()
{
    if (m_everyWaiting.empty())
        return;
    const QString userId = m_everyWaiting.front();
    m_everyWaiting.pop_front();
    m_every.removeIf([](const QPointer<ApiCall> &call) { return call.isNull(); });
    ApiClient::PriorityScope background(RequestPriority::Background);
    m_every << load(userId, this, [this](const Result<QList<ObjectStorageKey>> &r) {
        if (!r.ok() && r.error().kind == ApiError::Kind::Cancelled)
            return;
        if (!r.ok() && !std::exchange(m_everyFailed, true))
            emit loadFailed(r.error());
        if (m_everyLeft <= 0)
            return;
        --m_everyLeft;
        emit everyKeyProgress(m_everyTotal - m_everyLeft, m_everyTotal);
        if (m_everyLeft == 0) {
            m_every.clear();
            if (!m_everyFailed)
                emit everyKeyLoaded();
            return;
        }
        loadNextOfEvery();
    });
}

ApiCall *
ObjectStorageKeysController::load(const QString &userId, QObject *context,
                                  std::function<void(const Result<QList<ObjectStorageKey>> &)> done)
{
    return ObjectStorageKeyService(m_client).keys(
        userId, context,
        [self = QPointer(this), userId, done](const Result<QList<ObjectStorageKey>> &r) {
            if (self) {
                if (r.ok())
                    self->m_state.setKeys(userId, r.value());
                else if (!r.ok() && userId == self->m_shown &&
                         r.error().kind != ApiError::Kind::Cancelled)
                    emit self->loadFailed(r.error());
            }
            if (done)
                done(r);
        });
}

QString ObjectStorageKeysController::userName(const QString &userId) const
{
    const std::optional<User> user = m_state.users().find(userId);
    if (!user)
        return userId;
    const QString name = user->displayName();
    return name.isEmpty() ? user->email : tr("%1 (%2)").arg(name, user->email);
}

QString ObjectStorageKeysController::describe(const Item &item) const
{
    return tr("Key %1 of %2")
        .arg(ObjectStorageKeysModel::shortened(item.keyId), userName(item.userId));
}

std::function<void(bool)> ObjectStorageKeysController::pendingMark(const Item &item)
{
    return [self = QPointer(this), item](bool pending) {
        if (self && item.userId == self->m_panel.owner())
            self->m_rows.setPending(item.keyId, pending);
    };
}

TrackedWrite::Read<ObjectStorageKey> ObjectStorageKeysController::reader(const Item &item)
{
    return [this, item](QObject *call, auto done) {
        return ObjectStorageKeyService(m_client).get(item.userId, item.keyId, call, done);
    };
}

ApiCall *
ObjectStorageKeysController::generate(const QString &userId, QObject *context,
                                      std::function<void(const Result<NewObjectStorageKey> &)> done)
{
    // What the user has before, to recognise the new key when the answer was lost.
    QSet<QString> before;
    for (const ObjectStorageKey &k : m_state.keysOf(userId))
        before.insert(k.id);
    const bool known = m_state.areKeysLoaded(userId);

    WritePlan<NewObjectStorageKey> plan;
    plan.change = tr("Generate Object Storage key");
    plan.target = userName(userId);
    plan.send = [this, userId](QObject *call, auto deliver) {
        return ObjectStorageKeyService(m_client).create(userId, call, deliver);
    };
    if (known) {
        plan.readBack = [this, userId, before](QObject *call, auto answer) {
            return ObjectStorageKeyService(m_client).keys(
                userId, call, [before, answer](const Result<QList<ObjectStorageKey>> &r) {
                    if (r.ok()) {
                        for (const ObjectStorageKey &k : r.value()) {
                            if (!before.contains(k.id))
                                return answer(NewObjectStorageKey{k, {}});
                        }
                    }
                    answer(std::nullopt);
                });
        };
    }
    plan.apply = [this](const NewObjectStorageKey &created) { m_state.putKey(created.key); };
    plan.retry = [self = QPointer(this), userId] {
        // A retry from the Activity log has no caller waiting: the new key goes out in a signal,
        // for the screen to show its secret once.
        if (!self)
            return;
        self->generate(userId, self, [self](const Result<NewObjectStorageKey> &r) {
            if (self && r.ok())
                emit self->generatedForRetry(r.value(), self->userName(r.value().key.userId));
        });
    };
    return TrackedWrite::run(m_activity, this, std::move(plan), context,
                             [this, done](const Result<NewObjectStorageKey> &r) {
                                 if (!r.ok())
                                     emit changeFailed(r.error());
                                 if (done)
                                     done(r);
                             });
}

ApiCall *ObjectStorageKeysController::setOneActive(
    const Item &item, bool active, std::function<void(const Result<ObjectStorageKey> &)> done)
{
    WritePlan<ObjectStorageKey> plan;
    plan.change = active ? tr("Activate Object Storage key") : tr("Deactivate Object Storage key");
    plan.target = describe(item);
    plan.markPending = pendingMark(item);
    plan.send = [this, item, active](QObject *call, auto deliver) {
        return ObjectStorageKeyService(m_client).setActive(item.userId, item.keyId, active, call,
                                                           deliver);
    };
    plan.readBack = TrackedWrite::whenRead<ObjectStorageKey>(
        reader(item), [active](const ObjectStorageKey &k) { return k.active == active; });
    plan.apply = [this](const ObjectStorageKey &k) { m_state.putKey(k); };
    plan.retry = [self = QPointer(this), item, active] {
        if (self)
            self->setActive(item.userId, {item.keyId}, active);
    };
    return TrackedWrite::run(m_activity, this, std::move(plan), this, std::move(done));
}

ApiCall *ObjectStorageKeysController::removeOne(const Item &item,
                                                std::function<void(const Result<Done> &)> done)
{
    WritePlan<Done> plan;
    plan.change = tr("Delete Object Storage key");
    plan.target = describe(item);
    plan.markPending = pendingMark(item);
    plan.goneIsDone = true;
    plan.send = [this, item](QObject *call, auto deliver) {
        return ObjectStorageKeyService(m_client).remove(item.userId, item.keyId, call, deliver);
    };
    plan.readBack = TrackedWrite::whenGone(reader(item));
    plan.apply = [this, item](const Done &) { m_state.removeKey(item.userId, item.keyId); };
    plan.retry = [self = QPointer(this), item] {
        if (self)
            self->remove(item.userId, {item.keyId});
    };
    return TrackedWrite::run(m_activity, this, std::move(plan), this, std::move(done));
}

void ObjectStorageKeysController::run(const QList<Item> &items, const QString &change,
                                      const QString &target, const StartItem &start,
                                      BulkFinished finished)
{
    if (items.isEmpty()) {
        if (finished)
            finished({});
        return;
    }
    UndoScope scope;
    QStringList keys;
    for (const Item &item : items) {
        keys << itemKey(item.userId, item.keyId);
        scope.keys.insert(keys.last());
    }
    const BulkFinished done = journaled(m_journal, change, target, scope, std::move(finished));
    auto ended = std::make_shared<int>(0);
    const int total = int(items.size());
    emit bulkProgress(0, total);
    BulkReport::collect(
        keys,
        [this, items, keys, start, ended, total](const QString &key, auto itemDone) {
            const Item &item = items.at(keys.indexOf(key));
            start(item, [this, ended, total, itemDone](const ItemResult &result) {
                emit bulkProgress(++*ended, total);
                itemDone(result);
            });
        },
        [this, done](const QList<ItemResult> &results) {
            emit bulkFinished(results);
            if (done)
                done(results);
        });
}

void ObjectStorageKeysController::setActive(const QString &userId, const QStringList &keyIds,
                                            bool active, BulkFinished finished)
{
    QList<Item> items;
    for (const QString &keyId : keyIds)
        items.append({userId, keyId});
    const QString change =
        active ? tr("Activate Object Storage keys") : tr("Deactivate Object Storage keys");
    run(
        items, change, tr("%n key(s) of %1", nullptr, int(items.size())).arg(userName(userId)),
        [this, active](const Item &item, auto itemDone) {
            BulkReport::track<ObjectStorageKey>(
                itemKey(item.userId, item.keyId), describe(item),
                [&](auto deliver) { return setOneActive(item, active, std::move(deliver)); },
                itemDone);
        },
        std::move(finished));
}

void ObjectStorageKeysController::remove(const QString &userId, const QStringList &keyIds,
                                         BulkFinished finished)
{
    QList<Item> items;
    for (const QString &keyId : keyIds)
        items.append({userId, keyId});
    run(
        items, tr("Delete Object Storage keys"),
        tr("%n key(s) of %1", nullptr, int(items.size())).arg(userName(userId)),
        [this](const Item &item, auto itemDone) {
            BulkReport::track<Done>(
                itemKey(item.userId, item.keyId), describe(item),
                [&](auto deliver) { return removeOne(item, std::move(deliver)); }, itemDone);
        },
        std::move(finished));
}

void ObjectStorageKeysController::deactivateAllOf(const QStringList &userIds, BulkFinished finished)
{
    QStringList unknown;
    for (const QString &userId : userIds) {
        if (!m_state.areKeysLoaded(userId))
            unknown << userId;
    }
    if (unknown.isEmpty()) {
        deactivateLoaded(userIds, std::move(finished));
        return;
    }
    // The keys of users not loaded yet are read first; a user whose keys cannot be read is
    // reported as not done.
    auto waiting = std::make_shared<int>(int(unknown.size()));
    auto unread = std::make_shared<QList<ItemResult>>();
    for (const QString &userId : unknown) {
        load(userId, this,
             [this, userId, userIds, waiting, unread,
              finished](const Result<QList<ObjectStorageKey>> &r) {
                 if (!r.ok())
                     unread->append({userName(userId),
                                     false,
                                     r.error().kind == ApiError::Kind::Cancelled,
                                     r.error().message,
                                     userId,
                                     {}});
                 if (--*waiting > 0)
                     return;
                 deactivateLoaded(userIds, [unread, finished](QList<ItemResult> results) {
                     results += *unread;
                     if (finished)
                         finished(results);
                 });
             });
    }
}

void ObjectStorageKeysController::deactivateLoaded(const QStringList &userIds,
                                                   BulkFinished finished)
{
    QList<Item> items;
    for (const QString &userId : userIds) {
        for (const ObjectStorageKey &k : m_state.keysOf(userId)) {
            if (k.active)
                items.append({userId, k.id});
        }
    }
    run(
        items, tr("Deactivate Object Storage keys"), tr("%n user(s)", nullptr, int(userIds.size())),
        [this](const Item &item, auto itemDone) {
            BulkReport::track<ObjectStorageKey>(
                itemKey(item.userId, item.keyId), describe(item),
                [&](auto deliver) { return setOneActive(item, false, std::move(deliver)); },
                itemDone);
        },
        std::move(finished));
}

ApiCall *ObjectStorageKeysController::setKeyActive(
    const QString &userId, const QString &keyId, bool active, QObject *context,
    std::function<void(const Result<ObjectStorageKey> &)> done)
{
    const QPointer<QObject> receiver(context);
    return setOneActive(
        {userId, keyId}, active,
        [receiver, hasContext = context != nullptr, done](const Result<ObjectStorageKey> &r) {
            if (done && (!hasContext || receiver))
                done(r);
        });
}

ApiCall *
ObjectStorageKeysController::signOn(const QString &userId, QObject *context,
                                    std::function<void(const Result<ObjectStorageSignOn> &)> done)
{
    ApiClient::PriorityScope visible(RequestPriority::Visible);
    return ObjectStorageKeyService(m_client).signOn(userId, context, std::move(done));
}

} // namespace ionos
