// The console without a mouse: every control has an accessible name and description, Tab walks
// each screen in a sensible order, menus and dialogs open from the keyboard, and Space toggles
// the privilege checkboxes of the group dialog and of the matrix.
#include "budgets.h"
#include "models/groups/privilegematrixmodel.h"
#include "signedinscreen.h"
#include "ui/connection/connectiondialog.h"
#include "ui/groups/groupdialog.h"
#include "ui/groups/groupsview.h"
#include "ui/groups/matrixview.h"
#include "ui/navigationtree.h"
#include "ui/reseller/resellerview.h"
#include "ui/users/newkeydialog.h"
#include "ui/users/userdialog.h"
#include "ui/users/usersview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMetaEnum>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

bool isControl(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && w->focusPolicy() != Qt::NoFocus &&
           (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
            qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w) ||
            qobject_cast<const QTabBar *>(w));
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()),
                                         w->objectName());
}

// Every control below root: a name and a description that assistive technology reads.
// The clear button of a line edit, and a line edit inside a combo box or spin box, speak
// through their parent.
bool speaksThroughParent(const QWidget *w)
{
    return qobject_cast<QLineEdit *>(w->parentWidget()) ||
           (qobject_cast<const QLineEdit *>(w) &&
            (qobject_cast<QComboBox *>(w->parentWidget()) ||
             qobject_cast<QAbstractSpinBox *>(w->parentWidget())));
}

void expectDescribed(const QWidget *root, const char *where)
{
    int controls = 0;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!isControl(w) || speaksThroughParent(w))
            continue;
        ++controls;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        ASSERT_NE(a, nullptr) << describe(w).toStdString();
        if (qobject_cast<QTabBar *>(w)) {
            // A tab bar speaks through its tabs.
            for (int i = 0; i < a->childCount(); ++i) {
                QAccessibleInterface *tab = a->child(i);
                if (tab->role() != QAccessible::PageTab)
                    continue;
                EXPECT_FALSE(tab->text(QAccessible::Name).isEmpty()) << where;
                EXPECT_FALSE(tab->text(QAccessible::Description).isEmpty())
                    << where << ": no description for the tab "
                    << tab->text(QAccessible::Name).toStdString();
            }
            continue;
        }
        EXPECT_FALSE(a->text(QAccessible::Name).trimmed().isEmpty())
            << where << ": no accessible name: " << describe(w).toStdString();
        EXPECT_FALSE(a->text(QAccessible::Description).trimmed().isEmpty())
            << where << ": no accessible description: " << describe(w).toStdString() << " named "
            << a->text(QAccessible::Name).toStdString();
    }
    EXPECT_GT(controls, 0) << where;
}

class KeyboardOnly : public SignedInScreen
{
protected:
    QWidget *focused() const { return QApplication::focusWidget(); }
    void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = focused() ? focused() : window;
        QTest::keyClick(target, Qt::Key(k), modifiers);
        QApplication::processEvents();
    }
    // Tab from the navigation through the current screen until the navigation has the focus
    // again; the controls in the order they were reached.
    QList<QWidget *> tabCycle()
    {
        window->navigation()->setFocus(Qt::TabFocusReason);
        QList<QWidget *> order;
        for (int i = 0; i < 80; ++i) {
            key(Qt::Key_Tab);
            if (focused() == window->navigation())
                return order;
            if (order.contains(focused())) {
                QStringList names;
                for (QWidget *w : order)
                    names << describe(w);
                ADD_FAILURE() << "reached twice: " << describe(focused()).toStdString() << " after "
                              << names.join(QStringLiteral(", ")).toStdString();
                return order;
            }
            order << focused();
        }
        ADD_FAILURE() << "Tab never came back to the navigation";
        return order;
    }
};

} // namespace

TEST_F(KeyboardOnly, EveryControlOfTheMainScreensHasANameAndADescription)
{
    using Page = MainWindow::Page;
    for (const Page page :
         {Page::Overview, Page::Users, Page::Groups, Page::Matrix, Page::Resources, Page::Ownership,
          Page::Findings, Page::Review, Page::Changes, Page::Reseller, Page::Reference}) {
        window->showPage(page);
        QTest::qWait(200);
        expectDescribed(window, QMetaEnum::fromType<Page>().valueToKey(int(page)));
    }
    // A user's tabs, the effective access among them.
    SignedInWindow::showWithSelection(window, Page::Users);
    for (int tab = 1; tab < window->usersView()->details()->count(); ++tab) {
        window->usersView()->details()->setCurrentIndex(tab);
        QTest::qWait(200);
        expectDescribed(window->usersView(), "user details");
    }
    window->showPage(MainWindow::Page::Groups);
    for (int tab = 1; tab < window->groupsView()->details()->count(); ++tab) {
        window->groupsView()->details()->setCurrentIndex(tab);
        QTest::qWait(200);
        expectDescribed(window->groupsView(), "group details");
    }
}

