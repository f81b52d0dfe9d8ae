// The Object Storage keys below a user, as the Cloud API serves them: depth as for the other
// collections, the secret only in the answer that created a key, at most five keys a user, 404
// for an unknown user or key, a user's keys gone with the user, sample data with keys of every
// kind, and the single sign-on URL.
#include "sandbox/sampledatagenerator.h"
#include "sandboxharness.h"
#include "sandboxpicks.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using sandbox::SandboxState;
using sandbox::SbS3Key;

QString keysPath(const QString &userId)
{
    return QStringLiteral("/um/users/%1/s3keys").arg(userId);
}

QJsonObject activeBody(bool active)
{
    return {{QStringLiteral("properties"), QJsonObject{{QStringLiteral("active"), active}}}};
}

} // namespace

TEST(SandboxS3Keys, ListsAtDepthZeroAsReferencesAndAtDepthOneWithProperties)
{
    SandboxHarness h;
    const QString user = userWithKeys(h.state(), 2);
    ASSERT_FALSE(user.isEmpty());
    const QJsonObject bare = h.probe().get(h.cloud(keysPath(user))).object();
    const QJsonArray refs = bare.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(refs.size(), 2);
    EXPECT_FALSE(refs.first().toObject().contains(QStringLiteral("properties")));
    EXPECT_EQ(refs.first().toObject().value(QStringLiteral("type")).toString(),
              QStringLiteral("s3key"));

    const QJsonArray items = h.probe()
                                 .get(h.cloud(keysPath(user) + QStringLiteral("?depth=1")))
                                 .object()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    ASSERT_EQ(items.size(), 2);
    const QList<SbS3Key> keys = h.state().keysOf(user);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject item = items.at(i).toObject();
        EXPECT_EQ(item.value(QStringLiteral("id")).toString(), keys.at(i).id);
        const QJsonObject p = item.value(QStringLiteral("properties")).toObject();
        EXPECT_EQ(p.value(QStringLiteral("active")).toBool(), keys.at(i).active);
        EXPECT_FALSE(p.contains(QStringLiteral("secretKey")));
        EXPECT_FALSE(item.value(QStringLiteral("metadata"))
                         .toObject()
                         .value(QStringLiteral("createdDate"))
                         .toString()
                         .isEmpty());
    }
    EXPECT_LE(keys.first().audit.created, keys.last().audit.created) << "oldest first";
}

TEST(SandboxS3Keys, TheSecretComesOnlyInTheAnswerThatCreatedTheKey)
{
    SandboxHarness h;
    const QString user = userWithKeys(h.state(), 0);
    ASSERT_FALSE(user.isEmpty());
    const ProbeReply created = h.probe().send("POST", h.cloud(keysPath(user)));
    ASSERT_EQ(created.status, 202) << created.body.toStdString();
    EXPECT_FALSE(created.header("Location").isEmpty());
    const QJsonObject key = created.object();
    const QString id = key.value(QStringLiteral("id")).toString();
    const QString secret = key.value(QStringLiteral("properties"))
                               .toObject()
                               .value(QStringLiteral("secretKey"))
                               .toString();
    EXPECT_EQ(id.size(), 20);
    EXPECT_EQ(secret.size(), 40);
    EXPECT_TRUE(key.value(QStringLiteral("properties"))
                    .toObject()
                    .value(QStringLiteral("active"))
                    .toBool());
    ASSERT_EQ(h.waitForRequest(created), QStringLiteral("DONE"));

    const ProbeReply one =
        h.probe().get(h.cloud(keysPath(user) + QLatin1Char('/') + id + QStringLiteral("?depth=1")));
    ASSERT_EQ(one.status, 200);
    const ProbeReply list = h.probe().get(h.cloud(keysPath(user) + QStringLiteral("?depth=1")));
    const ProbeReply bare = h.probe().get(h.cloud(keysPath(user)));
    for (const ProbeReply *r : {&one, &list, &bare}) {
        EXPECT_TRUE(r->body.contains(id.toUtf8()));
        EXPECT_FALSE(r->body.contains(secret.toUtf8())) << r->body.toStdString();
        EXPECT_FALSE(r->body.contains("secretKey")) << r->body.toStdString();
    }
}

TEST(SandboxS3Keys, TheSixthKeyIsRefusedWithTheErrorEnvelope)
{
    SandboxHarness h;
    const QString user = userWithKeys(h.state(), SandboxState::kMaxKeysPerUser);
    ASSERT_FALSE(user.isEmpty()) << "the sample data has a user at the limit";
    const ProbeReply r = h.probe().send("POST", h.cloud(keysPath(user)));
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(r.object().value(QStringLiteral("httpStatus")).toInt(), 422);
    EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("5 Object Storage keys")))
        << r.body.toStdString();
    EXPECT_EQ(h.state().keysOf(user).size(), SandboxState::kMaxKeysPerUser);
}

