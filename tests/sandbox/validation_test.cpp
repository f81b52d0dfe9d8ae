// Rule 3b: validation as the spec states, each failure with the IONOS error envelope.
#include "sandboxharness.h"

#include <gtest/gtest.h>

namespace {

void expectError(const ProbeReply &r, int status)
{
    EXPECT_EQ(r.status, status) << r.body.toStdString();
    const QJsonObject envelope = r.object();
    EXPECT_EQ(envelope.value(QStringLiteral("httpStatus")).toInt(), status);
    const QJsonArray messages = envelope.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_FALSE(
        messages.first().toObject().value(QStringLiteral("errorCode")).toString().isEmpty());
    EXPECT_GT(r.errorMessage().size(), 10) << "a message a person can act on";
}

QJsonObject userBody(const QString &email, const QString &password = QStringLiteral("s3cret-pass"))
{
    return {{QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("firstname"), QStringLiteral("Ada")},
                         {QStringLiteral("lastname"), QStringLiteral("Lovelace")},
                         {QStringLiteral("email"), email},
                         {QStringLiteral("password"), password}}}};
}

class SandboxValidation : public ::testing::Test
{
protected:
    SandboxHarness h;
    QString firstUser() const { return h.state().userOrder().first(); }
    QString firstGroup() const { return h.state().groupOrder().first(); }
};

} // namespace

TEST_F(SandboxValidation, PagingParametersOfUsers)
{
    expectError(h.probe().get(h.cloud(QStringLiteral("/um/users?offset=-1"))), 422);
    expectError(h.probe().get(h.cloud(QStringLiteral("/um/users?offset=abc"))), 422);
    expectError(h.probe().get(h.cloud(QStringLiteral("/um/users?limit=0"))), 422);
    expectError(h.probe().get(h.cloud(QStringLiteral("/um/users?limit=101"))), 422);
    expectError(h.probe().get(h.cloud(QStringLiteral("/um/users?limit=1.5"))), 422);
    EXPECT_EQ(h.probe().get(h.cloud(QStringLiteral("/um/users?offset=0&limit=1"))).status, 200);
    EXPECT_EQ(h.probe().get(h.cloud(QStringLiteral("/um/users?offset=5000&limit=100"))).status,
              200);
}

TEST_F(SandboxValidation, DepthIsZeroOrOneEverywhere)
{
    const QStringList paths = {
        QStringLiteral("/um/users"), QStringLiteral("/um/groups"), QStringLiteral("/um/resources"),
        QStringLiteral("/um/users/") + firstUser(),
        QStringLiteral("/um/groups/") + firstGroup() + QStringLiteral("/shares")};
    for (const QString &path : paths) {
        SCOPED_TRACE(path.toStdString());
        expectError(h.probe().get(h.cloud(path + QStringLiteral("?depth=2"))), 422);
        expectError(h.probe().get(h.cloud(path + QStringLiteral("?depth=-1"))), 422);
        expectError(h.probe().get(h.cloud(path + QStringLiteral("?depth=x"))), 422);
        EXPECT_EQ(h.probe().get(h.cloud(path + QStringLiteral("?depth=0"))).status, 200);
        EXPECT_EQ(h.probe().get(h.cloud(path + QStringLiteral("?depth=1"))).status, 200);
    }
}

TEST_F(SandboxValidation, ContractNumberHeaderMustBeANumber)
{
    h.probe().setHeader("X-Contract-Number", "abc");
    expectError(h.probe().get(h.cloud(QStringLiteral("/um/groups"))), 422);
}

TEST_F(SandboxValidation, RequiredBodiesAndFields)
{
    expectError(h.probe().send("POST", h.cloud(QStringLiteral("/um/users"))), 422);
    expectError(h.probe().post(h.cloud(QStringLiteral("/um/users")), QJsonObject{}), 422);
    QJsonObject noPassword = userBody(QStringLiteral("ada@example.com"));
    QJsonObject p = noPassword.value(QStringLiteral("properties")).toObject();
    p.remove(QStringLiteral("password"));
    noPassword.insert(QStringLiteral("properties"), p);
    expectError(h.probe().post(h.cloud(QStringLiteral("/um/users")), noPassword), 422);
    expectError(h.probe().post(h.cloud(QStringLiteral("/um/groups")),
                               QJsonObject{{QStringLiteral("properties"), QJsonObject{}}}),
                422);
    expectError(h.probe().post(h.cloud(QStringLiteral("/um/groups/%1/users").arg(firstGroup())),
                               QJsonObject{}),
                422);
    expectError(h.probe().post(h.cloud(QStringLiteral("/um/groups/%1/shares/%2")
                                           .arg(firstGroup(), h.state().resourceOrder().last())),
                               QJsonObject{}),
                422);
}

