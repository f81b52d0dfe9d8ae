// The users screen driven as a person would, against the sandbox: create, edit and delete users,
// a refused create that keeps the dialog open, and the activity dock.
#include "budgets.h"
#include "models/access/accessengine.h"
#include "models/access/effectiveaccessmodel.h"
#include "models/activity/activitymodel.h"
#include "models/connection/sessioncontroller.h"
#include "models/groups/membershipcontroller.h"
#include "models/tableexport.h"
#include "models/users/userscontroller.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "network/privileges.h"
#include "sandboxharness.h"
#include "screenshots.h"
#include "signedinscreen.h"
#include "ui/activitydock.h"
#include "ui/common/confirmation.h"
#include "ui/common/messagebanner.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/translations.h"
#include "ui/mainwindow.h"
#include "ui/users/effectiveaccesspane.h"
#include "ui/users/userdialog.h"
#include "ui/users/usersview.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class UsersScreen : public SignedInScreen
{
protected:
    UsersScreen()
        : SignedInScreen(writesDoneAfter(100))
    {}

    bool isReady() override { return view() && view()->table()->model()->rowCount() == 30; }

    UsersView *view() const { return window->usersView(); }
    UserDialog *dialog() const { return window->findChild<UserDialog *>(); }
    int rowOfEmail(const QString &email) const
    {
        return rowOf(view()->table(), UsersModel::EmailColumn, email);
    }
    void select(const QList<int> &rows)
    {
        QItemSelectionModel *s = view()->table()->selectionModel();
        s->clearSelection();
        for (int row : rows)
            s->select(view()->table()->model()->index(row, 0),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
};

} // namespace

TEST_F(UsersScreen, CreateEditAndDeleteUsersThroughTheWidgets)
{
    view()->newAction()->trigger();
    ASSERT_NE(dialog(), nullptr);
    type(dialog(), "firstnameEdit", QStringLiteral("Radia"));
    type(dialog(), "lastnameEdit", QStringLiteral("Perlman"));
    type(dialog(), "emailEdit", QStringLiteral("radia.perlman@example.com"));
    type(dialog(), "passwordEdit", QStringLiteral("spanning-tree"));
    dialog()->findChild<QCheckBox *>(QStringLiteral("forceSecAuthCheck"))->setChecked(true);
    QTest::mouseClick(dialog()->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog() == nullptr; }, budget::kServerMs))
        << "the dialog closes when DONE";
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return rowOfEmail(QStringLiteral("radia.perlman@example.com")) >= 0; },
        budget::kServerMs));
    EXPECT_NE(h->state().userByEmail(QStringLiteral("radia.perlman@example.com")), nullptr);
    EXPECT_TRUE(h->state().userByEmail(QStringLiteral("radia.perlman@example.com"))->forceSecAuth);

    // Edit it: F2 on the selected row.
    select({rowOfEmail(QStringLiteral("radia.perlman@example.com"))});
    view()->editAction()->trigger();
    ASSERT_NE(dialog(), nullptr);
    EXPECT_EQ(dialog()->findChild<QLineEdit *>(QStringLiteral("firstnameEdit"))->text(),
              QStringLiteral("Radia"));
    type(dialog(), "lastnameEdit", QStringLiteral("Perlman-Renamed"));
    QTest::mouseClick(dialog()->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog() == nullptr; }, budget::kServerMs));
    EXPECT_EQ(h->state().userByEmail(QStringLiteral("radia.perlman@example.com"))->lastname,
              QStringLiteral("Perlman-Renamed"));
    const int row = rowOfEmail(QStringLiteral("radia.perlman@example.com"));
    EXPECT_EQ(view()->table()->model()->index(row, UsersModel::LastNameColumn).data().toString(),
              QStringLiteral("Perlman-Renamed"));

    saveScreenshot(window, QStringLiteral("users.png"));

    // Delete two at once: one confirmation naming both, one result each.
    const int before = view()->table()->model()->rowCount();
    select({0, 1});
    view()->deleteAction()->trigger();
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("deleteUsersConfirmation"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("Delete 2 users?")))
        << box->text().toStdString();
    EXPECT_EQ(box->text().count(QStringLiteral("• ")), 2) << "both named in the question";
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("undo this from the Activity log")))
        << box->informativeText().toStdString();
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    auto *banner = window->findChild<MessageBanner *>(QStringLiteral("usersBanner"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return banner->text().contains(QStringLiteral("Deleted 2")); }, budget::kServerMs))
        << banner->text().toStdString();
    EXPECT_EQ(view()->table()->model()->rowCount(), before - 2);
    EXPECT_EQ(int(h->state().userOrder().size()), before - 2);

    ActivityModel &activity = window->workspace()->activity();
    // Created, changed, each deletion, and the deletion of both as one change that can be
    // undone.
    ASSERT_EQ(activity.rowCount(), 5);
    int undoable = 0;
    for (int r = 0; r < activity.rowCount(); ++r) {
        EXPECT_EQ(activity.index(r, ActivityModel::StatusColumn).data().toString(),
                  QStringLiteral("Done"));
        if (activity.index(r, 0).data(ActivityModel::UndoableRole).toBool()) {
            ++undoable;
            EXPECT_EQ(activity.index(r, ActivityModel::ChangeColumn).data().toString(),
                      QStringLiteral("Delete users"));
            EXPECT_EQ(activity.index(r, ActivityModel::TargetColumn).data().toString(),
                      QStringLiteral("2 users"));
        }
    }
    EXPECT_EQ(undoable, 1);
    // The log opened, as a person looks at it.
    auto *dock = window->findChild<ActivityDock *>();
    dock->setExpanded(true);
    QTest::qWait(50);
    saveScreenshot(dock, QStringLiteral("activity.png"));
}