TEST(SandboxS3Keys, ActivatesDeactivatesAndDeletes)
{
    SandboxHarness h;
    const QString user = userWithKeys(h.state(), 1);
    ASSERT_FALSE(user.isEmpty());
    const SbS3Key key = h.state().keysOf(user).first();
    const QUrl url = h.cloud(keysPath(user) + QLatin1Char('/') + key.id);

    const ProbeReply off = h.probe().put(url, activeBody(!key.active));
    ASSERT_EQ(off.status, 202) << off.body.toStdString();
    ASSERT_EQ(h.waitForRequest(off), QStringLiteral("DONE"));
    EXPECT_EQ(h.state().key(user, key.id)->active, !key.active);
    EXPECT_FALSE(off.body.contains("secretKey"));

    QJsonObject withSecret = activeBody(true);
    withSecret[QStringLiteral("properties")] = QJsonObject{
        {QStringLiteral("active"), true}, {QStringLiteral("secretKey"), QStringLiteral("x")}};
    EXPECT_EQ(h.probe().put(url, withSecret).status, 422) << "the secret is read-only";
    EXPECT_EQ(h.probe().put(url, QJsonObject{{QStringLiteral("properties"), QJsonObject{}}}).status,
              422)
        << "'active' is required";

    const ProbeReply gone = h.probe().del(url);
    ASSERT_EQ(gone.status, 202);
    ASSERT_EQ(h.waitForRequest(gone), QStringLiteral("DONE"));
    EXPECT_FALSE(h.state().key(user, key.id));
    EXPECT_EQ(h.probe().get(url).status, 404);
    EXPECT_EQ(h.probe().del(url).status, 404);
}

TEST(SandboxS3Keys, UnknownUsersAndKeysAre404)
{
    SandboxHarness h;
    const QString nobody = QStringLiteral("00000000-0000-4000-8000-000000000000");
    EXPECT_EQ(h.probe().get(h.cloud(keysPath(nobody))).status, 404);
    EXPECT_EQ(h.probe().send("POST", h.cloud(keysPath(nobody))).status, 404);
    EXPECT_EQ(h.probe().get(h.cloud(QStringLiteral("/um/users/%1/s3ssourl").arg(nobody))).status,
              404);
    const QString user = h.state().userOrder().first();
    const ProbeReply r = h.probe().get(h.cloud(keysPath(user) + QStringLiteral("/0000000000")));
    EXPECT_EQ(r.status, 404);
    EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("0000000000")));
}

TEST(SandboxS3Keys, AUsersKeysGoWithTheUser)
{
    SandboxHarness h;
    const QString user = userWithKeys(h.state(), 2);
    ASSERT_FALSE(user.isEmpty());
    const ProbeReply gone = h.probe().del(h.cloud(QStringLiteral("/um/users/") + user));
    ASSERT_EQ(h.waitForRequest(gone), QStringLiteral("DONE"));
    EXPECT_TRUE(h.state().keysOf(user).isEmpty());
    EXPECT_EQ(h.probe().get(h.cloud(keysPath(user))).status, 404);
}

TEST(SandboxS3Keys, TheSampleDataHasKeysOfEveryKind)
{
    SandboxHarness h(SandboxHarness::testOptions(250, 10, 2));
    const SandboxState &s = h.state();
    const QDateTime anchor = sandbox::SampleDataGenerator::anchorDate();
    int withoutKeys = 0, atCap = 0, inactive = 0, old = 0, recent = 0, ofDeactivated = 0;
    for (const QString &id : s.userOrder()) {
        const QList<SbS3Key> keys = s.keysOf(id);
        withoutKeys += keys.isEmpty();
        atCap += keys.size() == SandboxState::kMaxKeysPerUser;
        for (const SbS3Key &k : keys) {
            inactive += !k.active;
            old += k.audit.created < anchor.addDays(-365);
            recent += k.audit.created > anchor.addDays(-90);
            ofDeactivated += k.active && !s.user(id)->active;
        }
    }
    EXPECT_GT(withoutKeys, 0);
    EXPECT_GT(atCap, 0);
    EXPECT_GT(inactive, 0);
    EXPECT_GT(old, 0);
    EXPECT_GT(recent, 0);
    EXPECT_GT(ofDeactivated, 0);
}

TEST(SandboxS3Keys, TheSignOnUrlLeadsToAPageForTheUser)
{
    SandboxHarness h;
    const QString user = h.state().userOrder().first();
    const ProbeReply r = h.probe().get(h.cloud(QStringLiteral("/um/users/%1/s3ssourl").arg(user)));
    ASSERT_EQ(r.status, 200);
    const QUrl sso(r.object().value(QStringLiteral("ssoUrl")).toString());
    ASSERT_TRUE(sso.isValid());
    const ProbeReply page = h.probe().get(sso);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains(h.state().user(user)->email.toUtf8()));
}

TEST(SandboxS3Keys, GeneratedSecretsAreRecordedForTheSecretsScanWhenAsked)
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("secrets.txt"));
    const QByteArray before = qgetenv("IONOS_SANDBOX_SECRET_LOG");
    qputenv("IONOS_SANDBOX_SECRET_LOG", log.toUtf8());
    SandboxHarness h;
    const ProbeReply created =
        h.probe().send("POST", h.cloud(keysPath(userWithKeys(h.state(), -1))));
    if (before.isEmpty())
        qunsetenv("IONOS_SANDBOX_SECRET_LOG");
    else
        qputenv("IONOS_SANDBOX_SECRET_LOG", before);
    ASSERT_EQ(created.status, 202);
    const QString secret = created.object()
                               .value(QStringLiteral("properties"))
                               .toObject()
                               .value(QStringLiteral("secretKey"))
                               .toString();
    QFile file(log);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().split('\n').contains(secret.toUtf8()));
}
