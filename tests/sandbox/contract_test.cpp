// A third party checks the sandbox against the project's copy of both specs. Stoplight Prism
// runs as a validating proxy (--errors); all 35 operations go through it with valid requests, and
// some of the sandbox's error answers too. Any violation fails the test, naming the operation and
// quoting Prism.
#include "prismproxy.h"
#include "sandboxharness.h"

#include <QFileInfo>

#include <gtest/gtest.h>

namespace {

class SandboxContract : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_harness = new SandboxHarness();
        s_cloud = new PrismProxy(QStringLiteral("cloudapi-v6-um.json"),
                                 s_harness->server().cloudBaseUrl());
        s_reseller = new PrismProxy(QStringLiteral("reseller-v2.json"),
                                    s_harness->server().resellerBaseUrl());
    }
    static void TearDownTestSuite()
    {
        delete s_cloud;
        delete s_reseller;
        delete s_harness;
    }

    void SetUp() override
    {
        REQUIRE_PRISM();
        ASSERT_TRUE(s_cloud->started()) << s_cloud->startupLog().toStdString();
        ASSERT_TRUE(s_reseller->started()) << s_reseller->startupLog().toStdString();
        probe.setAuthorization(s_harness->bearerAuth());
    }

    // Sends one operation through the proxy and checks the status and that Prism saw no violation.
    ProbeReply call(const char *operation, const QByteArray &method, const QUrl &url,
                    int expectedStatus, const QJsonObject &body = {})
    {
        const ProbeReply r =
            probe.send(method, url, body.isEmpty() ? QByteArray() : HttpProbe::json(body));
        const QString violations = PrismProxy::violations(r);
        EXPECT_TRUE(violations.isEmpty())
            << operation << ": Prism says: " << violations.toStdString();
        EXPECT_EQ(r.status, expectedStatus) << operation << ": " << r.body.toStdString();
        ++s_operations[QString::fromLatin1(operation)];
        return r;
    }
    void runCloudOperations();
    void runResellerOperations();
    QUrl cloud(const QString &path) const { return s_cloud->url(path); }
    QUrl reseller(const QString &path) const { return s_reseller->url(path); }

    static inline SandboxHarness *s_harness = nullptr;
    static inline PrismProxy *s_cloud = nullptr;
    static inline PrismProxy *s_reseller = nullptr;
    static inline QHash<QString, int> s_operations;
    HttpProbe probe;
};

} // namespace