TEST_F(UsersScreen, ARefusedCreateKeepsTheDialogOpenWithTheServersWordsBesideTheField)
{
    const QString taken = h->state().user(h->state().userOrder().first())->email;
    view()->newAction()->trigger();
    ASSERT_NE(dialog(), nullptr);
    type(dialog(), "firstnameEdit", QStringLiteral("Dup"));
    type(dialog(), "lastnameEdit", QStringLiteral("Licate"));
    type(dialog(), "emailEdit", taken);
    type(dialog(), "passwordEdit", QStringLiteral("long-enough-1"));
    QTest::mouseClick(dialog()->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    auto *problem = dialog()->findChild<QLabel *>(QStringLiteral("emailProblem"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return problem->isVisible(); }, budget::kServerMs));
    EXPECT_TRUE(problem->text().contains(taken)) << problem->text().toStdString();
    EXPECT_TRUE(dialog()->isVisible());
    EXPECT_EQ(dialog()->findChild<QLineEdit *>(QStringLiteral("firstnameEdit"))->text(),
              QStringLiteral("Dup"));
    EXPECT_EQ(dialog()->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(),
              QStringLiteral("long-enough-1"));
    EXPECT_EQ(
        window->workspace()->activity().index(0, ActivityModel::StatusColumn).data().toString(),
        QStringLiteral("Failed"));
}

TEST_F(UsersScreen, InputIsCheckedBeforeItIsSent)
{
    view()->newAction()->trigger();
    ASSERT_NE(dialog(), nullptr);
    type(dialog(), "firstnameEdit", QStringLiteral("No"));
    type(dialog(), "emailEdit", QStringLiteral("not-an-address"));
    type(dialog(), "passwordEdit", QStringLiteral("short"));
    h->server().clearRequestLog();
    QTest::mouseClick(dialog()->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    const QString text =
        dialog()->findChild<MessageBanner *>(QStringLiteral("messageBanner"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("last name")));
    EXPECT_TRUE(text.contains(QStringLiteral("e-mail")));
    EXPECT_TRUE(text.contains(QStringLiteral("8 characters")));
    QTest::qWait(100);
    for (const auto &r : h->server().requestLog())
        EXPECT_NE(r.method, QByteArray("POST")) << "nothing was sent";
    EXPECT_EQ(window->workspace()->activity().rowCount(), 0);
}

TEST_F(UsersScreen, ColumnWidthsAndWindowLayoutAreRemembered)
{
    view()->table()->horizontalHeader()->resizeSection(UsersModel::EmailColumn, 321);
    window->resize(1000, 640);
    // The same session in a new window, as after a restart.
    window = console.reopen();
    EXPECT_EQ(window->size(), QSize(1000, 640));
    window->show();
    ConnectionProfile p;
    p.name = QStringLiteral("Sandbox");
    p.cloudUrl = h->server().cloudBaseUrl().toString();
    p.resellerUrl = h->server().resellerBaseUrl().toString();
    session->signIn(p, h->server().options().token, false);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return view() && view()->table()->model()->rowCount() == 30; }, budget::kServerMs));
    window->showPage(MainWindow::Page::Users); // the console opens on the Overview
    EXPECT_EQ(view()->table()->horizontalHeader()->sectionSize(UsersModel::EmailColumn), 321);

    // Widths set in English are not reused in German, whose headers are longer: each language
    // keeps its own.
    ASSERT_TRUE(Translations::use(QStringLiteral("de")));
    window = console.reopen();
    window->show();
    session->signIn(p, h->server().options().token, false);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return view() && view()->table()->model()->rowCount() == 30; }, budget::kServerMs));
    QTest::qWait(100);
    EXPECT_NE(view()->table()->horizontalHeader()->sectionSize(UsersModel::EmailColumn), 321);
    window = console.reopen();
    ASSERT_TRUE(Translations::use(QStringLiteral("en")));
}

