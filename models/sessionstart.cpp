#include "models/sessionstart.h"

#include "models/connection/sessioncontroller.h"
#include "models/workspace.h"

namespace ionos {

SessionStart::SessionStart(SessionController &session, Caller caller, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_caller(caller)
{}

std::optional<ConnectionProfile> SessionStart::profile() const
{
    if (std::optional<ConnectionProfile> p = m_session.profileToResume())
        return p;
    const EnvironmentOverrides &o = m_session.overrides();
    if (m_caller != Caller::Command || (!o.token && !o.username))
        return std::nullopt;
    ConnectionProfile fromEnvironment; // the IONOS_* variables alone
    fromEnvironment.name = QStringLiteral("environment");
    return fromEnvironment;
}

void SessionStart::start()
{
    const std::optional<ConnectionProfile> p = profile();
    if (!p) {
        emit stopped(Stop::NoProfile, {});
        return;
    }
    m_session.storedSecret(*p, this, [this, p](const SessionController::StoredSecret &s) {
        if (!s.secret) {
            emit stopped(Stop::NoSecret, s.problem);
            return;
        }
        auto *once = new QObject(this);
        connect(&m_session, &SessionController::signInFinished, once,
                [this, once](const ConnectionVerdict &verdict, const QString &) {
                    once->deleteLater();
                    if (verdict.signedIn())
                        emit signedIn();
                    else
                        emit stopped(Stop::SignInFailed, verdict.message);
                });
        m_session.signIn(*p, *s.secret, false, m_caller == Caller::Window);
    });
}

Workspace *SessionStart::loadWorkspace(const SessionController &session, QObject *parent,
                                       const std::function<void(Workspace &)> &beforeLoad)
{
    ApiClient *client = session.client();
    if (!client)
        return nullptr;
    auto *workspace = new Workspace(*client, parent);
    if (beforeLoad)
        beforeLoad(*workspace);
    workspace->loadAll();
    return workspace;
}

} // namespace ionos