void SandboxContract::runCloudOperations()
{
    const QJsonObject newUser{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("firstname"), QStringLiteral("Contract")},
                     {QStringLiteral("lastname"), QStringLiteral("Checker")},
                     {QStringLiteral("email"), QStringLiteral("contract.checker@example.com")},
                     {QStringLiteral("password"), QStringLiteral("checked-by-prism")},
                     {QStringLiteral("administrator"), false},
                     {QStringLiteral("forceSecAuth"), true},
                     {QStringLiteral("active"), true}}}};
    const QString userId =
        call("umUsersPost", "POST", cloud(QStringLiteral("/um/users")), 202, newUser)
            .object()
            .value(QStringLiteral("id"))
            .toString();
    ASSERT_FALSE(userId.isEmpty());
    call("umUsersGet", "GET", cloud(QStringLiteral("/um/users?depth=1&offset=0&limit=10")), 200);
    call("umUsersGet", "GET", cloud(QStringLiteral("/um/users?depth=1&offset=20&limit=100")), 200);
    call("umUsersFindById", "GET", cloud(QStringLiteral("/um/users/%1?depth=1").arg(userId)), 200);
    QJsonObject put = newUser;
    put.insert(QStringLiteral("id"), userId);
    call("umUsersPut", "PUT", cloud(QStringLiteral("/um/users/") + userId), 202, put);

    const QJsonObject group{{QStringLiteral("properties"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("Contract Group")},
                                         {QStringLiteral("createDatacenter"), true},
                                         {QStringLiteral("reserveIp"), true},
                                         {QStringLiteral("accessAndManageAiModelHub"), true}}}};
    const QString groupId =
        call("umGroupsPost", "POST", cloud(QStringLiteral("/um/groups")), 202, group)
            .object()
            .value(QStringLiteral("id"))
            .toString();
    ASSERT_FALSE(groupId.isEmpty());
    call("umGroupsGet", "GET", cloud(QStringLiteral("/um/groups?depth=1")), 200);
    call("umGroupsFindById", "GET", cloud(QStringLiteral("/um/groups/%1?depth=1").arg(groupId)),
         200);
    call("umGroupsPut", "PUT", cloud(QStringLiteral("/um/groups/") + groupId), 202, group);

    call("umGroupsUsersPost", "POST", cloud(QStringLiteral("/um/groups/%1/users").arg(groupId)),
         202, QJsonObject{{QStringLiteral("id"), userId}});
    call("umGroupsUsersGet", "GET",
         cloud(QStringLiteral("/um/groups/%1/users?depth=1").arg(groupId)), 200);
    call("umUsersGroupsGet", "GET",
         cloud(QStringLiteral("/um/users/%1/groups?depth=1").arg(userId)), 200);

    const sandbox::SbResource *resource =
        s_harness->state().resource(s_harness->state().resourceOrder().first());
    const QJsonObject share{
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("editPrivilege"), true},
                                                   {QStringLiteral("sharePrivilege"), false}}}};
    const QString sharePath = QStringLiteral("/um/groups/%1/shares/%2").arg(groupId, resource->id);
    call("umGroupsSharesPost", "POST", cloud(sharePath), 202, share);
    call("umGroupsSharesGet", "GET",
         cloud(QStringLiteral("/um/groups/%1/shares?depth=1").arg(groupId)), 200);
    call("umGroupsSharesFindByResourceId", "GET", cloud(sharePath + QStringLiteral("?depth=1")),
         200);
    call("umGroupsSharesPut", "PUT", cloud(sharePath), 202, share);
    call("umGroupsResourcesGet", "GET",
         cloud(QStringLiteral("/um/groups/%1/resources?depth=1").arg(groupId)), 200);

    QString owner;
    for (const QString &id : s_harness->state().userOrder()) {
        if (!s_harness->state().resourcesOwnedBy(id).isEmpty()) {
            owner = id;
            break;
        }
    }
    call("umUsersOwnsGet", "GET", cloud(QStringLiteral("/um/users/%1/owns?depth=1").arg(owner)),
         200);
    call("umResourcesGet", "GET", cloud(QStringLiteral("/um/resources?depth=1")), 200);
    for (const QString &type : sandbox::SandboxState::resourceTypes())
        call("umResourcesFindByType", "GET",
             cloud(QStringLiteral("/um/resources/%1?depth=1").arg(type)), 200);
    call("umResourcesFindByTypeAndId", "GET",
         cloud(QStringLiteral("/um/resources/%1/%2?depth=1").arg(resource->type, resource->id)),
         200);

    const QString keys = QStringLiteral("/um/users/%1/s3keys").arg(userId);
    const QString keyId = call("umUsersS3keysPost", "POST", cloud(keys), 202)
                              .object()
                              .value(QStringLiteral("id"))
                              .toString();
    ASSERT_FALSE(keyId.isEmpty());
    call("umUsersS3keysGet", "GET", cloud(keys + QStringLiteral("?depth=1")), 200);
    call("umUsersS3keysFindByKeyId", "GET",
         cloud(keys + QLatin1Char('/') + keyId + QStringLiteral("?depth=1")), 200);
    call("umUsersS3keysPut", "PUT", cloud(keys + QLatin1Char('/') + keyId), 202,
         QJsonObject{
             {QStringLiteral("properties"), QJsonObject{{QStringLiteral("active"), false}}}});
    call("umUsersS3ssourlGet", "GET", cloud(QStringLiteral("/um/users/%1/s3ssourl").arg(userId)),
         200);
    call("umUsersS3keysDelete", "DELETE", cloud(keys + QLatin1Char('/') + keyId), 202);

    call("umGroupsSharesDelete", "DELETE", cloud(sharePath), 202);
    call("umGroupsUsersDelete", "DELETE",
         cloud(QStringLiteral("/um/groups/%1/users/%2").arg(groupId, userId)), 202);
    call("umGroupsDelete", "DELETE", cloud(QStringLiteral("/um/groups/") + groupId), 202);
    call("umUsersDelete", "DELETE", cloud(QStringLiteral("/um/users/") + userId), 202);
    EXPECT_EQ(s_harness->state().user(userId), nullptr);
    EXPECT_EQ(s_harness->state().group(groupId), nullptr);
}

TEST_F(SandboxContract, CloudErrorAnswersFitTheErrorSchema)
{
    call("umUsersFindById (404)", "GET",
         cloud(QStringLiteral("/um/users/00000000-0000-4000-8000-000000000000?depth=1")), 404);
    call("umUsersS3keysFindByKeyId (404)", "GET",
         cloud(QStringLiteral("/um/users/%1/s3keys/0000000000?depth=1")
                   .arg(s_harness->state().userOrder().first())),
         404);
    QString atCap;
    for (const QString &id : s_harness->state().userOrder()) {
        if (s_harness->state().keysOf(id).size() == sandbox::SandboxState::kMaxKeysPerUser)
            atCap = id;
    }
    call("umUsersS3keysPost (422)", "POST", cloud(QStringLiteral("/um/users/%1/s3keys").arg(atCap)),
         422);
    call("umResourcesFindByType (404)", "GET",
         cloud(QStringLiteral("/um/resources/spaceship?depth=1")), 404);
    const QString taken = s_harness->state().user(s_harness->state().userOrder().first())->email;
    call("umUsersPost (422)", "POST", cloud(QStringLiteral("/um/users")), 422,
         QJsonObject{{QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("firstname"), QStringLiteral("Dup")},
                                  {QStringLiteral("lastname"), QStringLiteral("Licate")},
                                  {QStringLiteral("email"), taken},
                                  {QStringLiteral("password"), QStringLiteral("duplicate-1")}}}});
    probe.setAuthorization(HttpProbe::bearer(QStringLiteral("wrong-token")));
    call("umGroupsGet (401)", "GET", cloud(QStringLiteral("/um/groups?depth=1")), 401);
}