TEST_F(UsersScreen, TheDetailPaneFollowsItsRowAndACreatedUserIsSelected)
{
    auto *properties = view()->findChild<QLabel *>(QStringLiteral("userProperties"));
    ASSERT_NE(properties, nullptr);
    // A user created from the dialog is selected and its details shown.
    view()->newAction()->trigger();
    ASSERT_NE(dialog(), nullptr);
    type(dialog(), "firstnameEdit", QStringLiteral("Barbara"));
    type(dialog(), "lastnameEdit", QStringLiteral("Liskov"));
    type(dialog(), "emailEdit", QStringLiteral("barbara.liskov@example.com"));
    type(dialog(), "passwordEdit", QStringLiteral("substitution-1987"));
    QTest::mouseClick(dialog()->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog() == nullptr; }, budget::kServerMs));
    const QStringList selected = view()->selectedIds();
    ASSERT_EQ(selected.size(), 1);
    const QString id = selected.first();
    EXPECT_EQ(window->workspace()->users().user(id)->email,
              QStringLiteral("barbara.liskov@example.com"));
    EXPECT_TRUE(properties->text().contains(QStringLiteral("barbara.liskov@example.com")));

    // A change made elsewhere shows in the pane at once, without selecting again.
    UserDraft change;
    change.firstname = QStringLiteral("Barbara");
    change.lastname = QStringLiteral("Liskov-Changed");
    change.email = QStringLiteral("barbara.liskov@example.com");
    window->workspace()->usersController().update(id, change, nullptr);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return properties->text().contains(QStringLiteral("Liskov-Changed")); },
        budget::kServerMs))
        << properties->text().toStdString();

    // A reload keeps the user selected and its pane.
    window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    ASSERT_TRUE(console.waitUntilIdle());
    EXPECT_EQ(view()->selectedIds(), QStringList{id});
    EXPECT_TRUE(properties->text().contains(QStringLiteral("Liskov-Changed")));

    // A deleted user's pane clears without asking the server about it.
    h->server().clearRequestLog();
    window->workspace()->usersController().remove({id});
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !window->workspace()->users().user(id); }, budget::kServerMs));
    EXPECT_FALSE(properties->text().contains(QStringLiteral("Liskov")));
    QTest::qWait(200);
    for (const auto &r : h->server().requestLog())
        EXPECT_FALSE(r.method == "GET" && r.path.contains(id) &&
                     (r.path.endsWith(QStringLiteral("/groups")) ||
                      r.path.endsWith(QStringLiteral("/owns"))))
            << r.path.toStdString();
}

