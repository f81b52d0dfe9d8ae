// The navigation and the screens of a session: the tree builds its children from the models,
// a drop of users is taken only by a group's own nodes, and switching profile replaces every
// screen of the previous session (none stays behind holding its workspace).
#include "budgets.h"
#include "models/account/accountstate.h"
#include "models/groups/groupsmodel.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "signedinscreen.h"
#include "ui/groups/groupsview.h"
#include "ui/navigationtree.h"
#include "ui/reseller/resellerview.h"
#include "ui/resources/resourcesview.h"
#include "ui/users/usersview.h"

#include <QAction>
#include <QDragMoveEvent>
#include <QListWidget>
#include <QMimeData>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidgetItemIterator>

#include <gtest/gtest.h>

using namespace ionos;
using Page = NavigationTree::Page;

namespace {

class Navigation : public SignedInScreen
{
protected:
    NavigationTree *tree() { return window->navigation(); }

    QList<QTreeWidgetItem *> nodes(Page page)
    {
        QList<QTreeWidgetItem *> found;
        for (QTreeWidgetItemIterator it(tree()); *it; ++it) {
            if ((*it)->data(0, NavigationTree::PageRole).value<Page>() == page)
                found << *it;
        }
        return found;
    }

    // Drags users onto a node; whether the tree took them.
    bool dropUsersOn(QTreeWidgetItem *node, const QStringList &userIds)
    {
        UsersModel &users = window->workspace()->users();
        QModelIndexList rows;
        for (const QString &id : userIds)
            rows << users.index(users.rowOf(id), 0);
        std::unique_ptr<QMimeData> mime(users.mimeData(rows));
        for (QTreeWidgetItem *up = node->parent(); up; up = up->parent())
            tree()->expandItem(up);
        tree()->scrollToItem(node);
        const QPoint at = tree()->visualItemRect(node).center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree()->viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree()->viewport(), &move);
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree()->viewport(), &drop);
        EXPECT_EQ(move.isAccepted(), drop.isAccepted()) << node->text(0).toStdString();
        return drop.isAccepted();
    }

    int memberPosts()
    {
        int posts = 0;
        for (const auto &r : h->server().requestLog())
            posts += r.method == "POST" && r.path.contains(QStringLiteral("/users")) &&
                             r.path.contains(QStringLiteral("/groups/"))
                         ? 1
                         : 0;
        return posts;
    }
};

} // namespace

TEST_F(Navigation, BuildsGroupsResourceTypesAndContractsFromTheModels)
{
    const GroupsModel &groups = window->workspace()->groups();
    EXPECT_EQ(nodes(Page::Group).size(), groups.rowCount());
    EXPECT_EQ(nodes(Page::Members).size(), groups.rowCount());
    EXPECT_EQ(nodes(Page::Shares).size(), groups.rowCount());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !nodes(Page::ResourceType).isEmpty(); }, budget::kServerMs));
    EXPECT_EQ(nodes(Page::Contract).size(), 2);
    for (QTreeWidgetItem *contract : nodes(Page::Contract))
        EXPECT_TRUE(contract->data(0, NavigationTree::GroupIdRole).toString().isEmpty());

    // A group that appears in the model appears in the tree.
    Group extra;
    extra.id = QStringLiteral("new-group");
    extra.name = QStringLiteral("Zeta Auditors");
    window->workspace()->state().addGroup(extra);
    EXPECT_EQ(nodes(Page::Group).size(), groups.rowCount());

    // Each node leads to its screen, with what it names.
    QTreeWidgetItem *typeNode = nodes(Page::ResourceType).first();
    tree()->setCurrentItem(typeNode);
    EXPECT_EQ(tree()->destination().resourceType,
              typeNode->data(0, NavigationTree::ResourceTypeRole).toString());
    EXPECT_EQ(window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
              window->resourcesView());
    tree()->setCurrentItem(nodes(Page::Contract).last());
    EXPECT_EQ(tree()->destination().contract, 2);
    EXPECT_EQ(window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
              window->resellerView());
}

// Every top-level node leads to a screen of its own (the reference only to the reference).
TEST_F(Navigation, EveryMainScreenIsReachedAndItsOwn)
{
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QSet<QWidget *> seen;
    for (const auto &[name, page] : SignedInWindow::mainScreens()) {
        window->showPage(page);
        QWidget *shown = pages->currentWidget();
        ASSERT_NE(shown, nullptr) << name;
        EXPECT_TRUE(shown->isVisible()) << name;
        EXPECT_FALSE(seen.contains(shown)) << name << ": shows another screen";
        seen.insert(shown);
    }
}

