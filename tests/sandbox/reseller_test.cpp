// Rule 3f: Reseller admins: integer path ids, string ids in bodies, camelCase fields, 201 with
// Location, 204 delete, PATCH needs all three fields, contracts kept apart.
#include "sandboxharness.h"

#include <gtest/gtest.h>

namespace {

QJsonObject admin(const QString &email)
{
    return {{QStringLiteral("firstName"), QStringLiteral("Rita")},
            {QStringLiteral("lastName"), QStringLiteral("Reseller")},
            {QStringLiteral("email"), email},
            {QStringLiteral("password"), QStringLiteral("reseller-pass-1")}};
}

} // namespace

TEST(SandboxReseller, CreateFindPatchDelete)
{
    SandboxHarness h;
    const ProbeReply created = h.probe().post(h.reseller(QStringLiteral("/contracts/1/admins")),
                                              admin(QStringLiteral("rita@example.net")));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QJsonObject body = created.object();
    ASSERT_TRUE(body.value(QStringLiteral("id")).isString());
    const QString id = body.value(QStringLiteral("id")).toString();
    bool numeric = false;
    id.toLongLong(&numeric);
    EXPECT_TRUE(numeric);
    EXPECT_EQ(QString::fromUtf8(created.header("Location")),
              h.reseller(QStringLiteral("/contracts/1/admins/") + id).toString());
    EXPECT_EQ(body.value(QStringLiteral("href")).toString(),
              QString::fromUtf8(created.header("Location")));
    EXPECT_EQ(body.value(QStringLiteral("firstName")).toString(), QStringLiteral("Rita"));
    EXPECT_FALSE(body.contains(QStringLiteral("password")));

    const ProbeReply found = h.probe().get(h.reseller(QStringLiteral("/contracts/1/admins/") + id));
    EXPECT_EQ(found.status, 200);
    EXPECT_EQ(found.object(), body);

    const QJsonObject patch{{QStringLiteral("firstName"), QStringLiteral("Rosa")},
                            {QStringLiteral("lastName"), QStringLiteral("Reseller")},
                            {QStringLiteral("email"), QStringLiteral("rosa@example.net")}};
    const ProbeReply patched =
        h.probe().patch(h.reseller(QStringLiteral("/contracts/1/admins/") + id), patch);
    EXPECT_EQ(patched.status, 200);
    EXPECT_EQ(patched.object().value(QStringLiteral("email")).toString(),
              QStringLiteral("rosa@example.net"));

    const ProbeReply removed =
        h.probe().del(h.reseller(QStringLiteral("/contracts/1/admins/") + id));
    EXPECT_EQ(removed.status, 204);
    EXPECT_TRUE(removed.body.isEmpty());
    EXPECT_EQ(h.probe().get(h.reseller(QStringLiteral("/contracts/1/admins/") + id)).status, 404);
}

TEST(SandboxReseller, PatchRequiresAllThreeFields)
{
    SandboxHarness h;
    const QString id = QString::number(h.state().admins(1).first().id);
    const ProbeReply r =
        h.probe().patch(h.reseller(QStringLiteral("/contracts/1/admins/") + id),
                        QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Only")}});
    EXPECT_EQ(r.status, 422);
    EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("lastName")) ||
                r.errorMessage().contains(QStringLiteral("email")));
    EXPECT_EQ(h.state().admins(1).first().firstName, h.state().admins(1).first().firstName);
}

TEST(SandboxReseller, CreateRequiresAllFourFieldsAndAValidEmail)
{
    SandboxHarness h;
    QJsonObject missing = admin(QStringLiteral("x@example.net"));
    missing.remove(QStringLiteral("password"));
    EXPECT_EQ(h.probe().post(h.reseller(QStringLiteral("/contracts/1/admins")), missing).status,
              422);
    EXPECT_EQ(
        h.probe()
            .post(h.reseller(QStringLiteral("/contracts/1/admins")), admin(QStringLiteral("nope")))
            .status,
        422);
    EXPECT_EQ(h.probe().send("POST", h.reseller(QStringLiteral("/contracts/1/admins"))).status,
              422);
    const QString existing = h.state().admins(1).first().email;
    EXPECT_EQ(
        h.probe().post(h.reseller(QStringLiteral("/contracts/1/admins")), admin(existing)).status,
        422);
    EXPECT_EQ(h.state().admins(1).size(), 3);
}

TEST(SandboxReseller, PathIdsMustBeIntegers)
{
    SandboxHarness h;
    for (const QString &path :
         {QStringLiteral("/contracts/abc/admins"), QStringLiteral("/contracts/1.5/admins"),
          QStringLiteral("/contracts/1/admins/xyz"), QStringLiteral("/contracts/-3/admins")}) {
        const ProbeReply r = h.probe().get(h.reseller(path));
        EXPECT_EQ(r.status, 422) << path.toStdString();
        EXPECT_EQ(r.object().value(QStringLiteral("httpStatus")).toInt(), 422);
    }
}

TEST(SandboxReseller, ContractsAreSeparate)
{
    SandboxHarness h;
    const QJsonArray one = h.probe().get(h.reseller(QStringLiteral("/contracts/1/admins"))).array();
    const QJsonArray two = h.probe().get(h.reseller(QStringLiteral("/contracts/2/admins"))).array();
    ASSERT_EQ(one.size(), 3);
    ASSERT_EQ(two.size(), 3);
    for (const QJsonValue &a : one) {
        const QString id = a.toObject().value(QStringLiteral("id")).toString();
        EXPECT_FALSE(two.contains(a));
        EXPECT_EQ(h.probe().get(h.reseller(QStringLiteral("/contracts/2/admins/") + id)).status,
                  404);
        EXPECT_EQ(h.probe().del(h.reseller(QStringLiteral("/contracts/2/admins/") + id)).status,
                  404);
    }
    const ProbeReply created = h.probe().post(h.reseller(QStringLiteral("/contracts/2/admins")),
                                              admin(QStringLiteral("only2@example.net")));
    ASSERT_EQ(created.status, 201);
    EXPECT_EQ(h.probe().get(h.reseller(QStringLiteral("/contracts/1/admins"))).array().size(), 3);
    EXPECT_EQ(h.probe().get(h.reseller(QStringLiteral("/contracts/2/admins"))).array().size(), 4);
}

TEST(SandboxReseller, UnknownContractIs404)
{
    SandboxHarness h;
    const ProbeReply r = h.probe().get(h.reseller(QStringLiteral("/contracts/77/admins")));
    EXPECT_EQ(r.status, 404);
    EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("77")));
    EXPECT_EQ(h.probe()
                  .post(h.reseller(QStringLiteral("/contracts/77/admins")),
                        admin(QStringLiteral("a@example.net")))
                  .status,
              404);
}
