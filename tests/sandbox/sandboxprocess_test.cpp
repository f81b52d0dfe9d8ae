// Rule 3k: ionos-sandbox as a program: the first line is the base URL, the banner lists the
// contracts and the default credentials, SIGINT and SIGTERM stop it with exit code 0.
#include "budgets.h"
#include "httpprobe.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <csignal>

#include <gtest/gtest.h>

namespace {

class RunningSandbox
{
public:
    explicit RunningSandbox(const QStringList &args)
    {
        m_process.setProgram(QStringLiteral(IONOS_SANDBOX_BIN));
        m_process.setArguments(args);
        m_process.start();
        m_started = m_process.waitForStarted(budget::kProgramMs) &&
                    m_process.waitForReadyRead(budget::kProgramMs);
        if (!m_started)
            return;
        m_firstLine = QString::fromUtf8(m_process.readLine()).trimmed();
    }
    ~RunningSandbox()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool started() const { return m_started; }
    QString firstLine() const { return m_firstLine; }
    QProcess &process() { return m_process; }
    // The rest of the banner, read until its last line ("Rate limit: ...") is in.
    QString banner()
    {
        QString text;
        QElapsedTimer clock;
        clock.start();
        while (!text.contains(QStringLiteral("Rate limit:")) &&
               clock.elapsed() < budget::kProgramMs) {
            m_process.waitForReadyRead(200);
            text += QString::fromUtf8(m_process.readAll());
        }
        return text;
    }

private:
    QProcess m_process;
    bool m_started = false;
    QString m_firstLine;
};

} // namespace

TEST(SandboxProcess, PrintsTheBaseUrlFirstAndServesIt)
{
    RunningSandbox sandbox({QStringLiteral("--port"), QStringLiteral("0"),
                            QStringLiteral("--contracts"), QStringLiteral("2")});
    ASSERT_TRUE(sandbox.started());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:[0-9]+$"))
                    .match(sandbox.firstLine())
                    .hasMatch())
        << sandbox.firstLine().toStdString();
    const QString banner = sandbox.banner();
    EXPECT_TRUE(banner.contains(QStringLiteral("Reseller contract 1")));
    EXPECT_TRUE(banner.contains(QStringLiteral("Reseller contract 2")));
    EXPECT_TRUE(banner.contains(QStringLiteral("demo-token")));

    HttpProbe probe(HttpProbe::bearer(QStringLiteral("demo-token")));
    const ProbeReply r =
        probe.get(QUrl(sandbox.firstLine() + QStringLiteral("/cloudapi/v6/um/users?limit=1")));
    EXPECT_EQ(r.status, 200);
}

TEST(SandboxProcess, CustomSecretsAreNotEchoed)
{
    RunningSandbox sandbox({QStringLiteral("--password"), QStringLiteral("Private-Pass-1"),
                            QStringLiteral("--token"), QStringLiteral("private-token-2")});
    ASSERT_TRUE(sandbox.started());
    const QString banner = sandbox.banner();
    EXPECT_FALSE(banner.contains(QStringLiteral("Private-Pass-1")));
    EXPECT_FALSE(banner.contains(QStringLiteral("private-token-2")));
}

TEST(SandboxProcess, StopsCleanlyOnSigintAndSigterm)
{
    for (int signal : {SIGINT, SIGTERM}) {
        RunningSandbox sandbox({QStringLiteral("--quiet")});
        ASSERT_TRUE(sandbox.started());
        ::kill(pid_t(sandbox.process().processId()), signal);
        ASSERT_TRUE(sandbox.process().waitForFinished(budget::kProgramMs));
        EXPECT_EQ(sandbox.process().exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(sandbox.process().exitCode(), 0) << "signal " << signal;
    }
}

TEST(SandboxProcess, HelpAndVersionAndRefusals)
{
    QProcess help;
    help.start(QStringLiteral(IONOS_SANDBOX_BIN), {QStringLiteral("--help")});
    ASSERT_TRUE(help.waitForFinished(budget::kProgramMs));
    EXPECT_EQ(help.exitCode(), 0);
    EXPECT_TRUE(help.readAllStandardOutput().contains("--rate-per-minute"));

    QProcess version;
    version.start(QStringLiteral(IONOS_SANDBOX_BIN), {QStringLiteral("--version")});
    ASSERT_TRUE(version.waitForFinished(budget::kProgramMs));
    EXPECT_EQ(version.exitCode(), 0);
    EXPECT_TRUE(version.readAllStandardOutput().startsWith("ionos-sandbox "));

    QProcess publicHost;
    publicHost.start(QStringLiteral(IONOS_SANDBOX_BIN),
                     {QStringLiteral("--host"), QStringLiteral("0.0.0.0")});
    ASSERT_TRUE(publicHost.waitForFinished(budget::kProgramMs));
    EXPECT_NE(publicHost.exitCode(), 0);
    EXPECT_TRUE(publicHost.readAllStandardError().contains("--public"));
}
