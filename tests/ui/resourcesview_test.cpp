// The resources, shares and ownership screens driven against the sandbox: the resources tree,
// who can reach a resource (and its CSV), shares edited in place and added through the picker,
// and who owns what.
#include "budgets.h"
#include "headlessprogram.h"
#include "models/access/accessengine.h"
#include "models/connection/sessioncontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/sharesmodel.h"
#include "models/resources/reachmodel.h"
#include "models/resources/resourcesmodel.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "sandboxharness.h"
#include "screenshots.h"
#include "signedinscreen.h"
#include "ui/common/messagebanner.h"
#include "ui/groups/groupsview.h"
#include "ui/groups/sharespanel.h"
#include "ui/mainwindow.h"
#include "ui/resources/resourcesview.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class ResourcesScreen : public SignedInScreen
{
protected:
    ResourcesScreen()
        : SignedInScreen(writesDoneAfter(100))
    {}

    bool isReady() override
    {
        return window->workspace() && ws().resources().resources().size() == 21 &&
               ws().groups().rowCount() == 6 && isQuiet();
    }

    QTemporaryDir dir; // for exported files
};

} // namespace

TEST_F(ResourcesScreen, TheTreeShowsTypesAndWhoCanReachAResourceWithItsCsv)
{
    window->showPage(MainWindow::Page::Resources);
    ResourcesView *view = window->resourcesView();
    ASSERT_EQ(view->tree()->model()->rowCount(), 7);
    // Nothing selected: a sentence, not an empty list.
    view->tree()->clearSelection();
    EXPECT_FALSE(view->reach()->isVisible());
    EXPECT_TRUE(view->findChild<QLabel *>(QStringLiteral("resourceSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Select a resource")));
    QTest::qWait(100);
    saveScreenshot(window, QStringLiteral("resources-none-selected.png"));
    // A resource that a group shares with members.
    QString resourceId;
    for (const QString &id : h->state().resourceOrder()) {
        for (const QString &g : h->state().groupsSharing(id)) {
            if (!h->state().membersOf(g).isEmpty())
                resourceId = id;
        }
    }
    ASSERT_FALSE(resourceId.isEmpty());
    view->selectResource(resourceId);
    EXPECT_EQ(view->selectedId(), resourceId);
    EXPECT_TRUE(view->reach()->isVisible());
    // Room for a handful of the people who reach it.
    EXPECT_GE(view->reach()->viewport()->height(), 5 * view->reach()->rowHeight(0));
    const QString summary = view->findChild<QLabel *>(QStringLiteral("resourceSummary"))->text();
    EXPECT_TRUE(summary.contains(h->state().resource(resourceId)->name.toHtmlEscaped()));
    if (const sandbox::SbUser *owner = h->state().user(h->state().resource(resourceId)->ownerId)) {
        EXPECT_TRUE(summary.contains(owner->email)) << summary.toStdString();
    }
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return ws().accessEngine().isSettled(); }, budget::kServerMs));
    const auto reached = ws().accessEngine().current().reachOf(resourceId);
    qsizetype paths = 0;
    for (const ResourceReach &r : reached)
        paths += r.access.via.size();
    EXPECT_EQ(view->reach()->model()->rowCount(), paths);
    EXPECT_GT(view->reach()->model()->rowCount(), 0);
    saveScreenshot(window, QStringLiteral("resources.png"));

    const QString path = dir.filePath(QStringLiteral("reach.csv"));
    ASSERT_TRUE(view->exportReach(path));
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray content = csv.readAll();
    EXPECT_TRUE(content.startsWith("\xEF\xBB\xBF"
                                   "User,E-mail,Through,Read,Edit,Share,Blocked\r\n"));
    EXPECT_EQ(content.count("\r\n"), paths + 1);
    EXPECT_TRUE(content.contains(reached.first().user.email.toUtf8()));
}

