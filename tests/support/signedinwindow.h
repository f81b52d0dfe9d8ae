#pragma once

#include "budgets.h"
#include "fakesecretstore.h"
#include "models/connection/profilestore.h"
#include "models/connection/sessioncontroller.h"
#include "sandboxharness.h"
#include "ui/mainwindow.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace ionos {
class RestoreDialog;
}

// The console's main window signed in to a sandbox on loopback, as the screen tests start it:
// profiles in a throwaway file, secrets in memory, the users, groups and reseller contracts 1
// and 2 loaded. Call start() from SetUp and ASSERT on it.
class SignedInWindow
{
public:
    explicit SignedInWindow(const sandbox::SandboxOptions &options = SandboxHarness::testOptions());
    ~SignedInWindow();

    // Shows the window, signs in and waits until the users and groups are loaded.
    [[nodiscard]] bool start();
    // The same, then waits until everything is loaded (members, shares, resources) and the
    // access engine is made of it.
    [[nodiscard]] bool startLoaded();

    ionos::MainWindow *window() const { return m_window.get(); }
    SandboxHarness &sandbox() { return *m_sandbox; }
    ionos::SessionController &session() { return *m_session; }
    ionos::ProfileStore &profiles() { return m_profiles; }
    // The screen the console showed after sign-in, before start() showed the users.
    ionos::NavigationTree::Page firstPage() const { return m_firstPage; }
    // Signs in once more with the same profile, as the next session does, and waits until
    // everything is loaded again.
    [[nodiscard]] bool signInAgain();
    // Closes the window and opens a new one on the same session, as after a restart.
    ionos::MainWindow *reopen();
    // Waits until no request of the session is queued or in flight.
    [[nodiscard]] bool waitUntilIdle();

    static void type(QWidget *parent, const char *name, const QString &text);
    // The main screens, each by a short name, in the navigation's order.
    static QList<std::pair<const char *, ionos::MainWindow::Page>> mainScreens();
    // Shows a main screen with its first user or group selected, so its panes have content.
    static void showWithSelection(ionos::MainWindow *window, ionos::MainWindow::Page page);
    // The row of the table whose cell in this column reads text (an e-mail address, a name);
    // -1 when none does.
    static int rowOf(const QTableView *table, int column, const QString &text);
    // Presses the action's button of the open confirmation with this object name; false when
    // none is open.
    [[nodiscard]] static bool confirm(QWidget *root, const char *confirmationName);
    // Waits until the confirmation with this name asks, then presses its action's button. A
    // change that alters nobody's access goes ahead without asking: true also when wentAhead()
    // holds first. False when neither happens in time.
    [[nodiscard]] static bool confirmWhenAsked(QWidget *root, const char *confirmationName,
                                               const std::function<bool()> &wentAhead = {},
                                               int timeoutMs = budget::kServerMs);

    // Selects the newest Activity log entry of this change, presses Undo, and returns the undo
    // dialog once it can run; null (with a failure recorded) when any of that does not happen.
    static ionos::RestoreDialog *openUndo(ionos::MainWindow *window, const QString &change);
    // The same, then Undo pressed, its question confirmed and the run awaited; false (with a
    // failure recorded) when any of that does not happen.
    [[nodiscard]] static bool undo(ionos::MainWindow *window, const QString &change);

private:
    void signIn();

    ionos::NavigationTree::Page m_firstPage = ionos::NavigationTree::Page::Reference;
    QTemporaryDir m_dir;
    QSettings m_settings;
    ionos::ProfileStore m_profiles;
    FakeSecretStore m_secrets;
    QNetworkAccessManager m_manager;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<ionos::SessionController> m_session;
    std::unique_ptr<ionos::MainWindow> m_window;
};
