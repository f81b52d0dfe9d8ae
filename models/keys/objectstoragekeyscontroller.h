#pragma once

#include "models/account/keyedrows.h"
#include "models/accountcontroller.h"
#include "models/bulkresult.h"
#include "models/latestload.h"
#include "models/panelrows.h"
#include "models/trackedwrite.h"
#include "models/undoscope.h"
#include "network/objectstoragekey.h"

#include <QPointer>

#include <deque>

namespace ionos {

class ObjectStorageKeysModel;

// The Object Storage keys of users: the keys of the user shown (read again when the user is
// shown), generating a key (whose secret goes to the caller alone, once), activating,
// deactivating and deleting keys, turning off every key of several users as one change that can
// be undone, and the sign-on to the Object Storage console. Every change is a tracked write.
class ObjectStorageKeysController : public AccountController
{
    Q_OBJECT

public:
    // Key of an item in the results of a bulk change: "user id/key id".
    static QString itemKey(const QString &userId, const QString &keyId)
    {
        return UndoScope::pair(userId, keyId);
    }

    ObjectStorageKeysController(ApiClient &client, AccountState &state, ActivityModel &activity,
                                QObject *parent = nullptr);
    ~ObjectStorageKeysController() override;

    ObjectStorageKeysModel &keys() { return *m_model; }
    QString shownUser() const { return m_shown; }
    // Shows what the state knows of the user's keys at once, then reads them again. Another
    // user, or an empty id, cancels the earlier read.
    void showUser(const QString &userId);
    bool isReadingShownUser() const { return m_load.isRunning(); }

    // Reads the keys of every user given whose keys are not loaded yet, in the background;
    // everyKeyLoaded() when all are in, loadFailed() for the first that could not be read.
    // Another call, or cancelEvery(), stops the reads still waiting.
    void loadEvery(const QStringList &userIds);
    void cancelEvery();
    bool isLoadingEvery() const { return m_everyLeft > 0; }

    // Reads a user's keys into the state.
    ApiCall *load(const QString &userId, QObject *context,
                  std::function<void(const Result<QList<ObjectStorageKey>> &)> done = {});
    // The new key's secret is in done's value and nowhere else: show it once, then drop it.
    // When the answer was lost but the key was made, the value has the key and no secret.
    ApiCall *generate(const QString &userId, QObject *context,
                      std::function<void(const Result<NewObjectStorageKey> &)> done);
    // finished, when given, hears the results (keyed by itemKey), besides bulkFinished.
    void setActive(const QString &userId, const QStringList &keyIds, bool active,
                   BulkFinished finished = {});
    void remove(const QString &userId, const QStringList &keyIds, BulkFinished finished = {});
    // Turns off every active key of these users (reading the keys of those not loaded yet), as
    // one change the journal keeps.
    void deactivateAllOf(const QStringList &userIds, BulkFinished finished = {});
    ApiCall *signOn(const QString &userId, QObject *context,
                    std::function<void(const Result<ObjectStorageSignOn> &)> done);
    void setJournal(BulkJournal *journal) { m_journal = journal; }
    // One key on or off, with its own outcome (a restore's step).
    ApiCall *setKeyActive(const QString &userId, const QString &keyId, bool active,
                          QObject *context,
                          std::function<void(const Result<ObjectStorageKey> &)> done);

    // A user's name for a person: "Anna Müller (anna.mueller@example.com)".
    QString userName(const QString &userId) const;

signals:
    void loadFailed(const ApiError &error);
    void everyKeyProgress(int done, int total);
    void everyKeyLoaded();
    // A key made by a Retry from the Activity log, with its secret to show once (nowhere else).
    void generatedForRetry(const ionos::NewObjectStorageKey &created, const QString &userName);
    void changeFailed(const ApiError &error);
    void bulkProgress(int done, int total);
    void bulkFinished(const QList<ItemResult> &results);

private:
    struct Item
    {
        QString userId;
        QString keyId;
    };
    void showKnown();
    using StartItem = std::function<void(const Item &, std::function<void(const ItemResult &)>)>;
    void run(const QList<Item> &items, const QString &change, const QString &target,
             const StartItem &start, BulkFinished finished);
    ApiCall *setOneActive(const Item &item, bool active,
                          std::function<void(const Result<ObjectStorageKey> &)> done);
    ApiCall *removeOne(const Item &item, std::function<void(const Result<Done> &)> done);
    void deactivateLoaded(const QStringList &userIds, BulkFinished finished);
    std::function<void(bool)> pendingMark(const Item &item);
    TrackedWrite::Read<ObjectStorageKey> reader(const Item &item);
    QString describe(const Item &item) const;

    KeyedRows<ObjectStorageKey> m_rows{[](const ObjectStorageKey &k) { return k.id; }};
    ObjectStorageKeysModel *m_model;
    QString m_shown;
    PanelRows m_panel; // whose keys the rows hold
    LatestLoad m_load;
    BulkJournal *m_journal = nullptr;
    static constexpr int kEveryAtOnce = 32;
    void loadNextOfEvery();
    std::deque<QString> m_everyWaiting; // the users whose keys loadEvery has yet to ask for
    QList<QPointer<ApiCall>> m_every;   // its reads still running
    int m_everyLeft = 0;
    int m_everyTotal = 0;
    bool m_everyFailed = false;
};

} // namespace ionos
