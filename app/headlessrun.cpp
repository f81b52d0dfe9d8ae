#include "app/headlessrun.h"

#include "models/restore/snapshottaker.h"
#include "models/sessionstart.h"
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

HeadlessRun::Work HeadlessRun::fromSnapshot(SnapshotWork work)
{
    return [work = std::move(work)](HeadlessRun &run, Workspace &workspace) {
        SnapshotTaker::take(workspace, run.resellerContracts(), &run,
                            [&run, &workspace, work](const Result<AccountSnapshot> &now) {
                                if (!now.ok()) {
                                    run.fail(now.error().message);
                                    return;
                                }
                                work(run, workspace, now.value());
                            });
    };
}

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

void HeadlessRun::signIn()
{
    auto *start = new SessionStart(m_session, SessionStart::Caller::Command, this);
    connect(start, &SessionStart::stopped, this,
            [this, start](SessionStart::Stop why, const QString &problem) {
                if (!problem.isEmpty() || why == SessionStart::Stop::SignInFailed)
                    fail(problem.isEmpty() ? tr("Signing in failed.") : problem);
                else if (why == SessionStart::Stop::NoProfile)
                    fail(tr("There is nothing to sign in with: name a saved profile with "
                            "--profile, or set IONOS_TOKEN (or IONOS_USERNAME and "
                            "IONOS_PASSWORD)."));
                else
                    fail(tr("No secret is stored for the profile %1; set IONOS_TOKEN or "
                            "IONOS_PASSWORD, or sign in once in the console.")
                             .arg(start->profile() ? start->profile()->name : QString()));
            });
    connect(start, &SessionStart::signedIn, this, &HeadlessRun::load);
    start->start();
}

void HeadlessRun::load()
{
    m_workspace = SessionStart::loadWorkspace(m_session, this, [this](Workspace &workspace) {
        connect(&workspace, &Workspace::loadFailed, this,
                [this](const ApiError &error) { fail(error.message); });
        // Everything, the users' Object Storage keys last.
        connect(&workspace, &Workspace::keysLoaded, this,
                [this, w = &workspace] { m_work(*this, *w); });
        connect(&m_session, &SessionController::signedOut, this,
                [this](const QString &note) { fail(note); });
    });
}

} // namespace ionos
