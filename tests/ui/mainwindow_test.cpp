#include "budgets.h"
#include "fakesecretstore.h"
#include "models/connection/sessioncontroller.h"
#include "sandboxharness.h"
#include "screenshots.h"
#include "signedinwindow.h"
#include "testtokens.h"
#include "ui/common/messagebanner.h"
#include "ui/loadstatus.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

TEST(MainWindow, ShowsTheSessionAndItsActivityAndFiltersThePrivileges)
{
    SandboxHarness h;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.conf")), QSettings::IniFormat);
    ProfileStore profiles(settings);
    FakeSecretStore secrets;
    QNetworkAccessManager manager;
    SessionController session(&manager, profiles, secrets, {});
    MainWindow window(&session);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    ConnectionProfile p;
    p.name = QStringLiteral("Sandbox");
    p.cloudUrl = h.server().cloudBaseUrl().toString();
    p.resellerUrl = h.server().resellerBaseUrl().toString();
    QSignalSpy changed(&session, &SessionController::sessionChanged);
    session.signIn(p, h.server().options().token, false);
    ASSERT_TRUE(changed.wait(budget::kServerMs));

    auto *label = window.findChild<QLabel *>(QStringLiteral("profileStatus"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("Sandbox")));
    EXPECT_TRUE(label->toolTip().contains(h.server().cloudBaseUrl().toString()))
        << "the addresses on asking";

    auto *table = window.findChild<QTableView *>(QStringLiteral("privilegeTable"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    ASSERT_NE(table, nullptr);
    ASSERT_NE(filter, nullptr);
    EXPECT_EQ(table->model()->rowCount(), 25);
    QTest::keyClicks(filter, QStringLiteral("kubernetes"));
    EXPECT_EQ(table->model()->rowCount(), 2) << "case-insensitive over every column";

    saveScreenshot(&window, QStringLiteral("main-window.png"));

    session.signOut();
    EXPECT_TRUE(label->text().contains(QStringLiteral("Not connected")));
    EXPECT_TRUE(label->toolTip().isEmpty());
}

TEST(MainWindow, StartsWithTheLastProfileWhenItsSecretIsStored)
{
    SandboxHarness h;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.conf")), QSettings::IniFormat);
    ProfileStore profiles(settings);
    ConnectionProfile p;
    p.name = QStringLiteral("Remembered");
    p.cloudUrl = h.server().cloudBaseUrl().toString();
    p.resellerUrl = h.server().resellerBaseUrl().toString();
    profiles.save(p);
    profiles.setLastUsed(p.name);
    FakeSecretStore secrets;
    secrets.secrets.insert(p.secretKey(), h.server().options().token);
    QNetworkAccessManager manager;
    SessionController session(&manager, profiles, secrets, {});
    MainWindow window(&session);
    QSignalSpy changed(&session, &SessionController::sessionChanged);
    window.startSession();
    ASSERT_TRUE(changed.wait(budget::kServerMs));
    EXPECT_EQ(session.activeProfile()->name, QStringLiteral("Remembered"));
    EXPECT_EQ(window.findChild<QDialog *>(), nullptr) << "no dialog was needed";
}

TEST(MainWindow, SaysHowFarTheBackgroundLoadIsAndWhatIsStillLoading)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.groups = 30;
    o.latencyMs = 40;
    o.burst = 2;
    SignedInWindow console(o);
    ASSERT_TRUE(console.start());
    ASSERT_TRUE(console.waitUntilIdle());
    MainWindow *window = console.window();
    window->showPage(MainWindow::Page::Resources);
    auto *background = window->findChild<QLabel *>(QStringLiteral("backgroundStatus"));
    auto *heading = window->findChild<QLabel *>(QStringLiteral("reachHeading"));
    ASSERT_NE(background, nullptr);
    ASSERT_NE(heading, nullptr);
    EXPECT_FALSE(background->isVisible()) << "nothing is loading";
    // Effective access is made of what was loaded (in the background, a moment later).
    const auto headingSettles = [&] {
        return QTest::qWaitFor(
            [&] { return heading->text() == QStringLiteral("Who can reach it:"); },
            budget::kServerMs);
    };
    EXPECT_TRUE(headingSettles()) << heading->text().toStdString();

    // Everything again: the groups' details come in the background, after the lists.
    window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    static const QRegularExpression progress(
        QStringLiteral("^Loading group details: (\\d+) of 30$"));
    QString seen;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto m = progress.match(background->text());
            if (background->isVisible() && m.hasMatch() && m.captured(1).toInt() > 0)
                seen = background->text();
            return !seen.isEmpty();
        },
        budget::kServerMs))
        << background->text().toStdString();
    EXPECT_TRUE(heading->text().contains(QStringLiteral("loading")))
        << heading->text().toStdString();
    ASSERT_TRUE(console.waitUntilIdle());
    EXPECT_FALSE(background->isVisible());
    EXPECT_TRUE(headingSettles()) << heading->text().toStdString();
}

