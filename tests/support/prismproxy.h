#pragma once

#include "httpprobe.h"

#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QUrl>

// Stoplight Prism as a validating proxy (--errors) in front of an upstream base URL. A request
// that breaks the spec is refused by Prism itself; a response that breaks it comes back as 500
// with the problem type ...#VIOLATIONS and an sl-violations header.
class PrismProxy
{
public:
    // Where the test command installs Prism: IONOS_PRISM, else .tools/prism in the source tree.
    static QString executable();

    // specFile: a file under sandbox/api/, or an absolute path. port 0 picks a free one.
    PrismProxy(const QString &specFile, const QUrl &upstream, quint16 port = 0);
    static quint16 freePort();
    ~PrismProxy();

    bool started() const { return m_started; }
    QString startupLog() const { return m_log; }
    QUrl url(const QString &pathAndQuery) const;

    // The violations Prism reported for a reply, in its own words; empty when there were none.
    static QString violations(const ProbeReply &reply);

private:
    // Starts Prism on m_port; true once it listens.
    bool launch(const QString &specFile, const QUrl &upstream);

    QProcess m_process;
    quint16 m_port = 0;
    bool m_started = false;
    QString m_log;
};

// The contract tests need Prism, which the test command installs. In a plain `ctest` without
// it they are skipped with that reason, unless IONOS_REQUIRE_PRISM is set: then they fail.
#define REQUIRE_PRISM()                                                                            \
    do {                                                                                           \
        if (!QFileInfo(PrismProxy::executable()).isExecutable()) {                                 \
            if (qEnvironmentVariableIntValue("IONOS_REQUIRE_PRISM"))                               \
                FAIL() << "Prism is required but not installed at "                                \
                       << PrismProxy::executable().toStdString();                                  \
            GTEST_SKIP() << "Prism is not installed; the test command installs it.";               \
        }                                                                                          \
    } while (false)
