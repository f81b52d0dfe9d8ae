// Every one of the 35 operations goes through the client to the sandbox behind
// Stoplight Prism's validating proxy (--errors), for both specs. A request the client sends that
// breaks the spec comes back refused, with Prism's words in the error.
#include "budgets.h"
#include "callwaiter.h"
#include "network/contractadminservice.h"
#include "network/groupservice.h"
#include "network/objectstoragekeyservice.h"
#include "network/shareservice.h"
#include "network/userservice.h"
#include "prismharness.h"

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class ClientContract : public ::testing::Test
{
protected:
    void SetUp() override
    {
        REQUIRE_PRISM();
        sandbox::SandboxOptions o = SandboxHarness::testOptions();
        o.requestDoneMs = 60;
        QString why;
        ASSERT_TRUE(prism.start(&why, o)) << why.toStdString();
        harness = &prism.sandbox();
        client = &prism.client();
    }

    template <typename T>
    T expectOk(const char *operation, const std::function<ApiCall *(CallWaiter<T> &)> &start)
    {
        CallWaiter<T> waiter;
        start(waiter);
        EXPECT_TRUE(waiter.wait(budget::kServerMs)) << operation << " did not finish";
        EXPECT_TRUE(waiter.ok()) << operation << ": "
                                 << (waiter.calls() ? waiter.error().message.toStdString() : "");
        ++operations;
        return waiter.ok() ? waiter.value() : T{};
    }

    PrismHarness prism;
    SandboxHarness *harness = nullptr;
    ApiClient *client = nullptr;
    int operations = 0;
};

} // namespace

