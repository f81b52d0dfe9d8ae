// The session when the server goes away and comes back, and when the token expires in the
// middle of an edit: the console says so, tries again, and loses nothing typed.
#include "budgets.h"
#include "models/connection/connectionmonitor.h"
#include "models/users/userscontroller.h"
#include "models/workspace.h"
#include "quietworkspace.h"
#include "signedinwindow.h"
#include "ui/common/messagebanner.h"
#include "ui/connection/reauthdialog.h"
#include "ui/users/userdialog.h"
#include "ui/users/usersview.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

int usersWithEmail(const SandboxHarness &sandbox, const QString &email)
{
    int n = 0;
    for (const QString &id : sandbox.state().userOrder())
        n += sandbox.state().user(id)->email == email;
    return n;
}

} // namespace

TEST(SessionRobustness, TheSandboxStopsAndComesBackWhileTheConsoleRuns)
{
    SignedInWindow console;
    // Everything in first, so that the stop meets the reload and not the background load.
    ASSERT_TRUE(console.startLoaded());
    MainWindow *window = console.window();
    Workspace *workspace = window->findChild<Workspace *>();
    ASSERT_NE(workspace, nullptr);
    workspace->monitor().setRetryDelays(200, 1000);
    workspace->monitor().setProbeTimeout(2000);
    auto *note = window->findChild<MessageBanner *>(QStringLiteral("sessionNote"));
    auto *status = window->findChild<QLabel *>(QStringLiteral("profileStatus"));
    QStringList seen; // what the monitor said, for a failure's message
    QObject::connect(
        &workspace->monitor(), &ConnectionMonitor::connectionLost, window,
        [&seen](const QString &message) { seen << QStringLiteral("lost: ") + message; });
    QObject::connect(&workspace->monitor(), &ConnectionMonitor::connectionRestored, window,
                     [&seen] { seen << QStringLiteral("restored"); });

    console.sandbox().stop();
    window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return workspace->monitor().state() == ConnectionMonitor::State::Lost; },
        budget::kServerMs))
        << "a reload that cannot reach the server finds the connection lost; state "
        << int(workspace->monitor().state()) << ", in flight "
        << workspace->client().inFlightCount() << ", queued " << workspace->client().queuedCount()
        << ", monitor said: " << seen.join(QStringLiteral("; ")).toStdString();
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("Connection lost")))
        << note->text().toStdString();
    EXPECT_EQ(status->text(), QStringLiteral("Connection lost"));
    // It keeps trying while the server is away.
    QTest::qWait(1500);
    EXPECT_EQ(workspace->monitor().state(), ConnectionMonitor::State::Lost);
    // A user selected meanwhile: the details that cannot be read say so.
    window->showPage(MainWindow::Page::Users);
    window->usersView()->table()->selectRow(0);
    auto *groups = window->usersView()->findChild<QListWidget *>(QStringLiteral("userGroups"));
    ASSERT_NE(groups, nullptr);
    const auto firstLine = [groups] {
        return groups->count() > 0 ? groups->item(0)->text() : QString();
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return firstLine() != QStringLiteral("Loading…"); },
                                budget::kServerMs));
    const QString failure = firstLine();

    ASSERT_TRUE(console.sandbox().restart());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return workspace->monitor().state() == ConnectionMonitor::State::Connected; },
        budget::kServerMs))
        << "it finds the server back by itself";
    EXPECT_TRUE(note->text().contains(QStringLiteral("back"))) << note->text().toStdString();
    EXPECT_NE(status->text(), QStringLiteral("Connection lost"));
    // And the screens are loaded again from the server that came back.
    const int users = console.sandbox().server().options().users;
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return window->usersView()->table()->model()->rowCount() == users; },
                        budget::kServerMs));
    // And the user's details that could not be read are asked for again.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return firstLine() != failure && firstLine() != QStringLiteral("Loading…"); },
        budget::kServerMs))
        << "still: " << firstLine().toStdString();
    // And the reload that failed while it was away is done again: its error goes.
    auto *usersBanner =
        window->usersView()->findChild<MessageBanner *>(QStringLiteral("usersBanner"));
    ASSERT_NE(usersBanner, nullptr);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return !usersBanner->isVisible() || usersBanner->tone() != MessageBanner::Tone::Error;
        },
        budget::kServerMs))
        << usersBanner->text().toStdString();

    // The console works on: a change goes through.
    window->usersView()->newAction()->trigger();
    auto *dialog = window->findChild<UserDialog *>();
    ASSERT_NE(dialog, nullptr);
    SignedInWindow::type(dialog, "firstnameEdit", QStringLiteral("Back"));
    SignedInWindow::type(dialog, "lastnameEdit", QStringLiteral("Again"));
    SignedInWindow::type(dialog, "emailEdit", QStringLiteral("back.again@example.com"));
    SignedInWindow::type(dialog, "passwordEdit", QStringLiteral("long-enough-1"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !window->findChild<UserDialog *>(); }, budget::kServerMs));
    EXPECT_EQ(usersWithEmail(console.sandbox(), QStringLiteral("back.again@example.com")), 1);
}

