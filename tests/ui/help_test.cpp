// Help: the Getting Started page (F1) and the About dialog.
#include "ui/common/translations.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/gettingstarteddialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
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
