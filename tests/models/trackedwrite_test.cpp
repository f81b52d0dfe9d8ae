// The one protocol every write of the console goes through, against the sandbox: each of the
// writes (users, groups, shares, admins, members) that fails can be retried from the activity
// log, an uncertain outcome is settled by reading back with the value found, cancelling the
// call stops the read-back too, and the caller hears the outcome by one rule.
#include "activitywait.h"
#include "budgets.h"
#include "clientharness.h"
#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/membershipcontroller.h"
#include "models/groups/sharescontroller.h"
#include "models/reseller/adminscontroller.h"
#include "models/reseller/adminsmodel.h"
#include "models/trackedwrite.h"
#include "models/users/userscontroller.h"
#include "models/users/usersmodel.h"
#include "sampledrafts.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;
using sandbox::Fault;

namespace {

class TrackedWriteTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        state.users().reset(userList());
        QList<Group> list;
        for (const QString &id : h.state().groupOrder()) {
            Group g;
            g.id = id;
            g.name = h.state().group(id)->name;
            list << g;
        }
        state.groups().reset(list);
        contract = h.state().contracts().first();
        admins.showContract(contract);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return admins.admins().rowCount() > 0; }, budget::kServerMs));
    }

    QList<User> userList() const
    {
        QList<User> list;
        for (const QString &id : h.state().userOrder()) {
            User u;
            u.id = id;
            u.email = h.state().user(id)->email;
            list << u;
        }
        return list;
    }

    ActivityModel::Status lastOutcome() { return ::lastOutcome(activity); }

    bool retryable(int row) const
    {
        return activity.index(row, 0).data(ActivityModel::RetryableRole).toBool();
    }

    int requestsTo(const QByteArray &method, const QString &pathPart)
    {
        int count = 0;
        for (const auto &r : h.sandbox().server().requestLog())
            count += r.method == method && r.path.contains(pathPart) ? 1 : 0;
        return count;
    }

    // Reads of the whole user list: each begins with its first page.
    int userListReads()
    {
        int count = 0;
        for (const auto &r : h.sandbox().server().requestLog())
            count += r.method == "GET" && r.path.endsWith(QStringLiteral("/um/users")) &&
                             r.query.contains(QStringLiteral("offset=0"))
                         ? 1
                         : 0;
        return count;
    }

    ClientHarness h;
    ActivityModel activity;
    AccountState state;
    UsersModel users{state.users()};
    GroupsModel groups{state};
    UsersController usersController{h.client(), state, activity};
    GroupsController groupsController{h.client(), state, activity};
    MembershipController membership{h.client(), state, activity};
    SharesController shares{h.client(), state, activity};
    AdminsController admins{h.client(), state, activity};
    qint64 contract = 0;
};

} // namespace

TEST_F(TrackedWriteTest, EveryWriteThatFailsCanBeRetriedFromTheActivityLog)
{
    const QString userId = h.state().userOrder().first();
    const QString groupId = h.state().groupOrder().first();
    const sandbox::SbShare shared = h.state().sharesOf(groupId).first();
    const QString unshared = [&] {
        for (const QString &id : h.state().resourceOrder()) {
            if (!h.state().share(groupId, id))
                return id;
        }
        return QString();
    }();
    ASSERT_FALSE(unshared.isEmpty());
    const qint64 adminId = admins.admins().index(0, 0).data(AdminsModel::AdminIdRole).toLongLong();
    const QString member = h.state().membersOf(groupId).first();
    User nonMember;
    for (const User &u : userList()) {
        if (!h.state().isMember(groupId, u.id)) {
            nonMember = u;
            break;
        }
    }

    GroupChange rename;
    rename.name = QStringLiteral("Renamed");
    GroupShare share{shared.resourceId, !shared.editPrivilege, shared.sharePrivilege};
    const QList<std::pair<QByteArray, std::function<void()>>> writes{
        {"POST",
         [&] {
             usersController.create(sampleUserDraft(QStringLiteral("gh@example.com")), nullptr);
         }},
        {"PUT",
         [&] {
             usersController.update(userId, sampleUserDraft(QStringLiteral("x@example.com")),
                                    nullptr);
         }},
        {"DELETE", [&] { usersController.remove({userId}); }},
        {"POST", [&] { groupsController.create(QStringLiteral("Auditors"), {}, nullptr); }},
        {"PUT", [&] { groupsController.update(groupId, rename, nullptr); }},
        {"DELETE", [&] { groupsController.remove({groupId}); }},
        {"PUT", [&] { shares.change(groupId, share); }},
        {"POST",
         [&] {
             shares.add(groupId, {GroupShare{unshared, false, false}});
         }},
        {"DELETE", [&] { shares.remove(groupId, {shared.resourceId}); }},
        {"POST",
         [&] { admins.create(sampleAdminDraft(QStringLiteral("al@example.com")), nullptr, {}); }},
        {"PATCH",
         [&] {
             admins.update(adminId, sampleAdminDraft(QStringLiteral("y@example.com")), nullptr, {});
         }},
        {"DELETE", [&] { admins.remove(adminId, nullptr, {}); }},
        {"POST", [&] { membership.add(groupId, {nonMember}); }},
        {"DELETE", [&] { membership.remove(groupId, {*users.user(member)}); }},
    };
    for (const auto &[method, write] : writes) {
        // 403: refused outright, nothing uncertain about it.
        h.server().injectFaultFor(method, Fault::Forbidden);
        write();
        EXPECT_EQ(lastOutcome(), ActivityModel::Status::Failed)
            << activity.rowCount() << ": " << method.constData();
    }
    ASSERT_EQ(activity.rowCount(), int(writes.size()));
    for (int row = 0; row < activity.rowCount(); ++row)
        EXPECT_TRUE(retryable(row))
            << "entry " << row << ": "
            << activity.index(row, ActivityModel::ChangeColumn).data().toString().toStdString();

    // Retrying the share change and the admin change, which once could not be retried, now
    // makes them.
    ASSERT_TRUE(activity.retry(6));
    EXPECT_EQ(lastOutcome(), ActivityModel::Status::Done);
    EXPECT_EQ(h.state().share(groupId, shared.resourceId)->editPrivilege, share.editPrivilege);
    ASSERT_TRUE(activity.retry(10));
    EXPECT_EQ(lastOutcome(), ActivityModel::Status::Done);
    EXPECT_EQ(h.state().admin(contract, adminId)->email, QStringLiteral("y@example.com"));
}