TEST_F(Navigation, UsersDroppedOnAResourceTypeOrAContractAreRefused)
{
    const QString user = h->state().userOrder().first();
    // A group selected before, which such a drop once reached.
    tree()->setCurrentItem(nodes(Page::Group).first());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !nodes(Page::ResourceType).isEmpty(); }, budget::kServerMs));
    h->server().clearRequestLog();
    EXPECT_FALSE(dropUsersOn(nodes(Page::ResourceType).first(), {user}));
    EXPECT_FALSE(dropUsersOn(nodes(Page::Contract).first(), {user}));
    EXPECT_FALSE(dropUsersOn(nodes(Page::Groups).first(), {user}));
    QTest::qWait(300);
    EXPECT_EQ(memberPosts(), 0);

    // A group's members node takes them.
    QString groupId;
    QTreeWidgetItem *members = nullptr;
    for (QTreeWidgetItem *node : nodes(Page::Members)) {
        groupId = node->data(0, NavigationTree::GroupIdRole).toString();
        members = node;
        if (!h->state().isMember(groupId, user))
            break;
    }
    ASSERT_FALSE(h->state().isMember(groupId, user));
    EXPECT_TRUE(dropUsersOn(members, {user}));
    // Asked first when the group gives them something.
    ASSERT_TRUE(SignedInWindow::confirmWhenAsked(window, "addMembersConfirmation",
                                                 [&] { return memberPosts() > 0; }));
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return h->state().isMember(groupId, user); }, budget::kServerMs));
}

TEST_F(Navigation, SwitchingProfileTwiceLeavesNoScreenOfAnEarlierSession)
{
    QPointer<ResellerView> firstReseller = window->resellerView();
    QPointer<UsersView> firstUsers = window->usersView();
    QPointer<Workspace> firstWorkspace = window->workspace();
    ASSERT_TRUE(firstReseller);
    ConnectionProfile other;
    other.name = QStringLiteral("Other");
    other.cloudUrl = h->server().cloudBaseUrl().toString();
    other.resellerUrl = h->server().resellerBaseUrl().toString();
    other.resellerContracts = {1};
    for (int round = 0; round < 2; ++round) {
        session->signIn(other, h->server().options().token, false);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return window->workspace() && window->workspace() != firstWorkspace; },
            budget::kServerMs));
        firstWorkspace = window->workspace();
    }
    EXPECT_FALSE(firstReseller) << "the first session's reseller screen is gone";
    EXPECT_FALSE(firstUsers);
    EXPECT_EQ(window->findChildren<ResellerView *>().size(), 1);
    EXPECT_EQ(window->findChildren<UsersView *>().size(), 1);
    // The screen of the new session works with its own workspace.
    window->showPage(Page::Reseller);
    EXPECT_EQ(nodes(Page::Contract).size(), 1);
    tree()->setCurrentItem(nodes(Page::Contract).first());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            auto *table = window->resellerView()->findChild<QTableView *>();
            return table && table->model() && table->model()->rowCount() > 0;
        },
        budget::kServerMs));
}

TEST_F(Navigation, RefreshOnAResourceTypeLoadsThatTypeAlone)
{
    // Everything loaded first: the type nodes are made anew as the resources come in.
    ASSERT_TRUE(QTest::qWaitFor([&] { return isQuiet(); }, budget::kServerMs));
    ASSERT_FALSE(nodes(Page::ResourceType).isEmpty());
    QTreeWidgetItem *typeNode = nodes(Page::ResourceType).first();
    const QString id = typeNode->data(0, NavigationTree::ResourceTypeRole).toString();
    tree()->setCurrentItem(typeNode);
    h->server().clearRequestLog();
    window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !h->server().requestLog().isEmpty(); }, budget::kServerMs));
    QTest::qWait(300);
    QStringList paths;
    for (const auto &r : h->server().requestLog())
        paths << QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
    EXPECT_EQ(paths, QStringList{QStringLiteral("GET /cloudapi/v6/um/resources/%1").arg(id)});
    EXPECT_EQ(tree()->currentItem(), typeNode) << "the node stays selected";
}

TEST_F(Navigation, TheResourcesTabOfAGroupListsWhatItsMembersReach)
{
    QString groupId;
    for (const QString &id : h->state().groupOrder()) {
        if (h->state().sharesOf(id).size() >= 1)
            groupId = id;
    }
    ASSERT_FALSE(groupId.isEmpty());
    window->showPage(Page::Groups);
    window->groupsView()->selectGroup(groupId);
    QListWidget *list = window->groupsView()->resourcesList();
    window->groupsView()->details()->setCurrentWidget(list);
    const int shared = int(h->state().sharesOf(groupId).size());
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->count() == shared; }, budget::kServerMs));
    const sandbox::SbResource *first =
        h->state().resource(h->state().sharesOf(groupId).first().resourceId);
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    EXPECT_TRUE(texts.join(QLatin1Char('\n')).contains(first->name))
        << texts.join(QLatin1Char('\n')).toStdString();
}
