// The Changes screen against the sandbox: a snapshot saved from the window, changes made in the
// console afterwards, and the comparison listing exactly those, by kind, with the navigation
// marking the screens that differ; two snapshot files compared; a file that is not a snapshot
// refused in plain words.
#include "budgets.h"
#include "clippednames.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/membershipcontroller.h"
#include "models/restore/restorereportmodel.h"
#include "models/snapshot/snapshotdiffmodel.h"
#include "models/users/userscontroller.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "network/privileges.h"
#include "sandboxharness.h"
#include "signedinscreen.h"
#include "ui/common/messagebanner.h"
#include "ui/mainwindow.h"
#include "ui/navigationtree.h"
#include "ui/snapshot/changesview.h"
#include "ui/snapshot/restoredialog.h"
#include "ui/snapshot/snapshotsaver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class ChangesScreen : public SignedInScreen
{
protected:
    ChangesScreen()
        : SignedInScreen(Start::EverythingLoaded)
    {}

    void SetUp() override
    {
        SignedInScreen::SetUp();
        if (HasFatalFailure())
            return;
        view = window->findChild<ChangesView *>();
        saver = window->findChild<SnapshotSaver *>();
        ASSERT_NE(view, nullptr);
        ASSERT_NE(saver, nullptr);
    }

    QString save(const QString &name)
    {
        const QString path = dir.filePath(name);
        QSignalSpy saved(saver, &SnapshotSaver::saved);
        saver->saveTo(path);
        EXPECT_TRUE(saved.count() == 1 || saved.wait(budget::kServerMs));
        return path;
    }
    // Restores what is chosen: the dialog once it shows its plan, ready to go; null if not.
    RestoreDialog *restoreChosen()
    {
        view->restoreChosen();
        RestoreDialog *dialog = nullptr;
        const bool ready = QTest::qWaitFor(
            [&] {
                dialog = window->findChild<RestoreDialog *>();
                return dialog && dialog->isVisible() &&
                       dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))
                           ->isEnabled();
            },
            budget::kServerMs);
        return ready ? dialog : nullptr;
    }
    // Presses Restore, confirms and waits until the restore has run.
    [[nodiscard]] static bool confirmAndRun(RestoreDialog *dialog)
    {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")),
                          Qt::LeftButton);
        return SignedInWindow::confirm(dialog, "confirmRestore") &&
               QTest::qWaitFor(
                   [&] {
                       return !dialog->isRunning() &&
                              dialog->report()->outcome(0).state != RestoreOutcome::State::Waiting;
                   },
                   budget::kServerMs);
    }
    QStringList shown() const
    {
        QStringList lines;
        QAbstractItemModel *m = view->table()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            QStringList cells;
            for (int c = 0; c < m->columnCount(); ++c)
                cells << m->index(row, c).data().toString();
            lines << cells.join(QStringLiteral(" | "));
        }
        return lines;
    }

    ChangesView *view = nullptr;
    SnapshotSaver *saver = nullptr;
    QTemporaryDir dir;
};

TEST_F(ChangesScreen, ListsWhatChangedSinceASnapshotAndMarksTheScreens)
{
    const QString before = save(QStringLiteral("before.json"));
    QFile file(before);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("\"format\": \"ionos-admin-snapshot\""));

    // In the console: a privilege of a group, and a member added to another.
    Workspace &ws = *window->workspace();
    const Group first = ws.groups().at(0);
    GroupChange change;
    change.privileges.insert(QStringLiteral("reserveIp"),
                             !first.privileges.value(QStringLiteral("reserveIp")));
    bool updated = false;
    ws.groupsController().update(first.id, change, window,
                                 [&](const Result<Group> &r) { updated = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return updated; }, budget::kServerMs));
    const Group second = ws.groups().at(1);
    const QStringList members = console.sandbox().state().membersOf(second.id);
    User newcomer;
    for (const User &u : ws.users().users()) {
        if (!members.contains(u.id))
            newcomer = u;
    }
    bool added = false;
    ws.membership().add(second.id, {newcomer},
                        [&](const QList<ItemResult> &r) { added = r.size() == 1 && r[0].ok; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return added; }, budget::kServerMs));

    window->showPage(MainWindow::Page::Changes);
    ASSERT_TRUE(view->isVisible()) << "the navigation leads to it";
    QSignalSpy compared(view, &ChangesView::compared);
    view->compareWithNow(before);
    ASSERT_TRUE(compared.count() == 1 || compared.wait(budget::kServerMs));
    const QStringList lines = shown();
    ASSERT_EQ(lines.size(), 2) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(
        QStringLiteral("Privilege | Changed | %1 | Reserve IP").arg(first.name)))
        << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("Member | Added | ")))
        << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).contains(newcomer.email)) << lines.at(1).toStdString();
    // What each row is about is shown whole.
    QTest::qWait(50);
    const QStringList cut = clippedNames(window);
    EXPECT_TRUE(cut.isEmpty()) << cut.join(QStringLiteral("\n")).toStdString();

    // The navigation marks the groups, the matrix (the privilege) and nothing else.
    NavigationTree *tree = window->navigation();
    auto bold = [&](NavigationTree::Page page) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)
                    ->data(0, NavigationTree::PageRole)
                    .value<NavigationTree::Page>() == page)
                return tree->topLevelItem(i)->font(0).bold();
        }
        return false;
    };
    EXPECT_TRUE(bold(NavigationTree::Page::Groups));
    EXPECT_TRUE(bold(NavigationTree::Page::Matrix));
    EXPECT_FALSE(bold(NavigationTree::Page::Users));
    EXPECT_FALSE(bold(NavigationTree::Page::Resources));

    // By kind: members only.
    QComboBox *kinds = view->kindFilter();
    const int memberKind = kinds->findData(int(SnapshotChange::Kind::Member));
    ASSERT_GE(memberKind, 0);
    EXPECT_EQ(kinds->itemText(memberKind), QStringLiteral("Members (1)"));
    kinds->setCurrentIndex(memberKind);
    EXPECT_EQ(view->table()->model()->rowCount(), 1);
    kinds->setCurrentIndex(0);

    // Two files: the one from before and one from now say the same.
    const QString after = save(QStringLiteral("after.json"));
    view->compareFiles(before, after);
    EXPECT_EQ(shown(), lines);
    view->compareFiles(after, after);
    EXPECT_EQ(view->table()->model()->rowCount(), 0);
    EXPECT_TRUE(view->findChild<QLabel *>(QStringLiteral("changesWhat"))
                    ->text()
                    .contains(QStringLiteral("Nothing changed")));
    EXPECT_FALSE(bold(NavigationTree::Page::Groups)) << "nothing differs: no marks";
}

