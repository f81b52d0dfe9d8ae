// The account state is the one copy of the loaded account: the tables show it, effective access
// and snapshots share it, and the outcome of a write changes it once, after which every reader
// sees the same thing.
#include "budgets.h"
#include "clientharness.h"
#include "models/access/accessengine.h"
#include "models/access/effectiveaccess.h"
#include "models/account/accountstate.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/privilegematrixmodel.h"
#include "models/reseller/adminscontroller.h"
#include "models/reseller/adminsmodel.h"
#include "models/resources/resourcesmodel.h"
#include "models/users/userscontroller.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "network/privileges.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class AccountStore : public ::testing::Test
{
protected:
    void SetUp() override
    {
        workspace.loadAll();
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return workspace.isEverythingLoaded(); }, budget::kServerMs));
    }

    // Waits for a write's outcome; true when it succeeded.
    template <typename T> static bool settled(std::optional<Result<T>> &outcome)
    {
        return QTest::qWaitFor([&] { return outcome.has_value(); }, budget::kServerMs) &&
               outcome->ok();
    }

    // A resource whose owner is a user of the account.
    QString resourceOwnedByAUser() const
    {
        for (const QString &id : h.state().resourceOrder()) {
            const QString owner = h.state().resource(id)->ownerId;
            if (!owner.isEmpty() && h.state().user(owner))
                return id;
        }
        return {};
    }

    // Effective access once it has been made again with every change so far (it follows a
    // quarter of a second after the last, on a worker thread).
    const EffectiveAccess &settledAccess()
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return workspace.accessEngine().isSettled(); },
                                    budget::kServerMs));
        return workspace.accessEngine().current();
    }

    QModelIndex resourceIndex(const QString &resourceId, int column)
    {
        ResourcesModel &model = workspace.resources();
        for (int t = 0; t < model.rowCount(); ++t) {
            const QModelIndex type = model.index(t, 0);
            for (int r = 0; r < model.rowCount(type); ++r) {
                if (model.index(r, 0, type).data(ResourcesModel::ResourceIdRole) == resourceId)
                    return model.index(r, column, type);
            }
        }
        return {};
    }

    ClientHarness h;
    Workspace workspace{h.client()};
};

} // namespace

TEST_F(AccountStore, TheTablesAndEffectiveAccessShowTheStateWithoutACopyOfTheirOwn)
{
    const AccountState &state = workspace.state();
    EXPECT_EQ(workspace.users().rowCount(), state.users().size());
    EXPECT_EQ(state.users().size(), int(h.state().userOrder().size()));
    EXPECT_EQ(workspace.groups().rowCount(), state.groups().size());
    EXPECT_EQ(state.groups().size(), int(h.state().groupOrder().size()));
    EXPECT_EQ(workspace.resources().resources().size(), state.resources().size());
    EXPECT_EQ(state.resources().size(), int(h.state().resourceOrder().size()));
    // The facts effective access is built from are the state's own lists, shared, not copied.
    const AccessFacts facts = workspace.accessFacts();
    EXPECT_EQ(facts.users.constData(), state.users().all().constData());
    EXPECT_EQ(facts.groups.constData(), state.groups().all().constData());
    EXPECT_EQ(facts.resources.constData(), state.resources().all().constData());
}

TEST_F(AccountStore, AUsersChangeIsAppliedOnceAndEveryReaderSeesIt)
{
    const QString resourceId = resourceOwnedByAUser();
    ASSERT_FALSE(resourceId.isEmpty());
    const QString userId = h.state().resource(resourceId)->ownerId;
    const User before = *workspace.state().users().find(userId);
    QSignalSpy stateChanged(&workspace.state().users().notifier(), &RowsNotifier::changed);
    QSignalSpy rowChanged(&workspace.users(), &QAbstractItemModel::dataChanged);
    QSignalSpy rowsReset(&workspace.users(), &QAbstractItemModel::modelReset);

    UserDraft draft = UserDraft::of(before);
    draft.lastname = QStringLiteral("Renamed-Once");
    std::optional<Result<User>> outcome;
    workspace.usersController().update(userId, draft, nullptr,
                                       [&](const Result<User> &r) { outcome = r; });
    ASSERT_TRUE(settled(outcome));

    EXPECT_EQ(stateChanged.count(), 1) << "the outcome is applied once";
    EXPECT_EQ(rowsReset.count(), 0);
    const int row = workspace.users().rowOf(userId);
    EXPECT_EQ(workspace.users().index(row, UsersModel::LastNameColumn).data().toString(),
              draft.lastname);
    const User *seen = settledAccess().user(userId);
    ASSERT_NE(seen, nullptr);
    EXPECT_EQ(seen->lastname, draft.lastname) << "effective access reads the same state";
    EXPECT_TRUE(resourceIndex(resourceId, ResourcesModel::OwnerColumn)
                    .data()
                    .toString()
                    .contains(draft.lastname))
        << "the owner column names the user as the state has them now";
    // The pending mark was on the state's row, and is gone.
    EXPECT_FALSE(workspace.state().users().isPending(userId));
    EXPECT_GE(rowChanged.count(), 1);
}

