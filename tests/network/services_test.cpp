// Writes wait for the request status; group updates never drop privileges; reseller admins.
#include "callwaiter.h"
#include "clientharness.h"
#include "network/contractadminservice.h"
#include "network/groupservice.h"
#include "network/privileges.h"
#include "network/shareservice.h"
#include "network/userservice.h"
#include "sampledrafts.h"
#include "sandboxpicks.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

sandbox::SandboxOptions slowWrites(int doneMs, double failRate = 0.0)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.requestDoneMs = doneMs;
    o.writeFailRate = failRate;
    return o;
}

// A new user who must use 2-factor authentication.
UserDraft draft(const QString &email)
{
    UserDraft d = sampleUserDraft(email);
    d.forceSecAuth = true;
    return d;
}

} // namespace

TEST(Writes, ACreateIsReportedOnlyWhenTheServerSaysDone)
{
    ClientHarness h(slowWrites(400));
    CallWaiter<User> created;
    UserService(h.client())
        .create(draft(QStringLiteral("kj@example.com")), nullptr, created.callback());
    ASSERT_TRUE(created.wait());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_FALSE(created.value().id.isEmpty());
    EXPECT_NE(h.state().user(created.value().id), nullptr)
        << "visible on the server when reported done";
    int polls = 0;
    for (const auto &r : h.server().requestLog())
        polls += r.path.contains(QStringLiteral("/requests/"));
    EXPECT_GE(polls, 2) << "QUEUED and RUNNING were polled before DONE";
}

TEST(Writes, AFailedRequestStatusIsAnErrorWithTheServersMessage)
{
    ClientHarness h(slowWrites(100, 1.0));
    CallWaiter<Done> removed;
    const QString group = h.state().groupOrder().first();
    GroupService(h.client()).remove(group, nullptr, removed.callback());
    ASSERT_TRUE(removed.wait());
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().kind, ApiError::Kind::RequestFailed);
    EXPECT_FALSE(removed.error().serverMessage.isEmpty());
    EXPECT_TRUE(removed.error().message.contains(removed.error().serverMessage));
    EXPECT_NE(h.state().group(group), nullptr);
}

TEST(Writes, PollingIsCancellableAndTimeLimited)
{
    ClientHarness h(slowWrites(5000));
    h.reconfigure([](ConnectionSettings &s) { s.poll.timeLimitMs = 300; });
    CallWaiter<Done> removed;
    GroupService(h.client()).remove(h.state().groupOrder().first(), nullptr, removed.callback());
    ASSERT_TRUE(removed.wait());
    EXPECT_EQ(removed.error().kind, ApiError::Kind::Timeout);
    EXPECT_TRUE(removed.error().message.contains(QStringLiteral("may still complete")));

    h.reconfigure([](ConnectionSettings &s) { s.poll.timeLimitMs = 60000; });
    CallWaiter<Done> cancelled;
    QPointer<ApiCall> call =
        GroupService(h.client())
            .remove(h.state().groupOrder().last(), nullptr, cancelled.callback());
    QTest::qWait(200);
    ASSERT_FALSE(call.isNull());
    call->cancel();
    ASSERT_TRUE(cancelled.wait());
    EXPECT_EQ(cancelled.error().kind, ApiError::Kind::Cancelled);
}

TEST(Writes, AGroupUpdateKeepsEveryPrivilegeItDoesNotChange)
{
    ClientHarness h;
    QString groupId;
    for (const QString &id : h.state().groupOrder()) {
        int granted = 0;
        for (bool on : h.state().group(id)->privileges)
            granted += on;
        if (granted >= 5) {
            groupId = id;
            break;
        }
    }
    ASSERT_FALSE(groupId.isEmpty());
    const QMap<QString, bool> before = h.state().group(groupId)->privileges;
    GroupChange change;
    change.name = QStringLiteral("Renamed Team");
    change.privileges.insert(QStringLiteral("manageRegistry"),
                             !before.value(QStringLiteral("manageRegistry")));
    CallWaiter<Group> updated;
    GroupService(h.client()).update(groupId, change, nullptr, updated.callback());
    ASSERT_TRUE(updated.wait());
    ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();

    const sandbox::SbGroup *after = h.state().group(groupId);
    EXPECT_EQ(after->name, QStringLiteral("Renamed Team"));
    for (auto it = before.begin(); it != before.end(); ++it) {
        const bool expected =
            it.key() == QStringLiteral("manageRegistry") ? !it.value() : it.value();
        EXPECT_EQ(after->privileges.value(it.key()), expected) << it.key().toStdString();
    }
    const auto put = std::find_if(h.server().requestLog().begin(), h.server().requestLog().end(),
                                  [](const auto &r) { return r.method == "PUT"; });
    ASSERT_NE(put, h.server().requestLog().end());
    EXPECT_EQ(
        QJsonDocument::fromJson(put->body).object()[QStringLiteral("properties")].toObject().size(),
        26);
}