TEST_F(UsersScreen, TheDefaultWindowShowsTwentyUsersWithTheirNamesAndEmailsInFull)
{
    window->resize(1200, 780); // the size a first start opens with, on a 1280×800 screen
    window->showPage(MainWindow::Page::Users);
    QTest::qWait(100);
    QTableView *table = view()->table();
    const int rowHeight = table->rowHeight(0);
    EXPECT_GE(table->viewport()->height() / rowHeight, 20)
        << "rows of " << rowHeight << " px in " << table->viewport()->height() << " px";
    EXPECT_FALSE(table->wordWrap()) << "no row wraps";
    QString widths;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        widths += QString::number(table->columnWidth(c)) + QLatin1Char(' ');
    EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0)
        << "every column in sight: " << widths.toStdString() << "in " << table->viewport()->width();

    // Names and e-mails get their width first: the longest of them is shown whole.
    const QFontMetrics metrics = table->fontMetrics();
    int widestEmail = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        widestEmail =
            std::max(widestEmail,
                     metrics.horizontalAdvance(
                         table->model()->index(row, UsersModel::EmailColumn).data().toString()));
    EXPECT_GE(table->columnWidth(UsersModel::EmailColumn), widestEmail);
    for (int column :
         {UsersModel::FirstNameColumn, UsersModel::LastNameColumn, UsersModel::EmailColumn})
        EXPECT_GE(table->columnWidth(column),
                  static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column))
            << "column " << column << " shows every value whole";
    EXPECT_LT(table->columnWidth(UsersModel::AdministratorColumn),
              table->columnWidth(UsersModel::EmailColumn) / 2)
        << "a yes/no column stays narrow";
    // Yes and no are drawn as a check mark; the text stays for screen readers and exports.
    EXPECT_NE(qobject_cast<BooleanDelegate *>(
                  table->itemDelegateForColumn(UsersModel::AdministratorColumn)),
              nullptr);
    const QModelIndex active = table->model()->index(0, UsersModel::ActiveColumn);
    EXPECT_FALSE(active.data().toString().isEmpty());
    EXPECT_TRUE(BooleanDelegate::isYes(active) == active.data(ExportValueRole).toBool());
}

TEST_F(UsersScreen, TheListSaysHowManyItShowsOfHowMany)
{
    auto *count = view()->findChild<QLabel *>(QStringLiteral("usersCount"));
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(count->text(), QStringLiteral("30 users"));
    auto *filter = view()->findChild<QLineEdit *>(QStringLiteral("usersFilter"));
    QTest::keyClicks(filter, QStringLiteral("becker"));
    const int shown = view()->table()->model()->rowCount();
    ASSERT_GT(shown, 0);
    ASSERT_LT(shown, 30);
    EXPECT_EQ(count->text(), QStringLiteral("%1 of 30 users shown").arg(shown));
    filter->clear();
    EXPECT_EQ(count->text(), QStringLiteral("30 users"));
    // The other lists count too.
    for (const char *name : {"groupsCount", "membersCount", "sharesCount", "resourcesCount",
                             "ownershipCount", "adminsCount"}) {
        auto *other = window->findChild<QLabel *>(QLatin1String(name));
        ASSERT_NE(other, nullptr) << name;
        EXPECT_FALSE(other->text().isEmpty()) << name;
    }
}