TEST(SessionRobustness, AGatewayAnsweringForADeadBackendIsAConnectionLost)
{
    SignedInWindow console;
    ASSERT_TRUE(console.start());
    MainWindow *window = console.window();
    Workspace *workspace = window->findChild<Workspace *>();
    workspace->monitor().setRetryDelays(200, 1000);
    auto *note = window->findChild<MessageBanner *>(QStringLiteral("sessionNote"));
    auto *status = window->findChild<QLabel *>(QStringLiteral("profileStatus"));

    // The load balancer in front answers every request with its 502 page: the API is not there.
    console.sandbox().server().injectFaults(
        QList<sandbox::Fault>(100000, sandbox::Fault::BadGatewayHtml));
    window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return workspace->monitor().state() == ConnectionMonitor::State::Lost; },
        budget::kServerMs));
    EXPECT_TRUE(note->text().contains(QStringLiteral("Connection lost")))
        << note->text().toStdString();
    EXPECT_EQ(status->text(), QStringLiteral("Connection lost"));

    console.sandbox().server().clearFaults();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return workspace->monitor().state() == ConnectionMonitor::State::Connected; },
        budget::kServerMs))
        << "it finds the API back by itself";
    EXPECT_TRUE(note->text().contains(QStringLiteral("back"))) << note->text().toStdString();
    EXPECT_NE(status->text(), QStringLiteral("Connection lost"));
}

// A check that gets no answer (a connection left hanging) counts as failed and does not hold up
// the next one.
TEST(SessionRobustness, ACheckWithoutAnAnswerCountsAsFailedAndTheNextOneGoes)
{
    SignedInWindow console;
    ASSERT_TRUE(console.startLoaded());
    Workspace *workspace = console.window()->findChild<Workspace *>();
    workspace->monitor().setRetryDelays(200, 1000);
    workspace->monitor().setProbeTimeout(500);
    QStringList lost;
    QObject::connect(&workspace->monitor(), &ConnectionMonitor::connectionLost, console.window(),
                     [&lost](const QString &message) { lost << message; });
    // A gateway says the API is not there; the checks that follow are answered far too late.
    QList<sandbox::Fault> faults{sandbox::Fault::BadGatewayHtml};
    faults << QList<sandbox::Fault>(40, sandbox::Fault::SlowAnswer);
    console.sandbox().server().injectFaults(faults);
    workspace->usersController().load();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return workspace->monitor().state() == ConnectionMonitor::State::Lost; },
        budget::kServerMs));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return std::any_of(lost.begin(), lost.end(), [](const QString &m) {
                return m.contains(QStringLiteral("did not answer"));
            });
        },
        budget::kServerMs))
        << lost.join(QStringLiteral("; ")).toStdString();
    console.sandbox().server().clearFaults();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return workspace->monitor().state() == ConnectionMonitor::State::Connected; },
        budget::kServerMs))
        << "the next check gets through";
}