TEST_F(SandboxValidation, JsonTypesAreChecked)
{
    const QJsonObject privilegeAsString{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Ops")},
                     {QStringLiteral("createSnapshot"), QStringLiteral("true")}}}};
    const ProbeReply r = h.probe().post(h.cloud(QStringLiteral("/um/groups")), privilegeAsString);
    expectError(r, 422);
    EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("createSnapshot")));

    QJsonObject adminAsNumber = userBody(QStringLiteral("typed@example.com"));
    QJsonObject p = adminAsNumber.value(QStringLiteral("properties")).toObject();
    p.insert(QStringLiteral("administrator"), 1);
    adminAsNumber.insert(QStringLiteral("properties"), p);
    expectError(h.probe().post(h.cloud(QStringLiteral("/um/users")), adminAsNumber), 422);

    const QJsonObject misspelled{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Ada")}}}};
    const ProbeReply m = h.probe().post(h.cloud(QStringLiteral("/um/users")), misspelled);
    expectError(m, 422);
    EXPECT_TRUE(m.errorMessage().contains(QStringLiteral("firstName")));
}

TEST_F(SandboxValidation, EmailSyntaxPasswordAndUniqueness)
{
    expectError(h.probe().post(h.cloud(QStringLiteral("/um/users")),
                               userBody(QStringLiteral("not-an-email"))),
                422);
    expectError(
        h.probe().post(h.cloud(QStringLiteral("/um/users")),
                       userBody(QStringLiteral("short@example.com"), QStringLiteral("abc"))),
        422);
    const QString taken = h.state().user(firstUser())->email;
    const ProbeReply r =
        h.probe().post(h.cloud(QStringLiteral("/um/users")), userBody(taken.toUpper()));
    expectError(r, 422);
    EXPECT_TRUE(r.errorMessage().contains(taken.toUpper()));
}

TEST_F(SandboxValidation, UnknownIdsAre404)
{
    const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000000");
    expectError(h.probe().get(h.cloud(QStringLiteral("/um/users/") + unknown)), 404);
    expectError(h.probe().get(h.cloud(QStringLiteral("/um/users/%1/groups").arg(unknown))), 404);
    expectError(h.probe().get(h.cloud(QStringLiteral("/um/groups/") + unknown)), 404);
    expectError(h.probe().del(h.cloud(QStringLiteral("/um/groups/") + unknown)), 404);
    expectError(h.probe().post(h.cloud(QStringLiteral("/um/groups/%1/users").arg(firstGroup())),
                               QJsonObject{{QStringLiteral("id"), unknown}}),
                404);
    expectError(h.probe().get(
                    h.cloud(QStringLiteral("/um/groups/%1/shares/%2").arg(firstGroup(), unknown))),
                404);
    expectError(h.probe().get(h.cloud(QStringLiteral("/um/resources/datacenter/") + unknown)), 404);
    expectError(h.probe().get(h.cloud(QStringLiteral("/requests/%1/status").arg(unknown))), 404);
}

TEST_F(SandboxValidation, UnknownResourceTypeIs404)
{
    expectError(h.probe().get(h.cloud(QStringLiteral("/um/resources/spaceship"))), 404);
    EXPECT_EQ(h.probe().get(h.cloud(QStringLiteral("/um/resources/k8s"))).status, 200);
}

TEST_F(SandboxValidation, MalformedJsonIs400)
{
    const ProbeReply r = h.probe().send("POST", h.cloud(QStringLiteral("/um/groups")),
                                        QByteArrayLiteral("{\"properties\": {"));
    expectError(r, 400);
    expectError(h.probe().send("PATCH", h.reseller(QStringLiteral("/contracts/1/admins/100001")),
                               QByteArrayLiteral("not json")),
                400);
}

TEST_F(SandboxValidation, UnsupportedMethodIs405)
{
    const ProbeReply r = h.probe().send("PATCH", h.cloud(QStringLiteral("/um/users")));
    expectError(r, 405);
    EXPECT_EQ(r.header("Allow"), QByteArrayLiteral("GET, POST"));
    expectError(h.probe().send("DELETE", h.cloud(QStringLiteral("/um/resources"))), 405);
    expectError(h.probe().send("PUT", h.reseller(QStringLiteral("/contracts/1/admins/100001"))),
                405);
}

TEST_F(SandboxValidation, OtherValidationFailuresAre422)
{
    // Already a member, already shared, and 2FA that only the user can turn on.
    const QString group = firstGroup();
    const QStringList members = h.state().membersOf(group);
    ASSERT_FALSE(members.isEmpty());
    expectError(h.probe().post(h.cloud(QStringLiteral("/um/groups/%1/users").arg(group)),
                               QJsonObject{{QStringLiteral("id"), members.first()}}),
                422);
    QJsonObject secAuth = userBody(QStringLiteral("twofa@example.com"));
    QJsonObject p = secAuth.value(QStringLiteral("properties")).toObject();
    p.insert(QStringLiteral("secAuthActive"), true);
    secAuth.insert(QStringLiteral("properties"), p);
    expectError(h.probe().post(h.cloud(QStringLiteral("/um/users")), secAuth), 422);
}

TEST_F(SandboxValidation, UnknownPathIs404)
{
    expectError(h.probe().get(h.cloud(QStringLiteral("/um/nothing"))), 404);
    expectError(h.probe().get(h.cloud(QStringLiteral("/datacenters"))), 404);
    expectError(h.probe().get(QUrl(h.server().origin().toString() + QStringLiteral("/other"))),
                404);
}
