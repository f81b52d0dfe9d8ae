#include "fakesecretstore.h"
#include "models/connection/sessioncontroller.h"
#include "sandboxharness.h"
#include "screenshots.h"
#include "ui/mainwindow.h"

#include <QDialog>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
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
    ASSERT_TRUE(changed.wait(10000));

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
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_EQ(session.activeProfile()->name, QStringLiteral("Remembered"));
    EXPECT_EQ(window.findChild<QDialog *>(), nullptr) << "no dialog was needed";
}