TEST_F(TrackedWriteTest, AnUncertainCreateIsSettledWithTheUserTheReadBackFound)
{
    // The connection drops after the sandbox accepted the create: the answer is lost.
    h.server().injectFaultFor("POST", Fault::DroppedConnection);
    std::optional<Result<User>> result;
    usersController.create(sampleUserDraft(QStringLiteral("lost@example.com")), nullptr,
                           [&](const Result<User> &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, budget::kServerMs));
    ASSERT_TRUE(result->ok()) << result->error().message.toStdString();
    const QString id = result->value().id;
    ASSERT_NE(h.state().user(id), nullptr);
    EXPECT_EQ(h.state().user(id)->email, QStringLiteral("lost@example.com"));
    EXPECT_GE(users.rowOf(id), 0);
    EXPECT_EQ(activity.status(1), ActivityModel::Status::Done);
    EXPECT_EQ(requestsTo("POST", QStringLiteral("/um/users")), 1) << "never sent twice";
}

TEST_F(TrackedWriteTest, CancellingTheCallStopsItsReadBack)
{
    // A 500 leaves the outcome uncertain and the user was not made: the write reads back.
    h.server().injectFaultFor("POST", Fault::ServerError);
    std::optional<Result<User>> result;
    QPointer<ApiCall> call =
        usersController.create(sampleUserDraft(QStringLiteral("never@example.com")), nullptr,
                               [&](const Result<User> &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return userListReads() > 0; }, budget::kServerMs));
    ASSERT_FALSE(result.has_value()) << "still reading back";
    ASSERT_TRUE(call);
    call->cancel();
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->error().kind, ApiError::Kind::Cancelled);
    const int reads = userListReads();
    QTest::qWait(TrackedWrite::kFirstWaitMs * 4);
    EXPECT_EQ(userListReads(), reads) << "no read after cancel";
    EXPECT_EQ(activity.status(1), ActivityModel::Status::Failed);
    EXPECT_TRUE(retryable(0));
}

TEST_F(TrackedWriteTest, AnUncertainOutcomeThatDidNotHappenEndsAsTheFirstError)
{
    h.server().injectFaultFor("POST", Fault::ServerError);
    std::optional<Result<User>> result;
    usersController.create(sampleUserDraft(QStringLiteral("never@example.com")), nullptr,
                           [&](const Result<User> &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, budget::kServerMs));
    ASSERT_FALSE(result->ok());
    EXPECT_EQ(result->error().httpStatus, 500);
    EXPECT_EQ(userListReads(), TrackedWrite::kLooks) << "read back a few times";
}

TEST_F(TrackedWriteTest, TheCallerHearsTheOutcomeOnlyWhileItExists)
{
    const QList<QString> ids = h.state().userOrder();
    bool heardByGone = false;
    bool heardWithoutCaller = false;
    {
        QObject caller;
        usersController.update(ids.at(0), sampleUserDraft(QStringLiteral("a@example.com")), &caller,
                               [&](const Result<User> &) { heardByGone = true; });
    }
    usersController.update(ids.at(1), sampleUserDraft(QStringLiteral("b@example.com")), nullptr,
                           [&](const Result<User> &) { heardWithoutCaller = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return heardWithoutCaller; }, budget::kServerMs));
    EXPECT_EQ(lastOutcome(), ActivityModel::Status::Done);
    EXPECT_EQ(activity.status(1), ActivityModel::Status::Done) << "the write still ran";
    EXPECT_FALSE(heardByGone);
    EXPECT_EQ(users.user(ids.at(0))->email, QStringLiteral("a@example.com"));
}

TEST_F(TrackedWriteTest, TheRowIsPendingWhileItsWriteRunsAndTheRequestIdIsShown)
{
    const QString id = h.state().userOrder().first();
    const int row = users.rowOf(id);
    usersController.update(id, sampleUserDraft(QStringLiteral("p@example.com")), nullptr);
    EXPECT_TRUE(users.index(row, 0).data(UsersModel::PendingRole).toBool());
    EXPECT_EQ(lastOutcome(), ActivityModel::Status::Done);
    EXPECT_FALSE(users.index(row, 0).data(UsersModel::PendingRole).toBool());
    EXPECT_FALSE(activity.index(0, ActivityModel::RequestColumn).data().toString().isEmpty());
}