TEST_F(ResourcesScreen, SharesAreEditedInPlaceAndAddedThroughThePicker)
{
    QString groupId;
    for (int r = 0; r < ws().groups().rowCount() && groupId.isEmpty(); ++r) {
        if (!h->state().sharesOf(ws().groups().at(r).id).isEmpty())
            groupId = ws().groups().at(r).id;
    }
    ASSERT_FALSE(groupId.isEmpty());
    window->showPage(MainWindow::Page::Groups);
    GroupsView *groups = window->groupsView();
    groups->selectGroup(groupId);
    groups->details()->setCurrentIndex(2);
    SharesPanel *panel = groups->shares();
    QTableView *table = panel->table();
    const int before = int(h->state().sharesOf(groupId).size());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return table->model()->rowCount() == before; }, budget::kServerMs));

    // Toggle Share on the first row with the keyboard.
    const QString resourceId =
        table->model()->index(0, 0).data(SharesModel::ResourceIdRole).toString();
    const bool shareBefore = h->state().share(groupId, resourceId)->sharePrivilege;
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, SharesModel::ShareColumn));
    QTest::keyClick(table, Qt::Key_Space);
    ASSERT_TRUE(SignedInWindow::confirmWhenAsked(window, "changeShareConfirmation", [&] {
        return table->model()->index(0, 0).data(SharesModel::PendingRole).toBool();
    }));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return h->state().share(groupId, resourceId)->sharePrivilege != shareBefore; },
        budget::kServerMs));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return (table->model()
                        ->index(0, SharesModel::ShareColumn)
                        .data(Qt::CheckStateRole)
                        .toInt() == Qt::Checked) != shareBefore;
        },
        budget::kServerMs));

    // Add three through the picker, with Edit: created one after another, all accepted.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addSharesButton")),
                      Qt::LeftButton);
    auto *picker = window->findChild<ResourcePicker *>();
    ASSERT_NE(picker, nullptr);
    EXPECT_EQ(picker->list()->model()->rowCount(), 21 - before)
        << "shared resources are not offered again";
    for (int row = 0; row < 3; ++row)
        picker->list()->selectionModel()->select(picker->list()->model()->index(row, 0),
                                                 QItemSelectionModel::Select);
    picker->edit()->setChecked(true);
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("shareButton")),
                      Qt::LeftButton);
    auto *banner = panel->findChild<MessageBanner *>(QStringLiteral("sharesBanner"));
    ASSERT_TRUE(SignedInWindow::confirmWhenAsked(window, "shareResourcesConfirmation", [&] {
        return banner->text().contains(QStringLiteral("Sharing"));
    }));
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->text().contains(QStringLiteral("All 3")); },
                                budget::kServerMs))
        << banner->text().toStdString();
    EXPECT_EQ(int(h->state().sharesOf(groupId).size()), before + 3);
    EXPECT_EQ(table->model()->rowCount(), before + 3);
    int withEdit = 0;
    for (const sandbox::SbShare &s : h->state().sharesOf(groupId))
        withEdit += s.editPrivilege;
    EXPECT_GE(withEdit, 3);
    saveScreenshot(groups, QStringLiteral("group-shares.png"));

    // Remove two at once.
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("removeSharesButton")),
                      Qt::LeftButton);
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("stopSharingConfirmation"));
    ASSERT_NE(box, nullptr) << "stopping a share asks first";
    EXPECT_TRUE(box->text().contains(QStringLiteral("2 resources"))) << box->text().toStdString();
    EXPECT_EQ(box->text().count(QStringLiteral("• ")), 2);
    ASSERT_TRUE(SignedInWindow::confirm(window, "stopSharingConfirmation"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == before + 1; },
                                budget::kServerMs));
    EXPECT_EQ(int(h->state().sharesOf(groupId).size()), before + 1);
}

TEST_F(ResourcesScreen, OwnershipIsFilterableByUserOrResource)
{
    window->showPage(MainWindow::Page::Ownership);
    OwnershipView *view = window->ownershipView();
    QAbstractItemModel *model = view->table()->model();
    EXPECT_EQ(model->rowCount(), 21);
    QString ownerEmail;
    int owned = 0;
    for (const QString &userId : h->state().userOrder()) {
        const int n = int(h->state().resourcesOwnedBy(userId).size());
        if (n > owned) {
            owned = n;
            ownerEmail = h->state().user(userId)->email;
        }
    }
    ASSERT_GT(owned, 0);
    QTest::keyClicks(view->filter(), ownerEmail);
    EXPECT_EQ(model->rowCount(), owned);
    saveScreenshot(view, QStringLiteral("ownership.png"));
    view->filter()->clear();
    const QString name = h->state().resource(h->state().resourceOrder().first())->name;
    QTest::keyClicks(view->filter(), name);
    EXPECT_GE(model->rowCount(), 1);
    for (int r = 0; r < model->rowCount(); ++r)
        EXPECT_TRUE(model->index(r, 1).data().toString().contains(name, Qt::CaseInsensitive) ||
                    model->index(r, 0).data().toString().contains(name, Qt::CaseInsensitive));
}