TEST_F(KeyboardOnly, EveryDialogControlHasANameAndADescription)
{
    window->showPage(MainWindow::Page::Users);
    window->usersView()->newAction()->trigger();
    auto *userDialog = window->findChild<UserDialog *>();
    ASSERT_NE(userDialog, nullptr);
    expectDescribed(userDialog, "user dialog");
    userDialog->reject();

    window->showPage(MainWindow::Page::Groups);
    window->groupsView()->newAction()->trigger();
    auto *groupDialog = window->findChild<GroupDialog *>();
    ASSERT_NE(groupDialog, nullptr);
    expectDescribed(groupDialog, "group dialog");
    groupDialog->reject();

    window->groupsView()->table()->selectRow(0);
    window->groupsView()->details()->setCurrentIndex(1);
    QTest::qWait(200);
    QTest::mouseClick(
        window->groupsView()->findChild<QAbstractButton *>(QStringLiteral("addMembersButton")),
        Qt::LeftButton);
    auto *memberPicker = window->findChild<QDialog *>(QStringLiteral("memberPicker"));
    ASSERT_NE(memberPicker, nullptr);
    expectDescribed(memberPicker, "member picker");
    memberPicker->reject();
    window->groupsView()->details()->setCurrentIndex(2);
    QTest::qWait(200);
    QTest::mouseClick(
        window->groupsView()->findChild<QAbstractButton *>(QStringLiteral("addSharesButton")),
        Qt::LeftButton);
    auto *resourcePicker = window->findChild<QDialog *>(QStringLiteral("resourcePicker"));
    ASSERT_NE(resourcePicker, nullptr);
    expectDescribed(resourcePicker, "resource picker");
    resourcePicker->reject();

    window->showPage(MainWindow::Page::Reseller);
    QTest::qWait(300);
    window->resellerView()->newAction()->trigger();
    auto *adminDialog = window->findChild<QDialog *>(QStringLiteral("adminDialog"));
    ASSERT_NE(adminDialog, nullptr);
    expectDescribed(adminDialog, "admin dialog");
    adminDialog->reject();

    // A new Object Storage key's secret, shown once.
    NewObjectStorageKey created;
    created.key.id = QStringLiteral("00ca413c94eecc56857d");
    created.secret = QStringLiteral("shown-once-in-this-test-only-0123456789");
    NewKeyDialog newKey(created, QStringLiteral("Ada Lovelace"), window);
    newKey.show();
    QTest::qWait(50);
    expectDescribed(&newKey, "new key dialog");
    newKey.reject();

    window->findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
    auto *connection = window->findChild<ConnectionDialog *>();
    ASSERT_NE(connection, nullptr);
    expectDescribed(connection, "connection dialog");
    connection->reject();
}

TEST_F(KeyboardOnly, TabWalksEachScreenInReadingOrder)
{
    window->showPage(MainWindow::Page::Users);
    QTest::qWait(100);
    QList<QWidget *> order = tabCycle();
    QStringList names;
    for (QWidget *w : order)
        names << w->objectName();
    const qsizetype filter = names.indexOf(QStringLiteral("usersFilter"));
    const qsizetype table = names.indexOf(QStringLiteral("usersTable"));
    ASSERT_GE(filter, 0) << names.join(QLatin1Char(' ')).toStdString();
    ASSERT_GE(table, 0) << names.join(QLatin1Char(' ')).toStdString();
    EXPECT_LT(filter, table) << "the filter above the table comes first";
    // Every control of the screen is reached.
    for (QWidget *w : window->usersView()->findChildren<QWidget *>()) {
        if (isControl(w) && w->focusPolicy() & Qt::TabFocus && !qobject_cast<QTabBar *>(w) &&
            !speaksThroughParent(w)) {
            EXPECT_TRUE(order.contains(w)) << "not reached by Tab: " << describe(w).toStdString();
        }
    }

    window->showPage(MainWindow::Page::Groups);
    QTest::qWait(100);
    order = tabCycle();
    names.clear();
    for (QWidget *w : order)
        names << w->objectName();
    EXPECT_LT(names.indexOf(QStringLiteral("groupsFilter")),
              names.indexOf(QStringLiteral("groupsTable")));
    EXPECT_GE(names.indexOf(QStringLiteral("groupsTable")), 0)
        << names.join(QLatin1Char(' ')).toStdString();

    // Every screen: its own controls first, the activity log last, each reached once.
    using Page = MainWindow::Page;
    for (const Page page : {Page::Matrix, Page::Resources, Page::Ownership, Page::Findings,
                            Page::Review, Page::Changes, Page::Reseller, Page::Reference}) {
        window->showPage(page);
        QTest::qWait(100);
        order = tabCycle();
        QStringList seen;
        for (QWidget *w : order)
            seen << describe(w);
        ASSERT_GE(order.size(), 2) << QMetaEnum::fromType<Page>().valueToKey(int(page));
        SCOPED_TRACE(seen.join(QStringLiteral(", ")).toStdString());
        // The activity log starts as its one-line summary, which opens it.
        EXPECT_EQ(order.last()->objectName(), QStringLiteral("activitySummary"))
            << QMetaEnum::fromType<Page>().valueToKey(int(page));
        EXPECT_TRUE(window->findChild<QStackedWidget *>(QStringLiteral("pages"))
                        ->currentWidget()
                        ->isAncestorOf(order.first()))
            << QMetaEnum::fromType<Page>().valueToKey(int(page))
            << ": the screen comes right after the navigation";
    }
}

