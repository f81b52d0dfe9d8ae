// The groups table under the model tester, and the groups and membership controllers against
// the sandbox: counts, create, change, delete, and bulk membership with per-item results.
#include "budgets.h"
#include "clientharness.h"
#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/membershipcontroller.h"
#include "models/users/usersmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

Group group(const QString &id, const QString &name, int granted)
{
    Group g;
    g.id = id;
    g.name = name;
    for (int i = 0; i < granted; ++i)
        g.privileges.setAt(i, true);
    return g;
}

User asUser(const sandbox::SbUser &u)
{
    User user;
    user.id = u.id;
    user.email = u.email;
    user.firstname = u.firstname;
    user.lastname = u.lastname;
    return user;
}

class GroupsControllerTest : public ::testing::Test
{
protected:
    ClientHarness h{[] {
        sandbox::SandboxOptions o = SandboxHarness::testOptions();
        o.requestDoneMs = 100;
        return o;
    }()};
    AccountState state;
    GroupsModel model{state};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    ActivityModel activity;
    GroupsController controller{h.client(), state, activity};
    // Who the members are: nobody by name here (no users are loaded), the ids are enough.
    MembershipController membership{h.client(), state, activity};

    void load()
    {
        controller.load();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                if (controller.isLoading() || model.rowCount() == 0)
                    return false;
                for (int row = 0; row < model.rowCount(); ++row) {
                    if (model.index(row, GroupsModel::MembersColumn)
                                .data(GroupsModel::SortRole)
                                .toInt() < 0 ||
                        model.index(row, GroupsModel::SharesColumn)
                                .data(GroupsModel::SortRole)
                                .toInt() < 0)
                        return false;
                }
                return true;
            },
            budget::kServerMs));
    }

    QList<User> nonMembers(const QString &groupId, int count)
    {
        QList<User> users;
        for (const QString &id : h.state().userOrder()) {
            if (!h.state().isMember(groupId, id) && users.size() < count)
                users << asUser(*h.state().user(id));
        }
        return users;
    }
};

} // namespace

TEST(GroupsModel, CountsPendingAndSingleChanges)
{
    AccountState state;
    GroupsModel model(state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    state.groups().reset({group(QStringLiteral("g1"), QStringLiteral("Ops"), 3),
                          group(QStringLiteral("g2"), QStringLiteral("Dev"), 0)});
    EXPECT_EQ(model.index(0, GroupsModel::MembersColumn).data().toString(),
              QStringLiteral("loading…"));
    EXPECT_EQ(model.index(0, GroupsModel::PrivilegesColumn).data().toString(),
              QStringLiteral("3 of 25"));
    EXPECT_EQ(model.index(1, GroupsModel::PrivilegesColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("No privileges"));
    // The counts are the state's: a change there is a change of that one cell.
    state.setMembers(QStringLiteral("g1"), QStringList{QStringLiteral("u1"), QStringLiteral("u2")});
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).toModelIndex().column(), int(GroupsModel::MembersColumn));
    EXPECT_EQ(changed.last().at(0).toModelIndex().row(), 0);
    state.addMember(QStringLiteral("g1"), QStringLiteral("u3"));
    EXPECT_EQ(model.index(0, GroupsModel::MembersColumn).data().toInt(), 3);
    state.removeUser(QStringLiteral("u1"));
    EXPECT_EQ(model.index(0, GroupsModel::MembersColumn).data().toInt(), 2);
    state.addGroup(group(QStringLiteral("g3"), QStringLiteral("New"), 1));
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.index(2, GroupsModel::MembersColumn).data().toInt(), 0);
    EXPECT_EQ(model.index(2, GroupsModel::SharesColumn).data().toInt(), 0);
    state.removeGroup(QStringLiteral("g1"));
    EXPECT_EQ(model.rowOf(QStringLiteral("g3")), 1);
    EXPECT_TRUE(model.flags(model.index(0, 0)) & Qt::ItemIsDropEnabled);
}

TEST_F(GroupsControllerTest, LoadsGroupsWithTheirCounts)
{
    load();
    ASSERT_EQ(model.rowCount(), 6);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.at(row).id;
        EXPECT_EQ(model.index(row, GroupsModel::MembersColumn).data().toInt(),
                  h.state().membersOf(id).size());
        EXPECT_EQ(model.index(row, GroupsModel::SharesColumn).data().toInt(),
                  h.state().sharesOf(id).size());
    }
}

TEST_F(GroupsControllerTest, CreateWithChosenPrivilegesReadsBackFromTheServer)
{
    load();
    GroupPrivileges privileges;
    privileges.set(QStringLiteral("createK8sCluster"), true);
    privileges.set(QStringLiteral("accessAndManageDns"), true);
    std::optional<Result<Group>> result;
    controller.create(QStringLiteral("Platform"), privileges, nullptr,
                      [&](const Result<Group> &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, budget::kServerMs));
    ASSERT_TRUE(result->ok()) << result->error().message.toStdString();
    const sandbox::SbGroup *stored = h.state().group(result->value().id);
    ASSERT_NE(stored, nullptr);
    EXPECT_TRUE(stored->privileges.value(QStringLiteral("createK8sCluster")));
    EXPECT_TRUE(stored->privileges.value(QStringLiteral("accessAndManageDns")));
    EXPECT_FALSE(stored->privileges.value(QStringLiteral("createDatacenter")));
    EXPECT_EQ(model.rowCount(), 7);
}