TEST_F(ResourcesScreen, TheSelectedResourceStaysThroughAReload)
{
    window->showPage(MainWindow::Page::Resources);
    ResourcesView *view = window->resourcesView();
    const Resource chosen = ws().resources().resources().at(3);
    view->selectResource(chosen.id);
    ASSERT_EQ(view->selectedId(), chosen.id);
    auto *summary = view->findChild<QLabel *>(QStringLiteral("resourceSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(chosen.name.toHtmlEscaped()));
    window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    ASSERT_TRUE(console.waitUntilIdle());
    EXPECT_EQ(view->selectedId(), chosen.id) << "a reload keeps the resource selected";
    EXPECT_TRUE(summary->text().contains(chosen.name.toHtmlEscaped()))
        << summary->text().toStdString();
}

namespace {

// One way a user reaches a resource, as a line to compare: who, through what, and the rights.
QString pathLine(const QString &email, const QString &through, bool read, bool edit, bool share,
                 bool blocked)
{
    return QStringLiteral("%1 | %2 | read %3 edit %4 share %5 blocked %6")
        .arg(email, through)
        .arg(read)
        .arg(edit)
        .arg(share)
        .arg(blocked);
}

} // namespace

TEST(WhoCanReachPane, ListsForEveryResourceExactlyThePathsOfTheAccessReport)
{
    // A larger account, so that every kind of path shows: administrators, owners, 2FA-protected
    // resources reached by users with and without 2FA, reshare grants, deactivated members.
    SignedInWindow console(SandboxHarness::testOptions(120, 12, 8));
    ASSERT_TRUE(console.startLoaded());
    SandboxHarness &h = console.sandbox();
    MainWindow *window = console.window();

    // The report of the same account, from the command line.
    QTemporaryDir home;
    const HeadlessProgram run =
        HeadlessProgram::run(h, home.path(), {QStringLiteral("report"), QStringLiteral("access")},
                             h.server().options().token);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QHash<QString, QSet<QString>> reported; // resource id -> its paths
    int administrators = 0, owners = 0, blocked = 0, unblockedProtected = 0, reshares = 0,
        deactivated = 0;
    for (const QJsonValue &u :
         QJsonDocument::fromJson(run.out).object()[QStringLiteral("users")].toArray()) {
        const QString email = u[QStringLiteral("email")].toString();
        for (const QJsonValue &r : u[QStringLiteral("resources")].toArray()) {
            const bool isBlocked = r[QStringLiteral("blockedBy2fa")].toBool();
            const bool read = r[QStringLiteral("read")].toBool();
            for (const QJsonValue &via : r[QStringLiteral("via")].toArray()) {
                QString through;
                bool edit = true, share = true;
                if (via[QStringLiteral("owner")].toBool()) {
                    through = QStringLiteral("Owner (created it)");
                    ++owners;
                } else if (via[QStringLiteral("administrator")].toBool()) {
                    through = QStringLiteral("Administrator (reaches everything)");
                    ++administrators;
                } else {
                    const QString group = via[QStringLiteral("group")].toString();
                    through = QStringLiteral("Group ") + h.state().group(group)->name;
                    edit = via[QStringLiteral("edit")].toBool();
                    share = via[QStringLiteral("share")].toBool();
                    reshares += share;
                }
                reported[r[QStringLiteral("id")].toString()].insert(
                    pathLine(email, through, read, read && edit, read && share, isBlocked));
            }
            blocked += isBlocked;
            unblockedProtected +=
                !isBlocked &&
                h.state().resource(r[QStringLiteral("id")].toString())->secAuthProtection;
            deactivated += !u[QStringLiteral("active")].toBool();
        }
    }
    // The account exercises every kind of path.
    EXPECT_GT(administrators, 0);
    EXPECT_GT(owners, 0);
    EXPECT_GT(blocked, 0);
    EXPECT_GT(unblockedProtected, 0);
    EXPECT_GT(reshares, 0);
    EXPECT_GT(deactivated, 0);

    window->showPage(MainWindow::Page::Resources);
    ResourcesView *view = window->resourcesView();
    const QAbstractItemModel *pane = view->reach()->model();
    for (const QString &resourceId : h.state().resourceOrder()) {
        view->selectResource(resourceId);
        ASSERT_EQ(view->selectedId(), resourceId);
        QSet<QString> shown;
        for (int row = 0; row < pane->rowCount(); ++row) {
            auto text = [&](int column) { return pane->index(row, column).data().toString(); };
            auto yes = [&](int column) { return text(column) == QStringLiteral("Yes"); };
            const bool isBlocked = yes(ReachModel::BlockedColumn);
            shown.insert(pathLine(text(ReachModel::EmailColumn), text(ReachModel::ThroughColumn),
                                  yes(ReachModel::ReadColumn), yes(ReachModel::EditColumn),
                                  yes(ReachModel::ShareColumn), isBlocked));
            // A blocked row says why, as the Access tab does.
            if (isBlocked) {
                EXPECT_TRUE(pane->index(row, ReachModel::BlockedColumn)
                                .data(Qt::ToolTipRole)
                                .toString()
                                .contains(QStringLiteral("2-factor")));
            }
        }
        EXPECT_EQ(pane->rowCount(), shown.size()) << "no path twice";
        EXPECT_EQ(shown, reported.value(resourceId))
            << h.state().resource(resourceId)->name.toStdString();
    }
}