TEST_F(KeyboardOnly, TheNavigationChangesScreensWithTheArrowKeys)
{
    window->showPage(MainWindow::Page::Users);
    window->navigation()->setFocus(Qt::TabFocusReason);
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    ASSERT_NE(pages, nullptr);
    EXPECT_EQ(pages->currentWidget(), window->usersView());
    key(Qt::Key_Down);
    EXPECT_EQ(pages->currentWidget(), window->groupsView());
    // Down again skips into the next screen (the group nodes are collapsed).
    key(Qt::Key_Down);
    EXPECT_EQ(pages->currentWidget(), window->matrixView());
    key(Qt::Key_Up);
    EXPECT_EQ(pages->currentWidget(), window->groupsView());
    // Right expands the groups, Down reaches the first group.
    key(Qt::Key_Right);
    key(Qt::Key_Down);
    EXPECT_EQ(pages->currentWidget(), window->groupsView());
    EXPECT_TRUE(window->groupsView()->table()->selectionModel()->hasSelection());
}

TEST_F(KeyboardOnly, ANewUserIsTypedAndSavedWithoutTheMouse)
{
    window->showPage(MainWindow::Page::Users);
    window->usersView()->table()->setFocus(Qt::TabFocusReason);
    key(Qt::Key_N, Qt::ControlModifier);
    auto *dialog = window->findChild<UserDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    // The first field has the focus; Tab moves through the form.
    QTest::keyClicks(focused(), QStringLiteral("Ada"));
    key(Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("Lovelace"));
    key(Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("ada.keyboard@example.com"));
    key(Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("analytical-engine"));
    key(Qt::Key_Return);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !window->findChild<UserDialog *>(); }, budget::kServerMs))
        << "Enter saves";
    const auto *user =
        console.sandbox().state().userByEmail(QStringLiteral("ada.keyboard@example.com"));
    ASSERT_NE(user, nullptr);
}

TEST_F(KeyboardOnly, SpaceTogglesAPrivilegeInTheGroupDialog)
{
    window->showPage(MainWindow::Page::Groups);
    window->groupsView()->table()->setFocus(Qt::TabFocusReason);
    key(Qt::Key_N, Qt::ControlModifier);
    auto *dialog = window->findChild<GroupDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    // Tab from the name to the first privilege checkbox.
    QCheckBox *check = nullptr;
    for (int i = 0; i < 10 && !check; ++i) {
        key(Qt::Key_Tab);
        check = qobject_cast<QCheckBox *>(focused());
    }
    ASSERT_NE(check, nullptr) << "a privilege checkbox is reached by Tab";
    const bool before = check->isChecked();
    key(Qt::Key_Space);
    EXPECT_NE(check->isChecked(), before);
    key(Qt::Key_Space);
    EXPECT_EQ(check->isChecked(), before);
    key(Qt::Key_Escape);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return !window->findChild<GroupDialog *>(); }, budget::kServerMs));
}

TEST_F(KeyboardOnly, SpaceTogglesACellOfThePrivilegeMatrix)
{
    window->showPage(MainWindow::Page::Matrix);
    QTableView *table =
        window->matrixView()->findChild<QTableView *>(QStringLiteral("matrixTable"));
    ASSERT_NE(table, nullptr);
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentIndex(table->model()->index(0, 0));
    key(Qt::Key_Right);
    const QModelIndex cell = table->currentIndex();
    ASSERT_EQ(cell.column(), 1);
    const QVariant before = cell.data(Qt::CheckStateRole);
    ASSERT_TRUE(before.isValid()) << "the matrix cells are checkboxes";
    key(Qt::Key_Space);
    EXPECT_NE(cell.data(Qt::CheckStateRole), before);
    auto *apply = window->matrixView()->findChild<QAction *>(QStringLiteral("applyMatrixAction"));
    EXPECT_TRUE(apply->isEnabled()) << "the change is staged";
    key(Qt::Key_Space);
    EXPECT_EQ(cell.data(Qt::CheckStateRole), before);
}
