// Resources by type, who can reach a resource, the shares of a group edited in place and created
// one after another, and CSV export, against the sandbox.
#include "budgets.h"
#include "clientharness.h"
#include "models/access/accessengine.h"
#include "models/account/accountstate.h"
#include "models/account/resourcestates.h"
#include "models/activity/activitymodel.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/sharescontroller.h"
#include "models/groups/sharesmodel.h"
#include "models/resources/reachmodel.h"
#include "models/resources/resourcescontroller.h"
#include "models/resources/resourcesmodel.h"
#include "models/tableexport.h"
#include "models/users/userscontroller.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "quietworkspace.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class ResourcesTest : public ::testing::Test
{
protected:
    explicit ResourcesTest()
        : h([] {
            sandbox::SandboxOptions o = SandboxHarness::testOptions();
            o.requestDoneMs = 120;
            return o;
        }())
        , workspace(h.client())
    {}
    void SetUp() override
    {
        workspace.loadAll();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return workspace.users().rowCount() == 30 && workspace.groups().rowCount() == 6 &&
                       workspace.resources().resources().size() == 21 && isQuiet(workspace);
            },
            budget::kServerMs));
    }

    ClientHarness h;
    Workspace workspace;
};

} // namespace

TEST_F(ResourcesTest, ResourcesAreGroupedByTypeWithOwners)
{
    ResourcesModel &model = workspace.resources();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 7);
    for (int t = 0; t < model.rowCount(); ++t) {
        const QModelIndex type = model.index(t, 0);
        EXPECT_EQ(model.rowCount(type), 3);
        EXPECT_TRUE(type.data().toString().endsWith(QStringLiteral("(3)")));
        const QModelIndex first = model.index(0, 0, type);
        const sandbox::SbResource *r =
            h.state().resource(first.data(ResourcesModel::ResourceIdRole).toString());
        ASSERT_NE(r, nullptr);
        EXPECT_EQ(first.data().toString(), r->name);
        // The state in words for people, the API's spelling for files.
        const QModelIndex state = model.index(0, ResourcesModel::StateColumn, type);
        EXPECT_EQ(state.data(ExportValueRole).toString(), r->state);
        EXPECT_EQ(state.data().toString(), ResourceStates::label(r->state));
        EXPECT_NE(state.data().toString(), r->state) << "not in capitals";
        if (const sandbox::SbUser *owner = h.state().user(r->ownerId)) {
            EXPECT_TRUE(model.index(0, ResourcesModel::OwnerColumn, type)
                            .data()
                            .toString()
                            .contains(owner->email));
        }
    }
}

