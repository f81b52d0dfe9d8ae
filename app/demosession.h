#pragma once

#include "models/connection/connectionprofile.h"

#include <QUrl>

#include <memory>

namespace sandbox {
class SandboxServer;
}

namespace ionos {

// --demo: the sandbox started in this process on a free loopback port, with sample data.
class DemoSession
{
public:
    DemoSession();
    ~DemoSession();

    bool start(QString *error);
    QUrl cloudBaseUrl() const;
    QUrl resellerBaseUrl() const;
    QString username() const;
    // The throwaway profile and token of the sandbox.
    ConnectionProfile profile() const;
    QString token() const;
    QString summary() const;
    // The line that says how long the first window took, for scripts/demo.sh's phases.
    static QString windowShownAfter(qint64 milliseconds);

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace ionos