TEST_F(ChangesScreen, AFileThatIsNotASnapshotIsRefusedInPlainWords)
{
    const QString path = dir.filePath(QStringLiteral("other.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[1, 2, 3]");
    file.close();
    window->showPage(MainWindow::Page::Changes);
    view->compareWithNow(path);
    auto *banner = view->findChild<MessageBanner *>(QStringLiteral("changesBanner"));
    EXPECT_EQ(banner->tone(), MessageBanner::Tone::Error);
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("This is not a snapshot")))
        << banner->text().toStdString();
    EXPECT_EQ(view->table()->model()->rowCount(), 0);
}

// Restore in the window: one change chosen and put back alone, then all of them, with a new
// password for a user deleted since; each write's outcome in the list, the group created again
// reported with its new id, and the account as the snapshot has it.
TEST_F(ChangesScreen, RestorePutsBackTheChosenChangesThroughTheWritePaths)
{
    const QString before = save(QStringLiteral("before.json"));
    const auto &state = console.sandbox().state();
    Workspace &ws = *window->workspace();
    // In the console: a privilege, a member added, a user deleted, a group deleted.
    const Group first = ws.groups().at(0);
    const bool reserveIp = first.privileges.value(QStringLiteral("reserveIp"));
    GroupChange change;
    change.privileges.insert(QStringLiteral("reserveIp"), !reserveIp);
    bool updated = false;
    ws.groupsController().update(first.id, change, window,
                                 [&](const Result<Group> &r) { updated = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return updated; }, budget::kServerMs));
    const Group second = ws.groups().at(1);
    User newcomer;
    for (const User &u : ws.users().users()) {
        if (!state.membersOf(second.id).contains(u.id))
            newcomer = u;
    }
    bool added = false;
    ws.membership().add(second.id, {newcomer},
                        [&](const QList<ItemResult> &r) { added = r.size() == 1 && r[0].ok; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return added; }, budget::kServerMs));
    const Group doomed = ws.groups().at(2);
    const QStringList doomedMembers = state.membersOf(doomed.id);
    const int doomedShares = int(state.sharesOf(doomed.id).size());
    User gone;
    for (const User &u : ws.users().users()) {
        if (u.id != newcomer.id && !u.administrator && !doomedMembers.contains(u.id))
            gone = u;
    }
    bool removed = false;
    ws.groupsController().remove({doomed.id}, [&](const QList<ItemResult> &) { removed = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return removed; }, budget::kServerMs));
    removed = false;
    ws.usersController().remove({gone.id}, [&](const QList<ItemResult> &) { removed = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return removed; }, budget::kServerMs));

    window->showPage(MainWindow::Page::Changes);
    QSignalSpy compared(view, &ChangesView::compared);
    view->compareWithNow(before);
    ASSERT_TRUE(compared.count() == 1 || compared.wait(budget::kServerMs));
    ASSERT_TRUE(view->restoreButton()->isEnabled());

    // One by one: the member added since, alone.
    int memberRow = -1;
    for (int row = 0; row < view->table()->model()->rowCount(); ++row) {
        if (view->table()->model()->index(row, 0).data().toString() == QStringLiteral("Member") &&
            view->table()->model()->index(row, 1).data().toString() == QStringLiteral("Added"))
            memberRow = row;
    }
    ASSERT_GE(memberRow, 0) << shown().join(QLatin1Char('\n')).toStdString();
    view->table()->selectionModel()->select(view->table()->model()->index(memberRow, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    EXPECT_EQ(view->restoreButton()->text(), QStringLiteral("&Restore Selected…"));
    view->restoreChosen();
    auto *dialog = window->findChild<RestoreDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return restore->isEnabled(); }, budget::kServerMs));
    ASSERT_EQ(dialog->report()->rowCount(), 1);
    EXPECT_EQ(dialog->report()->index(0, 0).data().toString(),
              QStringLiteral("Remove %1 from %2")
                  .arg(newcomer.displayName().trimmed() + QStringLiteral(" <") + newcomer.email +
                           QLatin1Char('>'),
                       second.name))
        << dialog->report()->index(0, 0).data().toString().toStdString();
    QTest::mouseClick(restore, Qt::LeftButton);
    ASSERT_TRUE(SignedInWindow::confirm(dialog, "confirmRestore"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !dialog->isRunning() && !dialog->report()->outcome(0).requestId.isEmpty(); },
        budget::kServerMs));
    EXPECT_EQ(dialog->report()->index(0, RestoreReportModel::OutcomeColumn).data().toString(),
              QStringLiteral("Restored"));
    EXPECT_FALSE(state.membersOf(second.id).contains(newcomer.id));
    EXPECT_EQ(state.group(first.id)->privileges.value(QStringLiteral("reserveIp")), !reserveIp)
        << "only what was chosen";
    dialog->close();

    // By kind: the privileges shown, only they are put back.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !window->findChild<RestoreDialog *>() && view->restoreButton()->isEnabled(); },
        budget::kServerMs));
    QComboBox *kinds = view->kindFilter();
    kinds->setCurrentIndex(kinds->findData(int(SnapshotChange::Kind::Privilege)));
    ASSERT_EQ(view->table()->model()->rowCount(), 1);
    dialog = restoreChosen();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->report()->rowCount(), 1);
    EXPECT_EQ(dialog->report()->steps().first().kind(), RestoreStep::Kind::UpdateGroup);
    ASSERT_TRUE(confirmAndRun(dialog));
    EXPECT_EQ(dialog->report()->outcome(0).state, RestoreOutcome::State::Done);
    EXPECT_EQ(state.group(first.id)->privileges.value(QStringLiteral("reserveIp")), reserveIp);
    EXPECT_TRUE(state.group(doomed.id) == nullptr) << "the other kinds wait";
    dialog->close();
    kinds->setCurrentIndex(0);

    // All the rest, with a password for the user deleted since.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return view->table()->model()->rowCount() > 0; }, budget::kServerMs));
    view->table()->clearSelection();
    dialog = restoreChosen();
    ASSERT_NE(dialog, nullptr);
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    ASSERT_NE(password, nullptr) << "the deleted user asks for a new password";
    EXPECT_TRUE(password->isVisible());
    QTest::keyClicks(password, QStringLiteral("a-New-passw0rd!"));
    ASSERT_TRUE(confirmAndRun(dialog));
    QStringList outcomes;
    QString groupLine;
    for (int row = 0; row < dialog->report()->rowCount(); ++row) {
        const QString outcome =
            dialog->report()->index(row, RestoreReportModel::OutcomeColumn).data().toString();
        outcomes << dialog->report()->index(row, 0).data().toString() + QStringLiteral(": ") +
                        outcome;
        if (dialog->report()->index(row, 0).data().toString().startsWith(
                QStringLiteral("Create the group %1").arg(doomed.name)))
            groupLine = outcome;
        EXPECT_TRUE(outcome.startsWith(QStringLiteral("Restored")))
            << outcomes.last().toStdString();
    }
    EXPECT_EQ(state.group(first.id)->privileges.value(QStringLiteral("reserveIp")), reserveIp);
    QString recreated;
    for (const QString &g : state.groupOrder()) {
        if (state.group(g)->name == doomed.name)
            recreated = g;
    }
    ASSERT_FALSE(recreated.isEmpty());
    EXPECT_TRUE(groupLine.contains(recreated)) << "its new id: " << groupLine.toStdString();
    for (const Privilege &p : Privileges::all())
        EXPECT_EQ(state.group(recreated)->privileges.value(p.key), doomed.privileges.value(p.key))
            << p.key.toStdString();
    QStringList members = state.membersOf(recreated);
    QStringList wanted = doomedMembers;
    members.sort();
    wanted.sort();
    EXPECT_EQ(members, wanted);
    EXPECT_EQ(int(state.sharesOf(recreated).size()), doomedShares);
    const sandbox::SbUser *back = state.userByEmail(gone.email);
    ASSERT_NE(back, nullptr) << "created again with the password typed";
    EXPECT_EQ(back->firstname, gone.firstname);
}

} // namespace
