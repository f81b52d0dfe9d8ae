// Undo from the Activity log: each bulk change (deleting users or groups, adding members,
// applying the matrix, sharing or unsharing resources, a restore) is one entry that keeps the
// state before it; Undo puts back what it changed, with the same preview and report as a
// restore, and leaves alone what was changed since by other means. And a restore stopped midway
// does only what is left when it runs again.
#include "budgets.h"
#include "models/activity/activitymodel.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/membershipcontroller.h"
#include "models/groups/privilegematrixmodel.h"
#include "models/groups/sharescontroller.h"
#include "models/restore/restorereportmodel.h"
#include "models/restore/restorerunner.h"
#include "models/restore/snapshottaker.h"
#include "models/snapshot/restoreplan.h"
#include "models/snapshot/snapshotdiff.h"
#include "models/users/userscontroller.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "network/privileges.h"
#include "signedinscreen.h"
#include "ui/activitydock.h"
#include "ui/mainwindow.h"
#include "ui/snapshot/restoredialog.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class UndoFromActivity : public SignedInScreen
{
protected:
    UndoFromActivity()
        : SignedInScreen(Start::EverythingLoaded)
    {}

    void SetUp() override
    {
        SignedInScreen::SetUp();
        if (HasFatalFailure())
            return;
        ws = window->workspace();
        dock = window->findChild<ActivityDock *>();
        ASSERT_NE(dock, nullptr);
        dock->setExpanded(true);
    }

    // The activity entry of the bulk change named, selected; its Undo pressed, the dialog's
    // writes confirmed (with passwords typed when it asks), and the run awaited.
    void undo(const QString &change)
    {
        RestoreDialog *dialog = SignedInWindow::openUndo(window, change);
        ASSERT_NE(dialog, nullptr);
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Undo: %1").arg(change));
        EXPECT_EQ(restore->text(), QStringLiteral("&Undo…"));
        for (QLineEdit *password :
             dialog->findChildren<QLineEdit *>(QStringLiteral("passwordEdit")))
            QTest::keyClicks(password, QStringLiteral("a-New-passw0rd!"));
        QTest::mouseClick(restore, Qt::LeftButton);
        ASSERT_TRUE(SignedInWindow::confirm(dialog, "confirmRestore"));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return !dialog->isRunning() && dialog->report()->rowCount() > 0 &&
                       dialog->report()->outcome(0).state != RestoreOutcome::State::Waiting;
            },
            budget::kServerMs));
        for (int r = 0; r < dialog->report()->rowCount(); ++r)
            EXPECT_EQ(dialog->report()->outcome(r).state, RestoreOutcome::State::Done)
                << dialog->report()->index(r, 0).data().toString().toStdString() << ": "
                << dialog->report()->outcome(r).message.toStdString();
        undoneSteps = dialog->report()->rowCount();
        dialog->close();
    }

    Workspace *ws = nullptr;
    ActivityDock *dock = nullptr;
    int undoneSteps = 0;
};

TEST_F(UndoFromActivity, DeletedUsersComeBackWithTheirMemberships)
{
    const auto &state = console.sandbox().state();
    // Two users who are in groups.
    QList<User> doomed;
    for (const User &u : ws->users().users()) {
        bool member = false;
        for (const QString &g : state.groupOrder())
            member = member || state.membersOf(g).contains(u.id);
        if (!u.administrator && member && doomed.size() < 2)
            doomed << u;
    }
    ASSERT_EQ(doomed.size(), 2);
    QHash<QString, QStringList> groupsOf;
    for (const User &u : doomed) {
        for (const QString &g : state.groupOrder()) {
            if (state.membersOf(g).contains(u.id))
                groupsOf[u.email] << g;
        }
    }
    bool done = false;
    ws->usersController().remove({doomed[0].id, doomed[1].id},
                                 [&](const QList<ItemResult> &) { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, budget::kServerMs));
    ASSERT_EQ(state.userByEmail(doomed[0].email), nullptr);

    undo(QStringLiteral("Delete users"));
    for (const User &u : doomed) {
        const sandbox::SbUser *back = state.userByEmail(u.email);
        ASSERT_NE(back, nullptr) << u.email.toStdString();
        EXPECT_EQ(back->lastname, u.lastname);
        QStringList groups;
        for (const QString &g : state.groupOrder()) {
            if (state.membersOf(g).contains(back->id))
                groups << g;
        }
        EXPECT_FALSE(groups.isEmpty());
        EXPECT_EQ(groups, groupsOf.value(u.email)) << "memberships too";
    }
}

