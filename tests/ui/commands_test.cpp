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

TEST_F(Commands, AScreenWithoutThemShowsTheirPlacesDisabled)
{
    window->showPage(MainWindow::Page::Reference);
    const QList<QAction *> actions = toolBar->actions();
    ASSERT_GE(actions.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_FALSE(actions.at(i)->isSeparator());
        EXPECT_FALSE(actions.at(i)->isEnabled()) << actions.at(i)->text().toStdString();
    }
    EXPECT_TRUE(shared("refreshAction"));
}