TEST_F(AccountStore, AGroupsPrivilegesChangeOnceForTheTableTheMatrixAndEffectiveAccess)
{
    const QString groupId = h.state().groupOrder().first();
    const Group before = *workspace.state().groups().find(groupId);
    const Privilege &privilege = Privileges::all().at(3);
    const bool wanted = !before.privileges.value(privilege.key);
    QSignalSpy stateChanged(&workspace.state().groups().notifier(), &RowsNotifier::changed);

    GroupChange change;
    change.privileges.insert(privilege.key, wanted);
    std::optional<Result<Group>> outcome;
    workspace.groupsController().update(groupId, change, nullptr,
                                        [&](const Result<Group> &r) { outcome = r; });
    ASSERT_TRUE(settled(outcome));

    EXPECT_EQ(stateChanged.count(), 1) << "the outcome is applied once";
    EXPECT_EQ(workspace.groups().group(groupId)->privileges.value(privilege.key), wanted);
    const int row = workspace.groups().rowOf(groupId);
    EXPECT_EQ(workspace.matrix().index(row, 3).data(Qt::CheckStateRole).toInt() == Qt::Checked,
              wanted);
    const Group *seen = settledAccess().group(groupId);
    ASSERT_NE(seen, nullptr);
    EXPECT_EQ(seen->privileges.value(privilege.key), wanted);
}

TEST_F(AccountStore, ADeletedUserLeavesTheTableAndEveryGroupAtOnce)
{
    QString userId;
    QString groupId;
    for (const QString &g : h.state().groupOrder()) {
        if (!h.state().membersOf(g).isEmpty()) {
            groupId = g;
            userId = h.state().membersOf(g).first();
            break;
        }
    }
    ASSERT_FALSE(userId.isEmpty());
    const int members = workspace.state().memberCount(groupId);
    QSignalSpy removed(&workspace.users(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy finished(&workspace.usersController(), &UsersController::userDeleted);

    workspace.usersController().remove({userId});
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, budget::kServerMs));

    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(workspace.state().users().rowOf(userId), -1);
    EXPECT_FALSE(workspace.state().membersOf(groupId).contains(userId));
    EXPECT_EQ(workspace.state().memberCount(groupId), members - 1);
    EXPECT_EQ(workspace.groups()
                  .index(workspace.groups().rowOf(groupId), GroupsModel::MembersColumn)
                  .data(GroupsModel::SortRole)
                  .toInt(),
              members - 1);
    EXPECT_EQ(settledAccess().user(userId), nullptr);
}

TEST_F(AccountStore, TheAdminsShownAreTheStatesContractsAdmins)
{
    const qint64 contract = h.state().contracts().first();
    AdminsController &admins = workspace.admins();
    QSignalSpy loaded(&admins, &AdminsController::loaded);
    admins.showContract(contract);
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() == 1; }, budget::kServerMs));
    EXPECT_EQ(workspace.state().adminsContract(), contract);
    EXPECT_EQ(admins.admins().rowCount(), workspace.state().admins().size());
    EXPECT_EQ(workspace.state().admins().size(), int(h.state().admins(contract).size()));

    admins.showContract(0);
    EXPECT_EQ(workspace.state().admins().size(), 0) << "another contract's admins do not linger";
    EXPECT_EQ(admins.admins().rowCount(), 0);
}
