// A user's Object Storage keys through the controller, against the sandbox: the keys of the user
// shown, generating a key whose secret reaches the caller alone, activating, deactivating and
// deleting through the tracked write (activity entry with request id, read-back of an uncertain
// outcome, retry), and turning off every key of several users as one journaled change.
#include "activitywait.h"
#include "budgets.h"
#include "clientharness.h"
#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/keys/objectstoragekeyscontroller.h"
#include "models/keys/objectstoragekeysmodel.h"
#include "sandboxpicks.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;
using sandbox::Fault;
using sandbox::SandboxState;

namespace {

// Counts the bulk changes it is told of, with what they touch.
class CountingJournal : public BulkJournal
{
public:
    Finished begin(const QString &change, const QString &, const UndoScope &scope) override
    {
        changes << change;
        scopes << scope;
        return [this](const QList<ItemResult> &results) { ended << results; };
    }
    QStringList changes;
    QList<UndoScope> scopes;
    QList<QList<ItemResult>> ended;
};

class ObjectStorageKeysTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QList<User> list;
        for (const QString &id : h.state().userOrder()) {
            User u;
            u.id = id;
            u.email = h.state().user(id)->email;
            u.firstname = h.state().user(id)->firstname;
            u.lastname = h.state().user(id)->lastname;
            list << u;
        }
        state.users().reset(list);
        keys.setJournal(&journal);
    }

    QString userWith(int count) const { return userWithKeys(h.state(), count); }

    ActivityModel::Status lastOutcome() { return ::lastOutcome(activity); }

    QString activityText() const
    {
        QString all;
        for (int row = 0; row < activity.rowCount(); ++row) {
            for (int column = 0; column < activity.columnCount(); ++column)
                all += activity.index(row, column).data().toString() + QLatin1Char('\n');
        }
        return all;
    }

    ClientHarness h;
    ActivityModel activity;
    AccountState state;
    ObjectStorageKeysController keys{h.client(), state, activity};
    CountingJournal journal;
};

} // namespace

TEST_F(ObjectStorageKeysTest, ShowsTheKeysOfTheUserShown)
{
    const QString user = userWith(2);
    ASSERT_FALSE(user.isEmpty());
    EXPECT_EQ(state.keyCount(user), -1);
    keys.showUser(user);
    ASSERT_TRUE(QTest::qWaitFor([&] { return keys.keys().rowCount() == 2; }, budget::kServerMs));
    EXPECT_EQ(state.keyCount(user), 2);
    const QModelIndex first = keys.keys().index(0, ObjectStorageKeysModel::KeyColumn);
    EXPECT_EQ(first.data(ObjectStorageKeysModel::KeyIdRole).toString(),
              h.state().keysOf(user).first().id);
    EXPECT_TRUE(first.data().toString().contains(QChar(0x2026)));

    keys.showUser(userWith(0));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !keys.isReadingShownUser(); }, budget::kServerMs));
    EXPECT_EQ(keys.keys().rowCount(), 0);
}

TEST_F(ObjectStorageKeysTest, AGeneratedKeysSecretReachesTheCallerAloneAndTheKeyIsListed)
{
    const QString user = userWith(1);
    keys.showUser(user);
    ASSERT_TRUE(QTest::qWaitFor([&] { return keys.keys().rowCount() == 1; }, budget::kServerMs));
    std::optional<Result<NewObjectStorageKey>> result;
    keys.generate(user, nullptr, [&](const Result<NewObjectStorageKey> &r) { result = r; });
    EXPECT_EQ(lastOutcome(), ActivityModel::Status::Done);
    ASSERT_TRUE(result && result->ok());
    const QString secret = result->value().secret;
    EXPECT_EQ(secret.size(), 40);
    EXPECT_EQ(keys.keys().rowCount(), 2);
    EXPECT_TRUE(h.state().key(user, result->value().key.id));
    // The activity log names the change and the user, with the request id; never the secret.
    const QString log = activityText();
    EXPECT_TRUE(log.contains(QStringLiteral("Generate Object Storage key"))) << log.toStdString();
    EXPECT_FALSE(log.contains(secret));
    EXPECT_FALSE(activity.index(0, ActivityModel::RequestColumn).data().toString().isEmpty());
    for (const ObjectStorageKey &k : state.keysOf(user))
        EXPECT_NE(k.id, secret);
}

