#include "sandboxharness.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QTest>

#include <gtest/gtest.h>

sandbox::SandboxOptions SandboxHarness::testOptions()
{
    sandbox::SandboxOptions o;
    o.users = 30;
    o.groups = 6;
    o.resourcesPerType = 3;
    o.contracts = 2;
    o.adminsPerContract = 3;
    o.requestDoneMs = 0;
    o.ratePerMinute = 1000000;
    o.burst = 1000;
    return o;
}

sandbox::SandboxOptions SandboxHarness::testOptions(int users, int groups, int resourcesPerType)
{
    sandbox::SandboxOptions o = testOptions();
    o.users = users;
    o.groups = groups;
    o.resourcesPerType = resourcesPerType;
    return o;
}

SandboxHarness::SandboxHarness(const sandbox::SandboxOptions &options)
    : m_server(std::make_unique<sandbox::SandboxServer>(options))
{
    QString error;
    const bool started = m_server->start(&error);
    EXPECT_TRUE(started) << error.toStdString();
    m_probe.setAuthorization(basicAuth());
}

SandboxHarness::~SandboxHarness()
{
    if (m_heldPort >= 0)
        ::close(m_heldPort);
}

void SandboxHarness::stop()
{
    m_options = m_server->options();
    m_options.port = quint16(m_server->origin().port());
    m_server.reset();
    m_heldPort = ::socket(AF_INET, SOCK_STREAM, 0);
    const int on = 1;
    ::setsockopt(m_heldPort, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_options.port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(::bind(m_heldPort, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0)
        << "the stopped sandbox's port could not be held";
}

bool SandboxHarness::restart()
{
    if (m_heldPort >= 0) {
        ::close(m_heldPort);
        m_heldPort = -1;
    }
    m_server = std::make_unique<sandbox::SandboxServer>(m_options);
    QString error;
    const bool started = m_server->start(&error);
    EXPECT_TRUE(started) << error.toStdString();
    return started;
}

QUrl SandboxHarness::cloud(const QString &pathAndQuery) const
{
    return QUrl(m_server->cloudBaseUrl().toString() + pathAndQuery);
}

QUrl SandboxHarness::reseller(const QString &pathAndQuery) const
{
    return QUrl(m_server->resellerBaseUrl().toString() + pathAndQuery);
}

QByteArray SandboxHarness::basicAuth() const
{
    return HttpProbe::basic(m_server->options().username, m_server->options().password);
}

QByteArray SandboxHarness::bearerAuth() const
{
    return HttpProbe::bearer(m_server->options().token);
}

QString SandboxHarness::waitForRequest(const ProbeReply &accepted, int timeoutMs)
{
    const QUrl location(QString::fromUtf8(accepted.header("Location")));
    QString status;
    // When the time runs out, the last status seen (QUEUED or RUNNING) tells the caller so.
    [[maybe_unused]] const bool final = QTest::qWaitFor(
        [&] {
            const ProbeReply r = m_probe.get(location);
            status = r.object()
                         .value(QStringLiteral("metadata"))
                         .toObject()
                         .value(QStringLiteral("status"))
                         .toString();
            if (status == QStringLiteral("DONE") || status == QStringLiteral("FAILED"))
                return true;
            QTest::qWait(20);
            return false;
        },
        timeoutMs);
    return status;
}