TEST_F(UndoFromActivity, MembersSharesAndTheMatrixGoBackAndLaterChangesStay)
{
    const auto &state = console.sandbox().state();
    const Group group = ws->groups().at(0);
    QList<User> newcomers;
    for (const User &u : ws->users().users()) {
        if (!state.membersOf(group.id).contains(u.id) && newcomers.size() < 3)
            newcomers << u;
    }
    const QStringList membersBefore = state.membersOf(group.id);
    bool done = false;
    ws->membership().add(group.id, newcomers, [&](const QList<ItemResult> &) { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, budget::kServerMs));
    ASSERT_EQ(state.membersOf(group.id).size(), membersBefore.size() + newcomers.size());

    // A share of a resource the group does not have yet.
    const Group other = ws->groups().at(1);
    QString resource;
    for (const auto &r : state.resourceOrder()) {
        bool shared = false;
        for (const auto &s : state.sharesOf(other.id))
            shared = shared || s.resourceId == r;
        if (!shared)
            resource = r;
    }
    ASSERT_FALSE(resource.isEmpty());
    done = false;
    ws->shares().add(other.id, {GroupShare{resource, true, false}},
                     [&](const QList<ItemResult> &) { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, budget::kServerMs));

    // The matrix: one privilege of the third group.
    const Group third = ws->groups().at(2);
    PrivilegeMatrixModel &matrix = ws->matrix();
    int row = -1;
    int column = -1;
    for (int r = 0; r < matrix.rowCount(); ++r) {
        if (matrix.index(r, 0).data(PrivilegeMatrixModel::GroupIdRole).toString() == third.id)
            row = r;
    }
    for (int c = 0; c < matrix.columnCount(); ++c) {
        if (matrix.index(0, c).data(PrivilegeMatrixModel::PrivilegeKeyRole).toString() ==
            QStringLiteral("createBackupUnit"))
            column = c;
    }
    ASSERT_GE(row, 0);
    ASSERT_GE(column, 0);
    const bool had = third.privileges.value(QStringLiteral("createBackupUnit"));
    matrix.setData(matrix.index(row, column), had ? Qt::Unchecked : Qt::Checked,
                   Qt::CheckStateRole);
    ws->groupsController().applyMatrix(matrix);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return state.group(third.id)->privileges.value(QStringLiteral("createBackupUnit")) !=
                   had;
        },
        budget::kServerMs));

    // Afterwards, by other means: another privilege of the first group. Undo leaves it alone.
    const bool reserveIp = group.privileges.value(QStringLiteral("reserveIp"));
    GroupChange later;
    later.privileges.insert(QStringLiteral("reserveIp"), !reserveIp);
    bool updated = false;
    ws->groupsController().update(group.id, later, window,
                                  [&](const Result<Group> &r) { updated = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return updated; }, budget::kServerMs));

    undo(QStringLiteral("Add members to %1").arg(group.name));
    EXPECT_EQ(undoneSteps, int(newcomers.size()));
    QStringList after = state.membersOf(group.id);
    QStringList wanted = membersBefore;
    after.sort();
    wanted.sort();
    EXPECT_EQ(after, wanted);
    EXPECT_EQ(state.group(group.id)->privileges.value(QStringLiteral("reserveIp")), !reserveIp)
        << "a later change is not undone";

    undo(QStringLiteral("Share resources with %1").arg(other.name));
    for (const auto &s : state.sharesOf(other.id))
        EXPECT_NE(s.resourceId, resource);

    // Sharing stopped for one of the third group's resources, then undone: its rights come back.
    ASSERT_FALSE(state.sharesOf(third.id).isEmpty());
    const auto stopped = state.sharesOf(third.id).first();
    done = false;
    ws->shares().remove(third.id, {stopped.resourceId},
                        [&](const QList<ItemResult> &) { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, budget::kServerMs));
    undo(QStringLiteral("Stop sharing resources with %1").arg(third.name));
    bool back = false;
    for (const auto &s : state.sharesOf(third.id)) {
        if (s.resourceId == stopped.resourceId) {
            back = true;
            EXPECT_EQ(s.editPrivilege, stopped.editPrivilege);
            EXPECT_EQ(s.sharePrivilege, stopped.sharePrivilege);
        }
    }
    EXPECT_TRUE(back);

    undo(QStringLiteral("Apply the privilege matrix"));
    EXPECT_EQ(state.group(third.id)->privileges.value(QStringLiteral("createBackupUnit")), had);
}