void SandboxContract::runResellerOperations()
{
    const QJsonObject create{
        {QStringLiteral("firstName"), QStringLiteral("Contract")},
        {QStringLiteral("lastName"), QStringLiteral("Admin")},
        {QStringLiteral("email"), QStringLiteral("contract.admin@example.net")},
        {QStringLiteral("password"), QStringLiteral("reseller-check-1")}};
    const ProbeReply created =
        call("createAdmin", "POST", reseller(QStringLiteral("/contracts/2/admins")), 201, create);
    const QString id = created.object().value(QStringLiteral("id")).toString();
    ASSERT_FALSE(id.isEmpty());
    call("findAllAdmins", "GET", reseller(QStringLiteral("/contracts/2/admins")), 200);
    call("findAdminById", "GET", reseller(QStringLiteral("/contracts/2/admins/") + id), 200);
    call("updateAdmin", "PATCH", reseller(QStringLiteral("/contracts/2/admins/") + id), 200,
         QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Renamed")},
                     {QStringLiteral("lastName"), QStringLiteral("Admin")},
                     {QStringLiteral("email"), QStringLiteral("renamed.admin@example.net")}});
    call("deleteAdmin", "DELETE", reseller(QStringLiteral("/contracts/2/admins/") + id), 204);
    call("findAdminById (404)", "GET", reseller(QStringLiteral("/contracts/2/admins/") + id), 404);
    call("findAllAdmins (404)", "GET", reseller(QStringLiteral("/contracts/404/admins")), 404);
    call("createAdmin (422)", "POST", reseller(QStringLiteral("/contracts/1/admins")), 422,
         QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Bad")},
                     {QStringLiteral("lastName"), QStringLiteral("Mail")},
                     {QStringLiteral("email"), QStringLiteral("no-at-sign")},
                     {QStringLiteral("password"), QStringLiteral("long-enough-1")}});
}

TEST_F(SandboxContract, AllThirtyFiveOperations)
{
    runCloudOperations();
    runResellerOperations();
    const QStringList expected = {QStringLiteral("umUsersGet"),
                                  QStringLiteral("umUsersPost"),
                                  QStringLiteral("umUsersFindById"),
                                  QStringLiteral("umUsersPut"),
                                  QStringLiteral("umUsersDelete"),
                                  QStringLiteral("umUsersGroupsGet"),
                                  QStringLiteral("umUsersOwnsGet"),
                                  QStringLiteral("umGroupsGet"),
                                  QStringLiteral("umGroupsPost"),
                                  QStringLiteral("umGroupsFindById"),
                                  QStringLiteral("umGroupsPut"),
                                  QStringLiteral("umGroupsDelete"),
                                  QStringLiteral("umGroupsResourcesGet"),
                                  QStringLiteral("umGroupsUsersGet"),
                                  QStringLiteral("umGroupsUsersPost"),
                                  QStringLiteral("umGroupsUsersDelete"),
                                  QStringLiteral("umGroupsSharesGet"),
                                  QStringLiteral("umGroupsSharesFindByResourceId"),
                                  QStringLiteral("umGroupsSharesPost"),
                                  QStringLiteral("umGroupsSharesPut"),
                                  QStringLiteral("umGroupsSharesDelete"),
                                  QStringLiteral("umResourcesGet"),
                                  QStringLiteral("umResourcesFindByType"),
                                  QStringLiteral("umResourcesFindByTypeAndId"),
                                  QStringLiteral("umUsersS3keysGet"),
                                  QStringLiteral("umUsersS3keysPost"),
                                  QStringLiteral("umUsersS3keysFindByKeyId"),
                                  QStringLiteral("umUsersS3keysPut"),
                                  QStringLiteral("umUsersS3keysDelete"),
                                  QStringLiteral("umUsersS3ssourlGet"),
                                  QStringLiteral("findAllAdmins"),
                                  QStringLiteral("createAdmin"),
                                  QStringLiteral("findAdminById"),
                                  QStringLiteral("updateAdmin"),
                                  QStringLiteral("deleteAdmin")};
    ASSERT_EQ(expected.size(), 35);
    for (const QString &operation : expected)
        EXPECT_GT(s_operations.value(operation), 0) << operation.toStdString() << " was not sent";
}
