#include "prismproxy.h"
#include "budgets.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

QString PrismProxy::executable()
{
    const QString configured = qEnvironmentVariable("IONOS_PRISM");
    if (!configured.isEmpty())
        return configured;
    return QStringLiteral(IONOS_SOURCE_DIR "/.tools/prism/node_modules/.bin/prism");
}

quint16 PrismProxy::freePort()
{
    QTcpServer probe; // a free port, released before Prism binds it
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

PrismProxy::PrismProxy(const QString &specFile, const QUrl &upstream, quint16 port)
    : m_port(port ? port : freePort())
{
    if (!QFileInfo(executable()).isExecutable()) {
        m_log = QStringLiteral("Prism is not installed at %1").arg(executable());
        return;
    }
    // A port of its own choice that another process took meanwhile: it tries others.
    for (int attempt = 1; !launch(specFile, upstream) && port == 0 && attempt < 3 &&
                          m_log.contains(QStringLiteral("EADDRINUSE"));
         ++attempt)
        m_port = freePort();
}

bool PrismProxy::launch(const QString &specFile, const QUrl &upstream)
{
    m_log.clear();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    const QString spec = QFileInfo(specFile).isAbsolute()
                             ? specFile
                             : QStringLiteral(IONOS_SOURCE_DIR "/sandbox/api/") + specFile;
    m_process.start(executable(),
                    {QStringLiteral("proxy"), spec, upstream.toString(), QStringLiteral("--errors"),
                     QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"), QString::number(m_port)});
    m_started = QTest::qWaitFor(
        [this] {
            m_log += QString::fromUtf8(m_process.readAll());
            return m_log.contains(QStringLiteral("Prism is listening")) ||
                   m_process.state() == QProcess::NotRunning;
        },
        budget::kServerMs);
    m_started = m_started && m_process.state() == QProcess::Running;
    return m_started;
}

PrismProxy::~PrismProxy()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl PrismProxy::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

QString PrismProxy::violations(const ProbeReply &reply)
{
    QStringList found;
    const QByteArray header = reply.header("sl-violations");
    if (!header.isEmpty()) {
        for (const QJsonValue &v : QJsonDocument::fromJson(header).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("severity")).toString() == QStringLiteral("Error"))
                found << o.value(QStringLiteral("message")).toString();
        }
    }
    const QJsonObject body = reply.object();
    if (body.value(QStringLiteral("type")).toString().endsWith(QStringLiteral("#VIOLATIONS"))) {
        for (const QJsonValue &v : body.value(QStringLiteral("validation")).toArray())
            found << v.toObject().value(QStringLiteral("message")).toString();
        if (found.isEmpty())
            found << body.value(QStringLiteral("detail")).toString();
    }
    found.removeDuplicates();
    return found.join(QStringLiteral("; "));
}
