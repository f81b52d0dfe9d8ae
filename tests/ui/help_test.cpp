// Help: the Getting Started page (F1) and the About dialog.
#include "models/access/accessengine.h"
#include "models/access/privilegeholdersmodel.h"
#include "models/connection/sessioncontroller.h"
#include "models/privilegereferencemodel.h"
#include "models/workspace.h"
#include "sandboxharness.h"
#include "signedinscreen.h"
#include "ui/common/translations.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/gettingstarteddialog.h"
#include "ui/help/privilegereferenceview.h"
#include "ui/mainwindow.h"
#include "ui/navigationtree.h"

#include <QAction>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace ionos;

TEST(Help, GettingStartedExplainsTheTokenForTwoFactorAccounts)
{
    MainWindow window(nullptr);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    auto *page = window.findChild<GettingStartedDialog *>();
    ASSERT_NE(page, nullptr) << "F1 opens it";
    EXPECT_TRUE(page->isVisible());
    const QString text = page->page()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("2-factor")));
    EXPECT_TRUE(text.contains(QStringLiteral("Token Manager")));
    EXPECT_TRUE(text.contains(QStringLiteral("--demo")));
    EXPECT_TRUE(text.contains(QStringLiteral("toolbar")) && text.contains(QStringLiteral("Edit")))
        << "it says where the actions are";
    // Every screen of the navigation is named, with what it is for.
    const NavigationTree *navigation = window.navigation();
    ASSERT_GT(navigation->topLevelItemCount(), 5);
    for (int i = 0; i < navigation->topLevelItemCount(); ++i) {
        const QString screen = navigation->topLevelItem(i)->text(0);
        EXPECT_TRUE(text.contains(screen + QStringLiteral(":"))) << screen.toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Activity")));
    // Asked again, the same page comes forward instead of a second one.
    window.findChild<QAction *>(QStringLiteral("gettingStartedAction"))->trigger();
    EXPECT_EQ(window.findChildren<GettingStartedDialog *>().size(), 1);
}

TEST(Help, AboutNamesVersionLicenceAndApis)
{
    MainWindow window(nullptr);
    window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    auto *about = window.findChild<AboutDialog *>();
    ASSERT_NE(about, nullptr);
    const QString text = about->findChild<QLabel *>(QStringLiteral("aboutText"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral(IONOS_ADMIN_VERSION)));
    EXPECT_TRUE(text.contains(QStringLiteral("GNU General Public License")));
    EXPECT_TRUE(text.contains(QStringLiteral("Cloud API v6")));
    EXPECT_TRUE(text.contains(QStringLiteral("https://api.ionos.com/cloudapi/v6")));
    EXPECT_TRUE(text.contains(QStringLiteral("Reseller API v2")));
    about->reject();
}

TEST(Help, TheLanguageFollowsTheSystemUnlessAsked)
{
    EXPECT_TRUE(Translations::available().contains(QStringLiteral("de")));
    EXPECT_EQ(Translations::choose({}, QLocale(QLocale::German, QLocale::Austria)),
              QStringLiteral("de"));
    EXPECT_EQ(Translations::choose({}, QLocale(QLocale::French, QLocale::France)),
              QStringLiteral("en"));
    EXPECT_EQ(Translations::choose(QStringLiteral("en"), QLocale(QLocale::German)),
              QStringLiteral("en"));
    EXPECT_EQ(Translations::choose(QStringLiteral("de_CH")), QStringLiteral("de"));
    EXPECT_EQ(Translations::choose(QStringLiteral("xx")), QString());
}

// Signed in, the privilege reference answers the inverse question: who holds the selected
// privilege, and through which group (or as an administrator).
// The whole account loaded and its access worked out, as a screen would ask for it.
class HelpSignedIn : public SignedInScreen
{
protected:
    HelpSignedIn()
        : SignedInScreen(Start::EverythingLoaded)
    {}
    bool isReady() override
    {
        ws().accessEngine().current();
        return ws().accessEngine().isSettled();
    }
};

TEST_F(HelpSignedIn, TheReferenceSaysWhoHoldsThePrivilegeAndThroughWhichGroup)
{
    const sandbox::SandboxState &state = h->state();
    // Worked out from the sandbox's own state: administrators, and members of a granting group.
    const QString key = QStringLiteral("createDatacenter");
    QStringList expected;
    for (const QString &userId : state.userOrder()) {
        const sandbox::SbUser *u = state.user(userId);
        bool holds = u->administrator;
        for (const QString &groupId : state.groupOrder())
            holds = holds || (state.group(groupId)->privileges.value(key) &&
                              state.membersOf(groupId).contains(userId));
        if (holds)
            expected << u->email;
    }
    expected.sort();
    ASSERT_FALSE(expected.isEmpty());

    window->showPage(MainWindow::Page::Reference);
    auto *reference = window->findChild<PrivilegeReferenceView *>();
    ASSERT_NE(reference, nullptr);
    // No privilege chosen yet: a sentence, not an empty list.
    EXPECT_FALSE(reference->holdersTable()->isVisible());
    QAbstractItemModel *privileges = reference->table()->model();
    for (int row = 0; row < privileges->rowCount(); ++row) {
        if (privileges->index(row, PrivilegeReferenceModel::KeyColumn).data().toString() == key)
            reference->table()->setCurrentIndex(privileges->index(row, 0));
    }
    EXPECT_TRUE(reference->holdersTable()->isVisible());
    QAbstractItemModel *holders = reference->holdersTable()->model();
    QStringList shown;
    for (int row = 0; row < holders->rowCount(); ++row)
        shown << holders->index(row, PrivilegeHoldersModel::UserColumn).data().toString();
    shown.sort();
    EXPECT_EQ(shown, expected);
    EXPECT_TRUE(reference->holdersHeading()->text().contains(QStringLiteral("Create Data Center")));
    EXPECT_TRUE(reference->holdersTable()->isVisible());

    // Signed out, the reference is a reference again.
    session->signOut();
    EXPECT_FALSE(reference->holdersTable()->isVisible());
}
