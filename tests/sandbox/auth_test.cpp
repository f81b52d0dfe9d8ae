// Rule 3a: HTTP Basic with the configured credentials or a Bearer token; anything else 401.
#include "sandboxharness.h"
#include "testtokens.h"

#include <gtest/gtest.h>

namespace {

void expect401(const ProbeReply &r)
{
    EXPECT_EQ(r.status, 401);
    const QJsonObject envelope = r.object();
    EXPECT_EQ(envelope.value(QStringLiteral("httpStatus")).toInt(), 401);
    EXPECT_FALSE(r.errorMessage().isEmpty());
    EXPECT_FALSE(r.header("X-RateLimit-Limit").isEmpty());
}

} // namespace

TEST(SandboxAuth, BasicWithConfiguredCredentialsIsAccepted)
{
    SandboxHarness h;
    h.probe().setAuthorization(h.basicAuth());
    EXPECT_EQ(h.probe().get(h.cloud(QStringLiteral("/um/groups"))).status, 200);
    EXPECT_EQ(h.probe().get(h.reseller(QStringLiteral("/contracts/1/admins"))).status, 200);
}

TEST(SandboxAuth, BearerWithConfiguredTokenIsAccepted)
{
    SandboxHarness h;
    h.probe().setAuthorization(h.bearerAuth());
    EXPECT_EQ(h.probe().get(h.cloud(QStringLiteral("/um/users"))).status, 200);
    EXPECT_EQ(h.probe().get(h.reseller(QStringLiteral("/contracts/2/admins"))).status, 200);
}

TEST(SandboxAuth, AJsonWebTokenWorksUntilItsExpiry)
{
    for (const int days : {5, -1}) {
        sandbox::SandboxOptions o = SandboxHarness::testOptions();
        o.token = makeToken(QDateTime::currentDateTimeUtc().addDays(days));
        SandboxHarness h(o);
        h.probe().setAuthorization(h.bearerAuth());
        const ProbeReply r = h.probe().get(h.cloud(QStringLiteral("/um/users")));
        if (days > 0) {
            EXPECT_EQ(r.status, 200);
        } else {
            expect401(r);
            EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("expired")))
                << r.errorMessage().toStdString();
        }
    }
}

TEST(SandboxAuth, CustomCredentialsReplaceTheDefaults)
{
    sandbox::SandboxOptions options = SandboxHarness::testOptions();
    options.username = QStringLiteral("ops@example.org");
    options.password = QStringLiteral("another secret");
    options.token = QStringLiteral("tok-123");
    SandboxHarness h(options);
    h.probe().setAuthorization(
        HttpProbe::basic(QStringLiteral("ops@example.org"), QStringLiteral("another secret")));
    EXPECT_EQ(h.probe().get(h.cloud(QStringLiteral("/um/groups"))).status, 200);
    h.probe().setAuthorization(HttpProbe::bearer(QStringLiteral("tok-123")));
    EXPECT_EQ(h.probe().get(h.cloud(QStringLiteral("/um/groups"))).status, 200);
    h.probe().setAuthorization(HttpProbe::bearer(sandbox::SandboxOptions().token));
    expect401(h.probe().get(h.cloud(QStringLiteral("/um/groups"))));
}

TEST(SandboxAuth, EverythingElseIs401WithTheEnvelope)
{
    SandboxHarness h;
    const QString user = h.server().options().username;
    const QList<QByteArray> wrong = {
        QByteArray(),
        HttpProbe::basic(user, QStringLiteral("wrong")),
        HttpProbe::basic(QStringLiteral("someone@example.com"), h.server().options().password),
        HttpProbe::bearer(QStringLiteral("not-the-token")),
        QByteArrayLiteral("Bearer"),
        QByteArrayLiteral("Basic !!!notbase64"),
        QByteArrayLiteral("Token ") + h.server().options().token.toUtf8(),
    };
    for (const QByteArray &authorization : wrong) {
        SCOPED_TRACE(authorization.toStdString());
        h.probe().setAuthorization(authorization);
        expect401(h.probe().get(h.cloud(QStringLiteral("/um/users"))));
        expect401(h.probe().get(h.reseller(QStringLiteral("/contracts/1/admins"))));
        expect401(h.probe().post(
            h.cloud(QStringLiteral("/um/groups")),
            QJsonObject{{QStringLiteral("properties"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}}}));
    }
    EXPECT_EQ(h.state().groupOrder().size(), 6) << "a refused write changed nothing";
}

TEST(SandboxAuth, AViewerTokenMayNotManageUsers)
{
    sandbox::SandboxOptions options = SandboxHarness::testOptions();
    options.viewerToken = QStringLiteral("viewer-1");
    SandboxHarness h(options);
    h.probe().setAuthorization(HttpProbe::bearer(QStringLiteral("viewer-1")));
    const ProbeReply r = h.probe().get(h.cloud(QStringLiteral("/um/users")));
    EXPECT_EQ(r.status, 403);
    EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("administrators")));
    EXPECT_EQ(h.probe().get(h.reseller(QStringLiteral("/contracts/1/admins"))).status, 403);
}

TEST(SandboxAuth, TwoFactorRefusesBasicAuthButNotTokens)
{
    sandbox::SandboxOptions options = SandboxHarness::testOptions();
    options.twoFactor = true;
    SandboxHarness h(options);
    const ProbeReply r = h.probe().get(h.cloud(QStringLiteral("/um/users")));
    EXPECT_EQ(r.status, 401);
    EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("2-factor")));
    h.probe().setAuthorization(h.bearerAuth());
    EXPECT_EQ(h.probe().get(h.cloud(QStringLiteral("/um/users"))).status, 200);
}