TEST_F(GroupsControllerTest, RenamingKeepsThePrivileges)
{
    load();
    const Group before = model.at(2);
    GroupChange change;
    change.name = QStringLiteral("Renamed");
    std::optional<Result<Group>> result;
    controller.update(before.id, change, nullptr, [&](const Result<Group> &r) { result = r; });
    EXPECT_TRUE(model.index(2, 0).data(GroupsModel::PendingRole).toBool());
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, budget::kServerMs));
    ASSERT_TRUE(result->ok());
    EXPECT_EQ(model.at(2).name, QStringLiteral("Renamed"));
    EXPECT_EQ(model.at(2).privileges, before.privileges);
    EXPECT_EQ(h.state().group(before.id)->name, QStringLiteral("Renamed"));
}

TEST_F(GroupsControllerTest, AddingSeveralMembersWithOneFailingReportsEach)
{
    load();
    const QString groupId = model.at(0).id;
    membership.showGroup(groupId);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return membership.members().rowCount() == h.state().membersOf(groupId).size(); },
        budget::kServerMs));
    QList<User> users = nonMembers(groupId, 4);
    ASSERT_EQ(users.size(), 4);
    // One of them is already a member: the server answers 422 with its words.
    users << asUser(*h.state().user(h.state().membersOf(groupId).first()));
    const int before = membership.members().rowCount();
    QSignalSpy progress(&membership, &MembershipController::bulkProgress);
    QSignalSpy finished(&membership, &MembershipController::bulkFinished);
    membership.add(groupId, users);
    ASSERT_TRUE(finished.wait(budget::kServerMs));
    const auto results = finished.last().at(0).value<QList<ItemResult>>();
    ASSERT_EQ(results.size(), 5);
    EXPECT_EQ(
        std::count_if(results.begin(), results.end(), [](const ItemResult &r) { return r.ok; }), 4);
    const auto failed =
        std::find_if(results.begin(), results.end(), [](const ItemResult &r) { return !r.ok; });
    EXPECT_TRUE(failed->message.contains(QStringLiteral("already a member")))
        << failed->message.toStdString();
    EXPECT_EQ(progress.last().at(0).toInt(), 5);
    EXPECT_EQ(membership.members().rowCount(), before + 4);
    EXPECT_EQ(h.state().membersOf(groupId).size(), before + 4);
    EXPECT_EQ(state.memberCount(groupId), before + 4);
}

TEST_F(GroupsControllerTest, RemovingSeveralMembers)
{
    load();
    QString groupId;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (h.state().membersOf(model.at(row).id).size() >= 2)
            groupId = model.at(row).id;
    }
    ASSERT_FALSE(groupId.isEmpty());
    membership.showGroup(groupId);
    const QStringList memberIds = h.state().membersOf(groupId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return membership.members().rowCount() == memberIds.size(); },
                                budget::kServerMs));
    QSignalSpy finished(&membership, &MembershipController::bulkFinished);
    membership.remove(
        groupId, {asUser(*h.state().user(memberIds[0])), asUser(*h.state().user(memberIds[1]))});
    ASSERT_TRUE(finished.wait(budget::kServerMs));
    EXPECT_EQ(membership.members().rowCount(), memberIds.size() - 2);
    EXPECT_EQ(h.state().membersOf(groupId).size(), memberIds.size() - 2);
}

TEST_F(GroupsControllerTest, CancellingABulkAddLeavesAConsistentReport)
{
    load();
    const QString groupId = model.at(1).id;
    const QList<User> users = nonMembers(groupId, 15);
    ASSERT_EQ(users.size(), 15);
    h.reconfigure([](ConnectionSettings &s) { s.maxConcurrency = 2; });
    QSignalSpy finished(&membership, &MembershipController::bulkFinished);
    QSignalSpy progress(&membership, &MembershipController::bulkProgress);
    membership.add(groupId, users);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !progress.isEmpty() && progress.last().at(0).toInt() >= 3; },
                        budget::kServerMs));
    membership.cancelBulk();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, budget::kServerMs))
        << "progress " << progress.last().at(0).toInt() << " running "
        << membership.isBulkRunning();
    const auto results = finished.last().at(0).value<QList<ItemResult>>();
    ASSERT_EQ(results.size(), 15);
    // Nothing sent was cut off: what the report says is what the group shows, item by item.
    for (int i = 0; i < users.size(); ++i) {
        EXPECT_EQ(results.at(i).ok, h.state().isMember(groupId, users.at(i).id))
            << users.at(i).email.toStdString() << ": " << results.at(i).message.toStdString();
        EXPECT_TRUE(results.at(i).ok || results.at(i).cancelled)
            << results.at(i).message.toStdString();
        if (results.at(i).cancelled) {
            EXPECT_TRUE(results.at(i).message.contains(QStringLiteral("nothing was changed")))
                << results.at(i).message.toStdString();
        }
    }
    const int reportedOk = int(
        std::count_if(results.begin(), results.end(), [](const ItemResult &r) { return r.ok; }));
    EXPECT_GE(reportedOk, 3);
    EXPECT_LT(reportedOk, 15);
}
