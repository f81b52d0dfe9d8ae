#pragma once

#include "models/connection/connectionprofile.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace ionos {

class SessionController;
class Workspace;

// The start of a session, one sequence for the console's window and for the headless commands:
// which profile (the one named on the command line or used last; for a command without a window
// also the IONOS_* variables alone), its secret (SessionController::chooseSecret: the
// environment's, else the keychain's), the sign-in, and then the account loaded into a new
// workspace. Where it cannot go on it says why (stopped); the window then asks the person, a
// command fails with the reason.
class SessionStart : public QObject
{
    Q_OBJECT

public:
    enum class Caller
    {
        Window, // the profile is saved as used last; no profile: the connection dialog asks
        Command // nothing is saved; the IONOS_* variables alone are a profile too
    };
    enum class Stop
    {
        NoProfile,
        NoSecret, // problem: why the keychain gave none (empty: none is stored)
        SignInFailed
    };

    SessionStart(SessionController &session, Caller caller, QObject *parent = nullptr);

    // Resumes the profile the run names or used last, signs in and, once signed in, emits
    // signedIn; or stopped.
    void start();
    // The profile start() signs in with; none when there is none.
    std::optional<ConnectionProfile> profile() const;

    // The workspace of the session that is signed in, loading (everything in the background);
    // null when signed out. beforeLoad connects what follows the load before it begins. The
    // window makes one for every session, however it was signed in to.
    static Workspace *loadWorkspace(const SessionController &session, QObject *parent,
                                    const std::function<void(Workspace &)> &beforeLoad = {});

signals:
    void signedIn();
    // problem: for a person, the keychain's or the server's words; may be empty (NoProfile, and
    // NoSecret when simply none is stored).
    void stopped(ionos::SessionStart::Stop why, const QString &problem);

private:
    SessionController &m_session;
    Caller m_caller;
};

} // namespace ionos
