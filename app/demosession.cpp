#include "app/demosession.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include <QCoreApplication>
#include <QLocale>

namespace ionos {

DemoSession::DemoSession()
{
    sandbox::SandboxOptions options; // the defaults are the demo's sizes
    options.host = QStringLiteral("127.0.0.1");
    options.port = 0;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
}

DemoSession::~DemoSession() = default;

bool DemoSession::start(QString *error)
{
    return m_server->start(error);
}

QUrl DemoSession::cloudBaseUrl() const
{
    return m_server->cloudBaseUrl();
}

QUrl DemoSession::resellerBaseUrl() const
{
    return m_server->resellerBaseUrl();
}

QString DemoSession::username() const
{
    return m_server->options().username;
}

ConnectionProfile DemoSession::profile() const
{
    ConnectionProfile p;
    p.name = QCoreApplication::translate("DemoSession", "Demo (local sandbox)");
    p.cloudUrl = cloudBaseUrl().toString();
    p.resellerUrl = resellerBaseUrl().toString();
    p.auth = ConnectionProfile::AuthMethod::Token;
    for (const qint64 contract : m_server->state().contracts())
        p.resellerContracts << contract;
    return p;
}

QString DemoSession::token() const
{
    return m_server->options().token;
}

QString DemoSession::summary() const
{
    return QCoreApplication::translate("DemoSession", "Demo mode: sandbox at %1\n")
        .arg(m_server->origin().toString());
}

QString DemoSession::windowShownAfter(qint64 milliseconds)
{
    return QCoreApplication::translate("DemoSession", "Demo mode: window shown %1 s after start\n")
        .arg(QLocale().toString(double(milliseconds) / 1000.0, 'f', 1));
}

} // namespace ionos