TEST_F(ObjectStorageKeysTest, ALostAnswerIsSettledByReadingBackTheNewKeyWithoutItsSecret)
{
    const QString user = userWith(1);
    keys.showUser(user);
    ASSERT_TRUE(QTest::qWaitFor([&] { return keys.keys().rowCount() == 1; }, budget::kServerMs));
    h.server().injectFaultFor("POST", Fault::DroppedConnection);
    std::optional<Result<NewObjectStorageKey>> result;
    keys.generate(user, nullptr, [&](const Result<NewObjectStorageKey> &r) { result = r; });
    EXPECT_EQ(lastOutcome(), ActivityModel::Status::Done);
    ASSERT_TRUE(result && result->ok()) << (result ? result->error().message.toStdString() : "");
    EXPECT_TRUE(result->value().secret.isEmpty());
    EXPECT_TRUE(h.state().key(user, result->value().key.id));
    EXPECT_EQ(keys.keys().rowCount(), 2);
}

TEST_F(ObjectStorageKeysTest, TheSixthKeyFailsWithTheServersWordsAndCanBeRetried)
{
    const QString user = userWith(SandboxState::kMaxKeysPerUser);
    ASSERT_FALSE(user.isEmpty());
    std::optional<Result<NewObjectStorageKey>> result;
    keys.generate(user, nullptr, [&](const Result<NewObjectStorageKey> &r) { result = r; });
    EXPECT_EQ(lastOutcome(), ActivityModel::Status::Failed);
    ASSERT_TRUE(result && !result->ok());
    EXPECT_TRUE(result->error().message.contains(QStringLiteral("5 Object Storage keys")) ||
                result->error().serverMessage.contains(QStringLiteral("5 Object Storage keys")))
        << result->error().message.toStdString();
    EXPECT_TRUE(activity.index(0, 0).data(ActivityModel::RetryableRole).toBool());
}

TEST_F(ObjectStorageKeysTest, ARetryFromTheActivityLogHandsTheNewSecretOnToBeShownOnce)
{
    const QString user = userWith(1);
    h.server().injectFaultFor("POST", Fault::Forbidden);
    keys.generate(user, nullptr, {});
    ASSERT_EQ(lastOutcome(), ActivityModel::Status::Failed);
    ASSERT_TRUE(activity.index(0, 0).data(ActivityModel::RetryableRole).toBool());
    QSignalSpy generated(&keys, &ObjectStorageKeysController::generatedForRetry);
    ASSERT_TRUE(activity.retry(0));
    EXPECT_EQ(lastOutcome(), ActivityModel::Status::Done);
    ASSERT_TRUE(QTest::qWaitFor([&] { return generated.count() == 1; }, budget::kServerMs));
    const auto created = generated.first().at(0).value<NewObjectStorageKey>();
    EXPECT_EQ(created.secret.size(), 40);
    EXPECT_TRUE(h.state().key(user, created.key.id));
    EXPECT_FALSE(activityText().contains(created.secret));
}