TEST_F(ResourcesTest, WhoCanReachAgreesWithTheSandboxsOwnersAdministratorsGroupsAnd2fa)
{
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return workspace.isEverythingLoaded() && workspace.accessEngine().isSettled(); },
        budget::kServerMs));
    ReachModel reach(workspace.accessEngine());
    QAbstractItemModelTester tester(&reach, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int blocked = 0, owners = 0;
    for (const QString &resourceId : h.state().resourceOrder()) {
        // What the sandbox says, path by path: the owner and every administrator with all
        // rights, the members of every sharing group with the share's; nothing at all on a
        // 2FA-protected resource for a user without active 2FA.
        const sandbox::SbResource &r = *h.state().resource(resourceId);
        QSet<QString> expected;
        auto add = [&](const QString &userId, const QString &through, bool edit, bool share) {
            const bool block = r.secAuthProtection && !h.state().user(userId)->secAuthActive;
            expected.insert(QStringLiteral("%1|%2|%3|%4|%5|%6")
                                .arg(userId, through)
                                .arg(!block)
                                .arg(!block && edit)
                                .arg(!block && share)
                                .arg(block));
        };
        for (const QString &groupId : h.state().groupsSharing(resourceId)) {
            const sandbox::SbShare share = *h.state().share(groupId, resourceId);
            for (const QString &userId : h.state().membersOf(groupId))
                add(userId, groupId, share.editPrivilege, share.sharePrivilege);
        }
        if (h.state().user(r.ownerId))
            add(r.ownerId, QStringLiteral("owner"), true, true);
        for (const QString &userId : h.state().userOrder()) {
            if (h.state().user(userId)->administrator)
                add(userId, QStringLiteral("administrator"), true, true);
        }
        reach.showResource(resourceId);
        QSet<QString> shown;
        for (int row = 0; row < reach.rowCount(); ++row) {
            const QString email = reach.index(row, ReachModel::EmailColumn).data().toString();
            QString userId;
            for (const QString &id : h.state().userOrder()) {
                if (h.state().user(id)->email == email)
                    userId = id;
            }
            const QString through = reach.index(row, ReachModel::ThroughColumn).data().toString();
            QString path = through.startsWith(QStringLiteral("Owner")) ? QStringLiteral("owner")
                           : through.startsWith(QStringLiteral("Administrator"))
                               ? QStringLiteral("administrator")
                               : QString();
            for (const QString &groupId : h.state().groupOrder()) {
                if (through == QStringLiteral("Group ") + h.state().group(groupId)->name)
                    path = groupId;
            }
            auto value = [&](int column) {
                return reach.index(row, column).data(ExportValueRole).toBool();
            };
            shown.insert(QStringLiteral("%1|%2|%3|%4|%5|%6")
                             .arg(userId, path)
                             .arg(value(ReachModel::ReadColumn))
                             .arg(value(ReachModel::EditColumn))
                             .arg(value(ReachModel::ShareColumn))
                             .arg(value(ReachModel::BlockedColumn)));
            blocked += value(ReachModel::BlockedColumn);
            owners += path == QStringLiteral("owner");
        }
        EXPECT_EQ(shown, expected) << resourceId.toStdString();
        EXPECT_EQ(reach.rowCount(), expected.size()) << "one row per path";
    }
    EXPECT_GT(blocked, 0) << "the sample data has users blocked by 2-factor protection";
    EXPECT_GT(owners, 0);
}

TEST_F(ResourcesTest, EditAndShareTogglesReachTheServer)
{
    QString groupId;
    for (int r = 0; r < workspace.groups().rowCount() && groupId.isEmpty(); ++r) {
        if (!h.state().sharesOf(workspace.groups().at(r).id).isEmpty())
            groupId = workspace.groups().at(r).id;
    }
    ASSERT_FALSE(groupId.isEmpty());
    SharesController &shares = workspace.shares();
    SharesModel &model = shares.shares();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    shares.showGroup(groupId);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model.rowCount() == h.state().sharesOf(groupId).size(); }, budget::kServerMs));
    const QString resourceId = model.index(0, 0).data(SharesModel::ResourceIdRole).toString();
    const bool editBefore = h.state().share(groupId, resourceId)->editPrivilege;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // The model asks; the shares panel says what it does and then has the controller make it.
    int asked = 0;
    QObject::connect(&model, &SharesModel::flagsEdited, &shares, [&](const GroupShare &wanted) {
        ++asked;
        shares.change(groupId, wanted);
    });
    ASSERT_TRUE(model.setData(model.index(0, SharesModel::EditColumn),
                              editBefore ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(model.index(0, 0).data(SharesModel::PendingRole).toBool());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !model.index(0, 0).data(SharesModel::PendingRole).toBool(); },
                        budget::kServerMs));
    EXPECT_EQ(h.state().share(groupId, resourceId)->editPrivilege, !editBefore);
    // The activity log names the resource and the group, not their ids.
    const QString target =
        workspace.activity().index(0, ActivityModel::TargetColumn).data().toString();
    EXPECT_TRUE(target.contains(h.state().resource(resourceId)->name)) << target.toStdString();
    EXPECT_TRUE(target.contains(h.state().group(groupId)->name)) << target.toStdString();
    EXPECT_FALSE(target.contains(resourceId)) << target.toStdString();
    EXPECT_EQ(model.index(0, SharesModel::EditColumn).data(Qt::CheckStateRole).toInt() ==
                  Qt::Checked,
              !editBefore);
    ASSERT_TRUE(
        model.setData(model.index(0, SharesModel::ShareColumn), Qt::Checked, Qt::CheckStateRole));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return h.state().share(groupId, resourceId)->sharePrivilege; }, budget::kServerMs));
    EXPECT_EQ(model.index(0, SharesModel::ReadColumn).data(Qt::CheckStateRole).toInt(),
              int(Qt::Checked));
    EXPECT_FALSE(model.flags(model.index(0, SharesModel::ReadColumn)) & Qt::ItemIsUserCheckable)
        << "read is the share itself";
}