TEST(SessionRobustness, TheAPIAnswering500IsNotAnOutage)
{
    SignedInWindow console;
    ASSERT_TRUE(console.start());
    Workspace *workspace = console.window()->findChild<Workspace *>();
    // The API's own error envelope: the server is there and says what went wrong.
    console.sandbox().server().injectFaults(QList<sandbox::Fault>(20, sandbox::Fault::ServerError));
    workspace->usersController().load();
    QTest::qWait(1500);
    EXPECT_EQ(workspace->monitor().state(), ConnectionMonitor::State::Connected);
}

TEST(SessionRobustness, ALoadErrorGoesAwayWhenTheSameLoadSucceeds)
{
    SignedInWindow console;
    ASSERT_TRUE(console.start());
    Workspace *workspace = console.window()->findChild<Workspace *>();
    auto *banner = console.window()->usersView()->findChild<MessageBanner *>();
    ASSERT_NE(banner, nullptr);
    // Nothing else in flight, so that the fault meets the users' load.
    ASSERT_TRUE(QTest::qWaitFor([&] { return isQuiet(*workspace); }, budget::kServerMs));
    console.sandbox().server().injectFaultFor("GET", sandbox::Fault::Forbidden);
    workspace->usersController().load();
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, budget::kServerMs));
    EXPECT_EQ(banner->tone(), MessageBanner::Tone::Error);
    workspace->usersController().load();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !banner->isVisible(); }, budget::kServerMs))
        << banner->text().toStdString();
}

TEST(SessionRobustness, AnExpiredTokenAsksToSignInAgainAndKeepsTheOpenDialog)
{
    // The token is ended by the test while the form is filled in, not by a clock: a sign-in
    // slower than a token's lifetime on a busy machine must not end it first.
    SignedInWindow console;
    ASSERT_TRUE(console.start());
    MainWindow *window = console.window();

    window->usersView()->newAction()->trigger();
    auto *dialog = window->findChild<UserDialog *>();
    ASSERT_NE(dialog, nullptr);
    SignedInWindow::type(dialog, "firstnameEdit", QStringLiteral("Katherine"));
    SignedInWindow::type(dialog, "lastnameEdit", QStringLiteral("Johnson"));
    SignedInWindow::type(dialog, "emailEdit", QStringLiteral("katherine.johnson@example.com"));
    SignedInWindow::type(dialog, "passwordEdit", QStringLiteral("orbital-1962"));
    // The token runs out while the form is being filled in.
    console.sandbox().server().expireTokens();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);

    ReauthDialog *reauth = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            reauth = window->findChild<ReauthDialog *>();
            return reauth && reauth->isVisible();
        },
        budget::kServerMs))
        << "the refused token asks to sign in again";
    EXPECT_TRUE(reauth->findChild<QLabel *>(QStringLiteral("reauthReason"))
                    ->text()
                    .contains(QStringLiteral("token")));
    ASSERT_EQ(window->findChild<UserDialog *>(), dialog) << "the form stays open";
    EXPECT_EQ(usersWithEmail(console.sandbox(), QStringLiteral("katherine.johnson@example.com")),
              0);

    // A wrong token is refused in the dialog itself.
    SignedInWindow::type(reauth, "secretEdit", QStringLiteral("not-a-token"));
    QTest::mouseClick(reauth->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return reauth->findChild<MessageBanner *>(QStringLiteral("messageBanner"))
                ->text()
                .contains(QStringLiteral("not accepted"));
        },
        budget::kServerMs));
    EXPECT_TRUE(reauth->isVisible());

    SignedInWindow::type(reauth, "secretEdit", console.sandbox().server().issueToken());
    QTest::mouseClick(reauth->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !window->findChild<ReauthDialog *>(); }, budget::kServerMs));
    ASSERT_EQ(window->findChild<UserDialog *>(), dialog);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text(),
              QStringLiteral("katherine.johnson@example.com"))
        << "everything typed is still there";

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !window->findChild<UserDialog *>(); }, budget::kServerMs));
    EXPECT_EQ(usersWithEmail(console.sandbox(), QStringLiteral("katherine.johnson@example.com")),
              1);
}