TEST_F(ClientContract, EveryOperationPassesTheValidator)
{
    UserService users(*client);
    GroupService groups(*client);
    GroupMemberService members(*client);
    GroupShareService shares(*client);
    ResourceService resources(*client);
    ContractAdminService admins(*client);

    UserDraft d;
    d.firstname = QStringLiteral("Contract");
    d.lastname = QStringLiteral("Client");
    d.email = QStringLiteral("contract.client@example.com");
    d.password = QStringLiteral("validated-by-prism");
    const User created = expectOk<User>(
        "umUsersPost", [&](auto &w) { return users.create(d, nullptr, w.callback()); });
    ASSERT_FALSE(created.id.isEmpty());
    expectOk<QList<User>>("umUsersGet", [&](auto &w) { return users.all(nullptr, w.callback()); });
    expectOk<User>("umUsersFindById",
                   [&](auto &w) { return users.get(created.id, nullptr, w.callback()); });
    d.password.reset();
    d.secAuthActive = false;
    expectOk<User>("umUsersPut",
                   [&](auto &w) { return users.update(created.id, d, nullptr, w.callback()); });

    GroupPrivileges privileges;
    privileges.set(QStringLiteral("createDatacenter"), true);
    const Group group = expectOk<Group>("umGroupsPost", [&](auto &w) {
        return groups.create(QStringLiteral("Contract Group"), privileges, nullptr, w.callback());
    });
    ASSERT_FALSE(group.id.isEmpty());
    expectOk<QList<Group>>("umGroupsGet",
                           [&](auto &w) { return groups.all(nullptr, w.callback()); });
    GroupChange change;
    change.privileges.insert(QStringLiteral("accessAndManageDns"), true);
    expectOk<Group>("umGroupsFindById + umGroupsPut", [&](auto &w) {
        return groups.update(group.id, change, nullptr, w.callback());
    });
    expectOk<Done>("umGroupsUsersPost", [&](auto &w) {
        return members.add(group.id, created.id, nullptr, w.callback());
    });
    expectOk<QList<User>>("umGroupsUsersGet", [&](auto &w) {
        return members.members(group.id, nullptr, w.callback());
    });
    expectOk<QList<GroupRef>>("umUsersGroupsGet", [&](auto &w) {
        return users.groupsOf(created.id, nullptr, w.callback());
    });

    const QList<Resource> all = expectOk<QList<Resource>>(
        "umResourcesGet", [&](auto &w) { return resources.all(nullptr, w.callback()); });
    ASSERT_FALSE(all.isEmpty());
    const Resource &r = all.first();
    expectOk<QList<Resource>>("umResourcesFindByType", [&](auto &w) {
        return resources.ofType(r.type, nullptr, w.callback());
    });
    expectOk<Resource>("umResourcesFindByTypeAndId",
                       [&](auto &w) { return resources.get(r.type, r.id, nullptr, w.callback()); });
    QString owner;
    for (const QString &id : harness->state().userOrder()) {
        if (!harness->state().resourcesOwnedBy(id).isEmpty()) {
            owner = id;
            break;
        }
    }
    expectOk<QList<Resource>>("umUsersOwnsGet",
                              [&](auto &w) { return users.ownedBy(owner, nullptr, w.callback()); });

    const GroupShare share{r.id, true, false};
    expectOk<GroupShare>("umGroupsSharesPost", [&](auto &w) {
        return shares.create(group.id, share, nullptr, w.callback());
    });
    expectOk<QList<GroupShare>>("umGroupsSharesGet", [&](auto &w) {
        return shares.shares(group.id, nullptr, w.callback());
    });
    expectOk<GroupShare>("umGroupsSharesFindByResourceId", [&](auto &w) {
        return shares.get(group.id, r.id, nullptr, w.callback());
    });
    expectOk<GroupShare>("umGroupsSharesPut", [&](auto &w) {
        return shares.update(group.id, GroupShare{r.id, false, true}, nullptr, w.callback());
    });
    expectOk<QList<Resource>>("umGroupsResourcesGet", [&](auto &w) {
        return groups.sharedResources(group.id, nullptr, w.callback());
    });
    ObjectStorageKeyService keys(*client);
    const NewObjectStorageKey key =
        expectOk<NewObjectStorageKey>("umUsersS3keysPost", [&](auto &w) {
            return keys.create(created.id, nullptr, w.callback());
        });
    ASSERT_FALSE(key.key.id.isEmpty());
    EXPECT_FALSE(key.secret.isEmpty());
    const QList<ObjectStorageKey> listed = expectOk<QList<ObjectStorageKey>>(
        "umUsersS3keysGet", [&](auto &w) { return keys.keys(created.id, nullptr, w.callback()); });
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().id, key.key.id);
    EXPECT_EQ(listed.first().userId, created.id);
    expectOk<ObjectStorageKey>("umUsersS3keysFindByKeyId", [&](auto &w) {
        return keys.get(created.id, key.key.id, nullptr, w.callback());
    });
    const ObjectStorageKey off = expectOk<ObjectStorageKey>("umUsersS3keysPut", [&](auto &w) {
        return keys.setActive(created.id, key.key.id, false, nullptr, w.callback());
    });
    EXPECT_FALSE(off.active);
    EXPECT_FALSE(harness->state().key(created.id, key.key.id)->active);
    const ObjectStorageSignOn signOn =
        expectOk<ObjectStorageSignOn>("umUsersS3ssourlGet", [&](auto &w) {
            return keys.signOn(created.id, nullptr, w.callback());
        });
    EXPECT_TRUE(signOn.url.isValid());
    expectOk<Done>("umUsersS3keysDelete", [&](auto &w) {
        return keys.remove(created.id, key.key.id, nullptr, w.callback());
    });
    EXPECT_FALSE(harness->state().key(created.id, key.key.id));

    expectOk<Done>("umGroupsSharesDelete",
                   [&](auto &w) { return shares.remove(group.id, r.id, nullptr, w.callback()); });
    expectOk<Done>("umGroupsUsersDelete", [&](auto &w) {
        return members.remove(group.id, created.id, nullptr, w.callback());
    });
    expectOk<Done>("umGroupsDelete",
                   [&](auto &w) { return groups.remove(group.id, nullptr, w.callback()); });
    expectOk<Done>("umUsersDelete",
                   [&](auto &w) { return users.remove(created.id, nullptr, w.callback()); });

    const Admin admin = expectOk<Admin>("createAdmin", [&](auto &w) {
        return admins.create(1,
                             AdminDraft{QStringLiteral("Contract"), QStringLiteral("Admin"),
                                        QStringLiteral("contract.admin@example.net"),
                                        QStringLiteral("reseller-pass-9")},
                             nullptr, w.callback());
    });
    ASSERT_GT(admin.id, 0);
    expectOk<QList<Admin>>("findAllAdmins",
                           [&](auto &w) { return admins.admins(1, nullptr, w.callback()); });
    expectOk<Admin>("findAdminById",
                    [&](auto &w) { return admins.get(1, admin.id, nullptr, w.callback()); });
    expectOk<Admin>("updateAdmin", [&](auto &w) {
        return admins.update(1, admin.id,
                             AdminDraft{QStringLiteral("Renamed"),
                                        QStringLiteral("Admin"),
                                        QStringLiteral("renamed@example.net"),
                                        {}},
                             nullptr, w.callback());
    });
    expectOk<Done>("deleteAdmin",
                   [&](auto &w) { return admins.remove(1, admin.id, nullptr, w.callback()); });

    EXPECT_EQ(operations, 34) << "34 calls cover the 35 operations (an update reads, then puts)";
    // Prism saw every operation: each reached the sandbox through it.
    QSet<QString> seen;
    for (const auto &req : harness->server().requestLog())
        seen.insert(QString::fromLatin1(req.method) + QLatin1Char(' ') +
                    QString(req.path).replace(
                        QRegularExpression(QStringLiteral("[0-9a-f-]{36}|/[0-9]+(?=/|$)")),
                        QStringLiteral("{id}")));
    EXPECT_GE(seen.size(), 35)
        << QStringList(seen.begin(), seen.end()).join(QStringLiteral("\n")).toStdString();
}

TEST_F(ClientContract, ABrokenRequestComesBackWithTheValidatorsWords)
{
    // depth=2 breaks the spec: Prism refuses it before the sandbox sees it.
    ApiRequest broken = requests::listGroups();
    broken.query.removeAllQueryItems(QStringLiteral("depth"));
    broken.query.addQueryItem(QStringLiteral("depth"), QStringLiteral("2"));
    CallWaiter<RawResponse> reply;
    client->send(broken, nullptr, reply.callback());
    ASSERT_TRUE(reply.wait(budget::kServerMs));
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().httpStatus, 422);
    EXPECT_TRUE(reply.error().serverMessage.contains(QStringLiteral("depth")))
        << reply.error().message.toStdString();
    EXPECT_TRUE(harness->server().requestLog().isEmpty());
}