TEST_F(ObjectStorageKeysTest, ActivatesDeactivatesAndDeletesThroughTheTrackedWrite)
{
    const QString user = userWith(2);
    keys.showUser(user);
    ASSERT_TRUE(QTest::qWaitFor([&] { return keys.keys().rowCount() == 2; }, budget::kServerMs));
    const QStringList ids{h.state().keysOf(user).at(0).id, h.state().keysOf(user).at(1).id};

    std::optional<QList<ItemResult>> off;
    keys.setActive(user, ids, false, [&](const QList<ItemResult> &r) { off = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return off.has_value(); }, budget::kServerMs));
    EXPECT_EQ(BulkSummary::of(*off).done, 2);
    for (const QString &id : ids) {
        EXPECT_FALSE(h.state().key(user, id)->active);
        EXPECT_FALSE(keys.keys()
                         .index(keys.keys().rowOf(id), ObjectStorageKeysModel::ActiveColumn)
                         .data(ObjectStorageKeysModel::SortRole)
                         .toBool());
    }
    EXPECT_FALSE(off->first().requestId.isEmpty());

    // An uncertain outcome: the answer is lost after the sandbox accepted the change.
    h.server().injectFaultFor("PUT", Fault::DroppedConnection);
    std::optional<QList<ItemResult>> on;
    keys.setActive(user, {ids.first()}, true, [&](const QList<ItemResult> &r) { on = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return on.has_value(); }, budget::kServerMs));
    EXPECT_TRUE(on->first().ok) << on->first().message.toStdString();
    EXPECT_TRUE(h.state().key(user, ids.first())->active);
    EXPECT_TRUE(state.keysOf(user).first().active);

    std::optional<QList<ItemResult>> gone;
    keys.remove(user, {ids.last()}, [&](const QList<ItemResult> &r) { gone = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return gone.has_value(); }, budget::kServerMs));
    EXPECT_TRUE(gone->first().ok);
    EXPECT_FALSE(h.state().key(user, ids.last()));
    EXPECT_EQ(keys.keys().rowCount(), 1);
}

TEST_F(ObjectStorageKeysTest, DeactivatingSeveralUsersKeysIsOneJournaledChange)
{
    QStringList users;
    int active = 0;
    for (const QString &id : h.state().userOrder()) {
        int n = 0;
        for (const sandbox::SbS3Key &k : h.state().keysOf(id))
            n += k.active;
        if (n > 0 && users.size() < 3) {
            users << id;
            active += n;
        }
    }
    ASSERT_EQ(users.size(), 3);
    // One user's keys are loaded already, the others' are read first.
    std::optional<Result<QList<ObjectStorageKey>>> loaded;
    keys.load(users.first(), nullptr,
              [&](const Result<QList<ObjectStorageKey>> &r) { loaded = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.has_value(); }, budget::kServerMs));

    std::optional<QList<ItemResult>> results;
    keys.deactivateAllOf(users, [&](const QList<ItemResult> &r) { results = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return results.has_value(); }, budget::kServerMs));
    EXPECT_EQ(BulkSummary::of(*results).done, active);
    for (const QString &id : users) {
        for (const sandbox::SbS3Key &k : h.state().keysOf(id))
            EXPECT_FALSE(k.active);
        for (const ObjectStorageKey &k : state.keysOf(id))
            EXPECT_FALSE(k.active);
    }
    ASSERT_EQ(journal.changes.size(), 1);
    EXPECT_EQ(journal.changes.first(), QStringLiteral("Deactivate Object Storage keys"));
    EXPECT_EQ(journal.scopes.first().keys.size(), active);
    ASSERT_EQ(journal.ended.size(), 1);
}

TEST_F(ObjectStorageKeysTest, SignOnGivesTheAddressOfTheObjectStorageConsole)
{
    std::optional<Result<ObjectStorageSignOn>> result;
    keys.signOn(h.state().userOrder().first(), nullptr,
                [&](const Result<ObjectStorageSignOn> &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, budget::kServerMs));
    ASSERT_TRUE(result->ok());
    EXPECT_TRUE(result->value().url.path().contains(QStringLiteral("object-storage")));
}

TEST(ObjectStorageKeysModel, ShortensKeysInTheMiddleAndSaysTheirAge)
{
    EXPECT_EQ(ObjectStorageKeysModel::shortened(QStringLiteral("00ca413c94eecc56857d")),
              QStringLiteral("00ca41") + QChar(0x2026) + QStringLiteral("6857d"));
    EXPECT_EQ(ObjectStorageKeysModel::shortened(QStringLiteral("short")), QStringLiteral("short"));
    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    // The plural's words come with the translation the window installs.
    EXPECT_TRUE(ObjectStorageKeysModel::age(now.addDays(-800), now).startsWith(u"2 year"));
    EXPECT_TRUE(ObjectStorageKeysModel::age(now.addDays(-90), now).startsWith(u"3 month"));
    EXPECT_TRUE(ObjectStorageKeysModel::age(now.addDays(-12), now).startsWith(u"12 day"));
    EXPECT_EQ(ObjectStorageKeysModel::age(now.addSecs(-60), now), QStringLiteral("today"));
}