TEST_F(ResourcesTest, SeveralSharesForOneGroupAreCreatedOneAfterAnother)
{
    const QString groupId = workspace.groups().at(0).id;
    QList<GroupShare> wanted;
    for (const QString &id : h.state().resourceOrder()) {
        if (!h.state().share(groupId, id) && wanted.size() < 4)
            wanted << GroupShare{id, wanted.size() % 2 == 0, false};
    }
    ASSERT_EQ(wanted.size(), 4);
    const int before = int(h.state().sharesOf(groupId).size());
    SharesController &shares = workspace.shares();
    shares.showGroup(groupId);
    QSignalSpy progress(&shares, &SharesController::bulkProgress);
    QSignalSpy finished(&shares, &SharesController::bulkFinished);
    h.server().clearRequestLog();
    shares.add(groupId, wanted);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, budget::kServerMs));
    const auto results = finished.last().at(0).value<QList<ItemResult>>();
    ASSERT_EQ(results.size(), 4);
    for (const ItemResult &r : results)
        EXPECT_TRUE(r.ok) << r.message.toStdString();
    EXPECT_EQ(int(h.state().sharesOf(groupId).size()), before + 4);
    EXPECT_TRUE(h.state().share(groupId, wanted[0].resourceId)->editPrivilege);
    EXPECT_FALSE(h.state().share(groupId, wanted[1].resourceId)->editPrivilege);
    EXPECT_EQ(progress.last().at(0).toInt(), 4);
    // Never two creations on the group at once: each POST came after the previous was DONE.
    int posts = 0;
    for (const auto &r : h.server().requestLog())
        posts += r.method == "POST";
    EXPECT_EQ(posts, 4) << "none was refused and sent again";
    EXPECT_EQ(workspace.shares().shares().rowCount(), before + 4);
}

TEST(ResourcesModel, AnyOtherTypeTheServerListsGetsItsOwnNode)
{
    AccountState state;
    ResourcesModel model(state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Resource dc;
    dc.id = QStringLiteral("d1");
    dc.type = QStringLiteral("datacenter");
    dc.name = QStringLiteral("prod");
    Resource other;
    other.id = QStringLiteral("x1");
    other.type = QStringLiteral("networkloadbalancer");
    other.name = QStringLiteral("edge");
    state.setResources({dc, other});
    ASSERT_EQ(model.rowCount(), 8);
    const QModelIndex last = model.index(7, 0);
    EXPECT_EQ(last.data(ResourcesModel::TypeRole).toString(),
              QStringLiteral("networkloadbalancer"));
    EXPECT_EQ(model.rowCount(last), 1);
    EXPECT_EQ(model.index(0, 0, last).data().toString(), QStringLiteral("edge"));
    EXPECT_EQ(model.index(0, ResourcesModel::OwnerColumn, last).data().toString(),
              QStringLiteral("Contract owner"));
    EXPECT_EQ(model.resource(QStringLiteral("x1"))->name, QStringLiteral("edge"));
}