TEST_F(UndoFromActivity, ARestoreIsUndoneToTheStateBeforeIt)
{
    const auto &state = console.sandbox().state();
    const AccountSnapshot snapshot = SnapshotTaker::ofLoaded(*ws);
    const Group group = ws->groups().at(0);
    User newcomer;
    for (const User &u : ws->users().users()) {
        if (!state.membersOf(group.id).contains(u.id))
            newcomer = u;
    }
    bool done = false;
    ws->membership().add(group.id, {newcomer}, [&](const QList<ItemResult> &) { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, budget::kServerMs));

    // The restore takes the member out again.
    const AccountSnapshot now = SnapshotTaker::ofLoaded(*ws);
    RestoreRunner runner(*ws);
    runner.run(RestorePlan::of(snapshot, now, SnapshotDiff::between(snapshot, now), {}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !runner.isRunning(); }, budget::kServerMs));
    ASSERT_FALSE(state.membersOf(group.id).contains(newcomer.id));

    undo(QStringLiteral("Restore from a snapshot"));
    EXPECT_TRUE(state.membersOf(group.id).contains(newcomer.id));
}

TEST_F(UndoFromActivity, ADeletedGroupComesBackWithItsPrivilegesMembersAndShares)
{
    const auto &state = console.sandbox().state();
    const Group doomed = ws->groups().at(1);
    QStringList members = state.membersOf(doomed.id);
    const int shares = int(state.sharesOf(doomed.id).size());
    ASSERT_FALSE(members.isEmpty());
    bool done = false;
    ws->groupsController().remove({doomed.id}, [&](const QList<ItemResult> &) { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, budget::kServerMs));
    ASSERT_EQ(state.group(doomed.id), nullptr);

    undo(QStringLiteral("Delete groups"));
    QString back;
    for (const QString &g : state.groupOrder()) {
        if (state.group(g)->name == doomed.name)
            back = g;
    }
    ASSERT_FALSE(back.isEmpty()) << "created again";
    for (const Privilege &p : Privileges::all())
        EXPECT_EQ(state.group(back)->privileges.value(p.key), doomed.privileges.value(p.key))
            << p.key.toStdString();
    QStringList now = state.membersOf(back);
    now.sort();
    members.sort();
    EXPECT_EQ(now, members);
    EXPECT_EQ(int(state.sharesOf(back).size()), shares);
}

// A restore stopped before it ends leaves what it had not sent; planned again against the account
// as the run left it, it does only that.
TEST_F(UndoFromActivity, AStoppedRestoreRunAgainDoesOnlyWhatIsLeft)
{
    const auto &state = console.sandbox().state();
    const AccountSnapshot snapshot = SnapshotTaker::ofLoaded(*ws);
    const Group group = ws->groups().at(0);
    QList<User> newcomers;
    for (const User &u : ws->users().users()) {
        if (!state.membersOf(group.id).contains(u.id) && newcomers.size() < 4)
            newcomers << u;
    }
    bool done = false;
    ws->membership().add(group.id, newcomers, [&](const QList<ItemResult> &) { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, budget::kServerMs));
    GroupChange change;
    change.privileges.insert(QStringLiteral("reserveIp"),
                             !group.privileges.value(QStringLiteral("reserveIp")));
    bool updated = false;
    ws->groupsController().update(group.id, change, window,
                                  [&](const Result<Group> &r) { updated = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return updated; }, budget::kServerMs));

    // The privilege goes first; the stop comes before the members' turn.
    AccountSnapshot now = SnapshotTaker::ofLoaded(*ws);
    RestoreRunner runner(*ws);
    const QList<RestoreStep> steps =
        RestorePlan::of(snapshot, now, SnapshotDiff::between(snapshot, now), {});
    ASSERT_EQ(steps.size(), newcomers.size() + 1);
    runner.run(steps);
    runner.cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !runner.isRunning(); }, budget::kServerMs));
    int cancelled = 0;
    for (const RestoreOutcome &o : runner.outcomes())
        cancelled += o.state == RestoreOutcome::State::Cancelled;
    EXPECT_EQ(cancelled, int(newcomers.size()));
    EXPECT_EQ(runner.leftCount(), int(newcomers.size()));
    EXPECT_EQ(state.group(group.id)->privileges.value(QStringLiteral("reserveIp")),
              group.privileges.value(QStringLiteral("reserveIp")))
        << "what was sent before the stop is done";
    for (const User &u : newcomers)
        EXPECT_TRUE(state.membersOf(group.id).contains(u.id)) << "nothing after the stop";

    now = SnapshotTaker::ofLoaded(*ws);
    const QList<RestoreStep> left =
        RestorePlan::of(snapshot, now, SnapshotDiff::between(snapshot, now), {});
    ASSERT_EQ(left.size(), newcomers.size()) << "only the members are left";
    RestoreRunner again(*ws);
    again.run(left);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !again.isRunning(); }, budget::kServerMs));
    EXPECT_EQ(again.leftCount(), 0);
    EXPECT_TRUE(SnapshotDiff::between(snapshot, SnapshotTaker::ofLoaded(*ws)).isEmpty());
}

} // namespace
