#include "app/headlessreport.h"

#include "models/access/accessreport.h"
#include "models/access/effectiveaccessmodel.h"
#include "models/access/findingsmodel.h"
#include "models/connection/keychainsecretstore.h"
#include "models/connection/profilestore.h"
#include "models/connection/sessioncontroller.h"
#include "models/tableexport.h"
#include "models/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>

#include <cstdio>

namespace ionos {
namespace {

// One run: sign in, load, write. Every way it ends quits the event loop with its exit code.
class ReportRun : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(ReportRun)

public:
    explicit ReportRun(const CommandLine &commandLine)
        : m_request(*commandLine.report)
        , m_profiles(m_settings)
        , m_session(&m_network, m_profiles, m_secrets,
                    EnvironmentOverrides::read(QProcessEnvironment::systemEnvironment(),
                                               commandLine.profile, commandLine.apiUrl))
    {}

    // Signs in once the program's event loop runs.
    void start() { QMetaObject::invokeMethod(this, &ReportRun::signIn, Qt::QueuedConnection); }

private:
    void fail(const QString &message)
    {
        // One line, as scripts read it.
        QString line = message.simplified();
        std::fprintf(stderr, "ionos-admin: %s\n", line.toLocal8Bit().constData());
        std::fflush(stderr);
        QCoreApplication::exit(2);
    }

    std::optional<ConnectionProfile> profile() const
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

    void signIn()
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

    void load()
    {
        m_workspace = m_session.newWorkspace(this);
        connect(m_workspace, &Workspace::loadFailed, this,
                [this](const ApiError &error) { fail(error.message); });
        connect(m_workspace, &Workspace::everythingLoaded, this, &ReportRun::write);
        connect(&m_session, &SessionController::signedOut, this,
                [this](const QString &note) { fail(note); });
        m_workspace->loadAll();
    }

    void write()
    {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            fail(tr("Standard output cannot be written."));
            return;
        }
        const EffectiveAccess access(m_workspace->accessFacts());
        if (m_request.kind == ReportRequest::Kind::Access)
            writeAccess(out, access);
        else
            writeFindings(out, access);
        out.flush();
        QCoreApplication::exit(0);
    }

    void writeAccess(QFile &out, const EffectiveAccess &access) const
    {
        if (!m_request.csv) {
            accessreport::writeAccessJson(out, access, m_request.asOf);
            return;
        }
        // A user at a time: all of them at once could be millions of lines.
        EffectiveAccessModel lines;
        out.write(toCsv(lines, CsvHeader));
        for (const User &u : access.facts().users) {
            lines.show(access.of(u), access);
            out.write(toCsv(lines, CsvRows));
        }
    }

    void writeFindings(QFile &out, const EffectiveAccess &access) const
    {
        FindingsRules::Options options;
        options.asOf = m_request.asOf;
        options.inactiveDays = m_request.inactiveDays;
        const QList<Finding> findings = FindingsRules::find(access, options);
        if (!m_request.csv) {
            out.write(QJsonDocument(accessreport::findingsJson(findings, options))
                          .toJson(QJsonDocument::Indented));
            return;
        }
        FindingsModel table;
        table.show(findings);
        out.write(toCsv(table, CsvHeader | CsvRows));
    }

    ReportRequest m_request;
    QNetworkAccessManager m_network;
    QSettings m_settings;
    ProfileStore m_profiles;
    KeychainSecretStore m_secrets;
    SessionController m_session;
    Workspace *m_workspace = nullptr;
};

} // namespace

int runHeadlessReport(const CommandLine &commandLine)
{
    ReportRun run(commandLine);
    run.start();
    // The program's own event loop, as main() runs the console's: every way the run ends quits
    // it with the exit code.
    return QCoreApplication::exec();
}

} // namespace ionos