// The Access tab: what the selected user may do and why, kept up to date as memberships change,
// with resources blocked by 2-factor authentication marked and explained.
TEST_F(UsersScreen, TheAccessTabShowsWhatTheSelectedUserMayDoAndWhy)
{
    Workspace &workspace = *window->workspace();
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace.isEverythingLoaded(); }, budget::kServerMs));
    workspace.accessEngine().current();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return workspace.accessEngine().isSettled(); }, budget::kServerMs));
    // A member of a group that grants privileges, and is their only source of some of them.
    QString groupId, userId;
    for (const QString &g : h->state().groupOrder()) {
        const sandbox::SbGroup *group = h->state().group(g);
        if (std::count(group->privileges.begin(), group->privileges.end(), true) == 0)
            continue;
        for (const QString &u : h->state().membersOf(g)) {
            if (!h->state().user(u)->administrator && workspace.users().rowOf(u) >= 0) {
                groupId = g;
                userId = u;
                break;
            }
        }
        if (!userId.isEmpty())
            break;
    }
    ASSERT_FALSE(userId.isEmpty());
    const QString email = h->state().user(userId)->email;
    const QString groupName = h->state().group(groupId)->name;
    select({rowOfEmail(email)});
    auto *tabs = view()->findChild<QTabWidget *>(QStringLiteral("userDetails"));
    auto *pane = view()->findChild<EffectiveAccessPane *>();
    ASSERT_NE(pane, nullptr);
    tabs->setCurrentWidget(pane);
    EXPECT_TRUE(pane->summary()->text().contains(email));
    QAbstractItemModel *lines = pane->table()->model();
    auto throughGroup = [&] {
        int n = 0;
        for (int row = 0; row < lines->rowCount(); ++row)
            n += lines->index(row, EffectiveAccessModel::ThroughColumn)
                     .data()
                     .toString()
                     .contains(groupName);
        return n;
    };
    ASSERT_GT(throughGroup(), 0) << "the group's privileges name it as their source";
    EXPECT_TRUE(toCsv(*lines).contains("Through"));

    // Out of the group: the tab follows, with nothing through it any more.
    workspace.membership().remove(groupId, {*workspace.users().user(userId)});
    EXPECT_TRUE(QTest::qWaitFor([&] { return throughGroup() == 0; }, budget::kServerMs));

    // Someone blocked from a resource by 2-factor authentication: marked, and said why.
    QString blockedUser;
    for (const User &u : workspace.users().users()) {
        const UserAccess access = workspace.accessEngine().current().of(u);
        for (const ResourceAccess &r : access.resources)
            blockedUser = r.blockedBy2fa && blockedUser.isEmpty() ? u.email : blockedUser;
    }
    ASSERT_FALSE(blockedUser.isEmpty()) << "the sample data has 2FA-protected resources";
    select({rowOfEmail(blockedUser)});
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return pane->summary()->text().contains(QStringLiteral("blocked")); },
                        budget::kServerMs));
    bool explained = false;
    for (int row = 0; row < lines->rowCount(); ++row) {
        if (lines->index(row, EffectiveAccessModel::BlockedColumn).data(ExportValueRole).toBool())
            explained = lines->index(row, 0)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("2-factor"));
    }
    EXPECT_TRUE(explained);
    EXPECT_FALSE(pane->table()->accessibleName().isEmpty());
}

// Deleting a user says first what it does to who may do what: worked out here from the
// sandbox's own state, they lose every privilege their groups gave them.
TEST_F(UsersScreen, TheDeleteConfirmationSaysWhatAccessIsLost)
{
    Workspace &workspace = *window->workspace();
    ASSERT_TRUE(QTest::qWaitFor([&] { return workspace.isEverythingLoaded(); }, budget::kServerMs));
    workspace.accessEngine().current();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return workspace.accessEngine().isSettled(); }, budget::kServerMs));
    // A user who is not an administrator and holds at least one privilege through a group.
    QString userId;
    QSet<QString> held;
    for (const QString &u : h->state().userOrder()) {
        if (h->state().user(u)->administrator || rowOfEmail(h->state().user(u)->email) < 0)
            continue;
        held.clear();
        for (const QString &g : h->state().groupOrder()) {
            if (!h->state().membersOf(g).contains(u))
                continue;
            const sandbox::SbGroup *group = h->state().group(g);
            for (auto it = group->privileges.begin(); it != group->privileges.end(); ++it) {
                if (it.value())
                    held.insert(it.key());
            }
        }
        if (!held.isEmpty()) {
            userId = u;
            break;
        }
    }
    ASSERT_FALSE(userId.isEmpty());
    select({rowOfEmail(h->state().user(userId)->email)});
    view()->deleteAction()->trigger();
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("deleteUsersConfirmation"));
    ASSERT_NE(box, nullptr);
    // Worked out on a worker thread while the question is open.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !box->property(Confirmation::kPreviewPending).toBool(); }, budget::kServerMs));
    const QString said = box->informativeText() + box->detailedText();
    EXPECT_TRUE(said.contains(QStringLiteral("Who gains or loses access:"))) << said.toStdString();
    for (const QString &key : held) {
        const int at = Privileges::indexOf(key);
        ASSERT_GE(at, 0) << key.toStdString();
        EXPECT_TRUE(
            said.contains(QStringLiteral("1 user loses %1").arg(Privileges::all().at(at).label())))
            << key.toStdString() << "\n"
            << said.toStdString();
    }
    box->reject();
}
