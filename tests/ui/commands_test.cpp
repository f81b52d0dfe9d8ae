// The actions are in sight: a toolbar (icons with text) and an Edit menu carry New, Edit,
// Delete, Refresh and the screen's own actions, enabled by the selection, and they are the
// screen's own actions, so the toolbar does what the context menu and the keys do.
#include "signedinscreen.h"
#include "ui/groups/groupsview.h"
#include "ui/groups/matrixview.h"
#include "ui/users/userdialog.h"
#include "ui/users/usersview.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class Commands : public SignedInScreen
{
protected:
    void SetUp() override
    {
        SignedInScreen::SetUp();
        if (HasFatalFailure())
            return;
        toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        editMenu = window->findChild<QMenu *>(QStringLiteral("editMenu"));
        ASSERT_NE(toolBar, nullptr);
        ASSERT_NE(editMenu, nullptr);
    }

    // The toolbar's and the Edit menu's action with this object name, when both have it.
    QAction *shared(const char *name) const
    {
        QAction *inBar = nullptr;
        for (QAction *a : toolBar->actions())
            if (a->objectName() == QLatin1String(name))
                inBar = a;
        for (QAction *a : editMenu->actions())
            if (a == inBar)
                return a;
        return nullptr;
    }

    QToolBar *toolBar = nullptr;
    QMenu *editMenu = nullptr;
};

} // namespace

TEST_F(Commands, TheToolbarAndTheEditMenuCarryTheUsersActions)
{
    window->showPage(MainWindow::Page::Users);
    EXPECT_TRUE(toolBar->isVisible());
    EXPECT_EQ(toolBar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    bool editInMenuBar = false;
    for (QAction *a : window->menuBar()->actions())
        editInMenuBar |= a->menu() == editMenu;
    EXPECT_TRUE(editInMenuBar);

    QAction *create = shared("newUserAction");
    QAction *edit = shared("editUserAction");
    QAction *remove = shared("deleteUserAction");
    ASSERT_TRUE(create && edit && remove);
    EXPECT_EQ(create, window->usersView()->newAction()) << "the screen's own action";
    EXPECT_TRUE(shared("refreshAction"));
    auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(create));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->icon().isNull());
    EXPECT_EQ(button->text(), QStringLiteral("New User")) << "text beside the icon";

    QTableView *table = window->usersView()->table();
    table->clearSelection();
    EXPECT_TRUE(create->isEnabled());
    EXPECT_FALSE(edit->isEnabled()) << "nothing selected";
    EXPECT_FALSE(remove->isEnabled());
    table->selectRow(0);
    EXPECT_TRUE(edit->isEnabled());
    EXPECT_TRUE(remove->isEnabled());

    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->findChild<UserDialog *>() != nullptr; }));
    window->findChild<UserDialog *>()->reject();
}

TEST_F(Commands, TheGroupsScreenOffersItsMembersAndSharesActions)
{
    window->showPage(MainWindow::Page::Groups);
    EXPECT_TRUE(shared("newGroupAction"));
    QAction *addMembers = shared("addMembersAction");
    QAction *removeMembers = shared("removeMembersAction");
    QAction *share = shared("shareResourcesAction");
    ASSERT_TRUE(addMembers && removeMembers && share && shared("stopSharingAction"));
    EXPECT_FALSE(shared("newUserAction")) << "only the screen shown";

    QTableView *groups = window->groupsView()->table();
    groups->clearSelection();
    EXPECT_FALSE(addMembers->isEnabled()) << "no group";
    groups->selectRow(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return addMembers->isEnabled(); }));
    EXPECT_TRUE(share->isEnabled());
    EXPECT_FALSE(removeMembers->isEnabled()) << "no member selected";
}

TEST_F(Commands, TheMatrixOffersApplyOnceSomethingChanged)
{
    window->showPage(MainWindow::Page::Matrix);
    QAction *apply = shared("applyMatrixAction");
    ASSERT_NE(apply, nullptr);
    EXPECT_FALSE(apply->isEnabled());
    QTableView *table = window->matrixView()->table();
    ASSERT_NE(table, nullptr);
    const QModelIndex cell = table->model()->index(0, 2);
    table->model()->setData(
        cell, cell.data(Qt::CheckStateRole).toInt() == Qt::Checked ? Qt::Unchecked : Qt::Checked,
        Qt::CheckStateRole);
    EXPECT_TRUE(apply->isEnabled());
    shared("discardMatrixAction")->trigger();
    EXPECT_FALSE(apply->isEnabled());
}

TEST_F(Commands, AReadOnlyScreenShowsNoNewEditOrDelete)
{
    for (const MainWindow::Page page :
         {MainWindow::Page::Reference, MainWindow::Page::Ownership, MainWindow::Page::Findings,
          MainWindow::Page::Resources, MainWindow::Page::Review}) {
        window->showPage(page);
        for (QAction *a : toolBar->actions() + editMenu->actions()) {
            const QString text = a->text();
            for (const char *basic : {"&New", "New", "&Edit", "Edit", "&Delete", "Delete"})
                EXPECT_NE(text, QLatin1String(basic)) << int(page);
            EXPECT_TRUE(a->isSeparator() || !a->text().isEmpty());
        }
        EXPECT_TRUE(shared("refreshAction")) << int(page);
        ASSERT_FALSE(toolBar->actions().isEmpty());
        EXPECT_EQ(toolBar->actions().first()->objectName(), QStringLiteral("refreshAction"))
            << "the toolbar starts with what works here";
    }
    // The users screen still has all three, and in the toolbar first.
    window->showPage(MainWindow::Page::Users);
    ASSERT_GE(toolBar->actions().size(), 4);
    EXPECT_TRUE(toolBar->actions().at(3)->isSeparator());
}

TEST_F(Commands, DeleteRemoveFromGroupAndStopSharingEachHaveTheirOwnIcon)
{
    window->showPage(MainWindow::Page::Groups);
    QAction *remove = shared("deleteGroupAction");
    QAction *removeMembers = shared("removeMembersAction");
    QAction *stopSharing = shared("stopSharingAction");
    ASSERT_NE(remove, nullptr);
    ASSERT_NE(removeMembers, nullptr);
    ASSERT_NE(stopSharing, nullptr);
    auto picture = [](const QAction *a) { return a->icon().pixmap(32, 32).toImage(); };
    EXPECT_NE(picture(remove), picture(removeMembers));
    EXPECT_NE(picture(remove), picture(stopSharing));
    EXPECT_NE(picture(removeMembers), picture(stopSharing));
    // Each action once on the screen's toolbar.
    QSet<QString> names;
    for (QAction *a : toolBar->actions()) {
        if (a->isSeparator())
            continue;
        EXPECT_FALSE(names.contains(a->text())) << a->text().toStdString();
        names.insert(a->text());
    }
}