TEST(Writes, MembersAndSharesRoundTrip)
{
    ClientHarness h;
    const QString group = h.state().groupOrder().first();
    const QString user = firstUserOutside(h.state(), group);
    const QString resource = firstResourceNotSharedWith(h.state(), group);
    CallWaiter<Done> added;
    GroupMemberService(h.client()).add(group, user, nullptr, added.callback());
    ASSERT_TRUE(added.wait());
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_TRUE(h.state().isMember(group, user));

    CallWaiter<GroupShare> shared;
    GroupShareService(h.client())
        .create(group, GroupShare{resource, true, true}, nullptr, shared.callback());
    ASSERT_TRUE(shared.wait());
    ASSERT_TRUE(shared.ok()) << shared.error().message.toStdString();
    EXPECT_TRUE(h.state().share(group, resource)->sharePrivilege);

    CallWaiter<QList<GroupShare>> shares;
    GroupShareService(h.client()).shares(group, nullptr, shares.callback());
    ASSERT_TRUE(shares.wait());
    EXPECT_TRUE(std::any_of(shares.value().begin(), shares.value().end(), [&](const GroupShare &s) {
        return s.resourceId == resource && s.editPrivilege;
    }));
}

TEST(Reseller, CreateReadPatchAndDeleteAdmins)
{
    ClientHarness h;
    ContractAdminService admins(h.client());
    CallWaiter<Admin> created;
    admins.create(2,
                  AdminDraft{QStringLiteral("Rita"), QStringLiteral("Reseller"),
                             QStringLiteral("rita@example.net"), QStringLiteral("reseller-pass-1")},
                  nullptr, created.callback());
    ASSERT_TRUE(created.wait());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    const qint64 id = created.value().id;
    EXPECT_GT(id, 0);

    CallWaiter<Admin> patched;
    admins.update(2, id,
                  AdminDraft{QStringLiteral("Rosa"),
                             QStringLiteral("Reseller"),
                             QStringLiteral("rosa@example.net"),
                             {}},
                  nullptr, patched.callback());
    ASSERT_TRUE(patched.wait());
    ASSERT_TRUE(patched.ok()) << patched.error().message.toStdString();
    EXPECT_EQ(patched.value().firstName, QStringLiteral("Rosa"));
    const auto patch = h.server().requestLog().last();
    EXPECT_EQ(patch.method, QByteArray("PATCH"));
    EXPECT_EQ(QJsonDocument::fromJson(patch.body).object().keys(),
              (QStringList{QStringLiteral("email"), QStringLiteral("firstName"),
                           QStringLiteral("lastName")}));

    CallWaiter<Done> removed;
    admins.remove(2, id, nullptr, removed.callback());
    ASSERT_TRUE(removed.wait());
    EXPECT_TRUE(removed.ok()) << "a 204 without a body is success";

    CallWaiter<QList<Admin>> list;
    admins.admins(2, nullptr, list.callback());
    ASSERT_TRUE(list.wait());
    EXPECT_EQ(list.value().size(), 3);

    CallWaiter<QList<Admin>> unknown;
    admins.admins(404, nullptr, unknown.callback());
    ASSERT_TRUE(unknown.wait());
    EXPECT_EQ(unknown.error().httpStatus, 404);
    EXPECT_TRUE(unknown.error().serverMessage.contains(QStringLiteral("404")));
}
