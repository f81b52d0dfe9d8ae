#include "app/headlessrun.h"

#include "models/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>

#include <cstdio>

namespace ionos {

HeadlessRun::HeadlessRun(const CommandLine &commandLine, Work work)
    : m_work(std::move(work))
    , m_profiles(m_settings)
    , m_session(&m_network, m_profiles, m_secrets,
                EnvironmentOverrides::read(QProcessEnvironment::systemEnvironment(),
                                           commandLine.profile, commandLine.apiUrl))
{}

void HeadlessRun::start()
{
    QMetaObject::invokeMethod(this, &HeadlessRun::signIn, Qt::QueuedConnection);
}

int HeadlessRun::untilDone()
{
    start();
    // The program's own event loop, as main() runs the console's.
    return QCoreApplication::exec();
}

void HeadlessRun::finish(int exitCode)
{
    QCoreApplication::exit(exitCode);
}

void HeadlessRun::fail(const QString &message)
{
    // One line, as scripts read it.
    const QString line = message.simplified();
    std::fprintf(stderr, "ionos-admin: %s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
    QCoreApplication::exit(2);
}

QList<qint64> HeadlessRun::resellerContracts() const
{
    const std::optional<ConnectionProfile> p = m_session.activeProfile();
    return p ? p->resellerContracts : QList<qint64>();
}

bool HeadlessRun::writeOut(const QByteArray &bytes)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
        fail(tr("Standard output cannot be written."));
        return false;
    }
    out.flush();
    return true;
}

std::optional<ConnectionProfile> HeadlessRun::profile() const
{
    if (std::optional<ConnectionProfile> p = m_session.profileToResume())
        return p;
    const EnvironmentOverrides &o = m_session.overrides();
    if (!o.token && !o.username)
        return std::nullopt;
    ConnectionProfile fromEnvironment; // the IONOS_* variables alone
    fromEnvironment.name = QStringLiteral("environment");
    return fromEnvironment;
}

void HeadlessRun::signIn()
{
    const std::optional<ConnectionProfile> p = profile();
    if (!p) {
        fail(tr("There is nothing to sign in with: name a saved profile with --profile, or "
                "set IONOS_TOKEN (or IONOS_USERNAME and IONOS_PASSWORD)."));
        return;
    }
    m_session.storedSecret(*p, this, [this, p](const SessionController::StoredSecret &s) {
        if (!s.secret) {
            fail(s.problem.isEmpty()
                     ? tr("No secret is stored for the profile %1; set IONOS_TOKEN or "
                          "IONOS_PASSWORD, or sign in once in the console.")
                           .arg(p->name)
                     : s.problem);
            return;
        }
        connect(&m_session, &SessionController::signInFinished, this,
                [this](const ConnectionVerdict &verdict) {
                    if (verdict.signedIn())
                        load();
                    else
                        fail(verdict.message);
                });
        m_session.signIn(*p, *s.secret, false, false);
    });
}

void HeadlessRun::load()
{
    m_workspace = m_session.newWorkspace(this);
    connect(m_workspace, &Workspace::loadFailed, this,
            [this](const ApiError &error) { fail(error.message); });
    connect(m_workspace, &Workspace::everythingLoaded, this,
            [this] { m_work(*this, *m_workspace); });
    connect(&m_session, &SessionController::signedOut, this,
            [this](const QString &note) { fail(note); });
    m_workspace->loadAll();
}

} // namespace ionos
