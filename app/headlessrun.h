#pragma once

#include "app/commandline.h"
#include "models/connection/keychainsecretstore.h"
#include "models/connection/profilestore.h"
#include "models/connection/sessioncontroller.h"
#include "models/snapshot/accountsnapshot.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>

#include <functional>

namespace ionos {

class Workspace;

// A run without a window, as a script starts it: signs in as the console does (the profile
// named or used last, the IONOS_* variables, --api-url), loads the whole account, then hands it
// to the work. Every way it ends quits the program's event loop with its exit code; a failure
// is one line on standard error and exit code 2.
class HeadlessRun : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessRun)

public:
    using Work = std::function<void(HeadlessRun &run, Workspace &workspace)>;
    using SnapshotWork =
        std::function<void(HeadlessRun &run, Workspace &workspace, const AccountSnapshot &now)>;

    // A work that starts from a snapshot of the account now, the reseller admins of the
    // profile's contracts included; when none can be taken, the run fails with why.
    static Work fromSnapshot(SnapshotWork work);

    HeadlessRun(const CommandLine &commandLine, Work work);

    // Signs in once the program's event loop runs.
    void start();
    // Signs in and runs the program's one event loop (main() has none of its own for a run
    // without a window) until the run ends; returns its exit code.
    int untilDone();

    void finish(int exitCode);
    void fail(const QString &message);
    // The reseller contracts the profile manages.
    QList<qint64> resellerContracts() const;
    // Writes to standard output; false (and the run failed) when it cannot.
    bool writeOut(const QByteArray &bytes);

private:
    void signIn();
    void load();

    Work m_work;
    QNetworkAccessManager m_network;
    QSettings m_settings;
    ProfileStore m_profiles;
    KeychainSecretStore m_secrets;
    SessionController m_session;
    Workspace *m_workspace = nullptr;
};

} // namespace ionos
