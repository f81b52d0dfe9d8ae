#include "fakesecretstore.h"
#include "mainwindow.h"
#include "sandboxharness.h"
#include "sessioncontroller.h"

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

namespace {

// True when the picture has more than a handful of distinct colours: something was drawn.
bool looksDrawn(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return colours.size() > 8;
}

} // namespace

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

    auto *label = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(h.server().cloudBaseUrl().toString()));
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("profileStatus"))
                    ->text()
                    .contains(QStringLiteral("Sandbox")));

    auto *table = window.findChild<QTableView *>(QStringLiteral("privilegeTable"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    ASSERT_NE(table, nullptr);
    ASSERT_NE(filter, nullptr);
    EXPECT_EQ(table->model()->rowCount(), 25);
    QTest::keyClicks(filter, QStringLiteral("kubernetes"));
    EXPECT_EQ(table->model()->rowCount(), 2) << "case-insensitive over every column";

    const QImage shot = window.grab().toImage();
    const QString path = QStringLiteral(IONOS_BINARY_DIR "/screenshots/main-window.png");
    QDir().mkpath(QStringLiteral(IONOS_BINARY_DIR "/screenshots"));
    ASSERT_TRUE(shot.save(path));
    EXPECT_TRUE(looksDrawn(QImage(path)));

    session.signOut();
    EXPECT_TRUE(label->text().contains(QStringLiteral("Not connected")));
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