TEST(MainWindowStatus, SaysWhatIsLoadingOnlyWhileItLoadsAndTheRateLimitOnlyWhenItIsLow)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.ratePerMinute = 12; // the sign-in alone needs more than that
    o.burst = 12;
    SignedInWindow console(o);
    ASSERT_TRUE(console.start());
    MainWindow *window = console.window();
    auto *rate = window->findChild<QLabel *>(QStringLiteral("rateStatus"));
    auto *requests = window->findChild<QLabel *>(QStringLiteral("activityStatus"));
    ASSERT_NE(rate, nullptr);
    ASSERT_NE(requests, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rate->isVisible(); }, budget::kServerMs))
        << "less than a fifth of 12 is left during the sign-in";
    EXPECT_TRUE(rate->text().startsWith(QStringLiteral("Requests left this minute: ")))
        << rate->text().toStdString();
    EXPECT_TRUE(rate->text().endsWith(QStringLiteral(" of 12"))) << rate->text().toStdString();
    EXPECT_TRUE(requests->isVisible()) << "the rest of the sign-in waits for the budget";
    EXPECT_TRUE(requests->text().startsWith(QStringLiteral("Working: ")))
        << requests->text().toStdString();

    // At the sandbox's usual budget nothing is said about it.
    SignedInWindow roomy;
    ASSERT_TRUE(roomy.start());
    ASSERT_TRUE(roomy.waitUntilIdle());
    EXPECT_FALSE(roomy.window()->findChild<QLabel *>(QStringLiteral("rateStatus"))->isVisible());
    EXPECT_FALSE(
        roomy.window()->findChild<QLabel *>(QStringLiteral("activityStatus"))->isVisible());

    RateLimitFigures low;
    low.limitPerMinute = 10000;
    low.remaining = 1500;
    low.burst = 50;
    EXPECT_TRUE(LoadStatus::rateLimitMatters(low));
    low.remaining = 2000;
    EXPECT_FALSE(LoadStatus::rateLimitMatters(low)) << "a fifth left is not yet low";
    low.remaining = 1500;
    EXPECT_EQ(LoadStatus::rateLimitText(low, QLocale(QLocale::German)),
              QStringLiteral("Requests left this minute: 1.500 of 10.000"));
    EXPECT_EQ(LoadStatus::rateLimitText(low, QLocale(QLocale::English)),
              QStringLiteral("Requests left this minute: 1,500 of 10,000"));
}

// A token read for its expiry: the connection's details say until when it is valid, and from
// two weeks before it the window warns, once, in its notification area.
TEST(MainWindowToken, SaysUntilWhenTheTokenIsValidAndWarnsTwoWeeksBefore)
{
    for (const int days : {10, 30}) {
        const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(days).addSecs(3600);
        sandbox::SandboxOptions o = SandboxHarness::testOptions();
        o.token = makeToken(expires);
        SignedInWindow console(o);
        ASSERT_TRUE(console.start());
        MainWindow *window = console.window();
        auto *status = window->findChild<QLabel *>(QStringLiteral("profileStatus"));
        EXPECT_TRUE(status->toolTip().contains(QStringLiteral("valid until"))) << days;
        auto *note = window->findChild<MessageBanner *>(QStringLiteral("sessionNote"));
        QStringList said;
        for (const Notice *n : note->notices())
            said << n->text();
        const bool warned = std::any_of(said.begin(), said.end(), [](const QString &text) {
            return text.contains(QStringLiteral("expires on")) &&
                   text.contains(QStringLiteral("Token Manager"));
        });
        EXPECT_EQ(warned, days <= 14) << days << ": " << said.join(QLatin1Char('|')).toStdString();
        if (warned) {
            const Notice *warning = note->notices().first();
            EXPECT_EQ(warning->tone(), Notice::Tone::Warning);
            EXPECT_TRUE(warning->text().contains(QStringLiteral("in 10 days")))
                << warning->text().toStdString();
        }
    }
}
