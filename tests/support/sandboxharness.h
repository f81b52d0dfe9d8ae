#pragma once

#include "budgets.h"
#include "httpprobe.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include <memory>

// A sandbox started in the test's process on a free loopback port, and a probe signed in to it.
class SandboxHarness
{
public:
    // Small, fast defaults for tests: writes are DONE at once unless a test asks otherwise.
    static sandbox::SandboxOptions testOptions();
    // The same with an account of another size.
    static sandbox::SandboxOptions testOptions(int users, int groups, int resourcesPerType);
    // The test's sandbox, rate limited to 300 requests a minute (one every 200 ms once the bucket
    // is empty) with a burst of 10: where pacing shows.
    static sandbox::SandboxOptions pacedOptions()
    {
        sandbox::SandboxOptions o = testOptions();
        o.ratePerMinute = 300;
        o.burst = 10;
        return o;
    }

    explicit SandboxHarness(const sandbox::SandboxOptions &options = testOptions());

    sandbox::SandboxServer &server() { return *m_server; }
    const sandbox::SandboxState &state() const { return m_server->state(); }
    HttpProbe &probe() { return m_probe; }

    QUrl cloud(const QString &pathAndQuery) const;
    QUrl reseller(const QString &pathAndQuery) const;
    QByteArray basicAuth() const;
    QByteArray bearerAuth() const;

    // Stops the sandbox as a crash or a restart of the server would: it stops listening and its
    // connections close. Its port stays held (bound, not listening: a connection is refused as
    // by a stopped server), so that no other test running at the same time can take it before
    // the restart.
    void stop();
    // A new sandbox on the same port with the same options (its state made anew).
    [[nodiscard]] bool restart();
    ~SandboxHarness();
    bool isRunning() const { return m_server != nullptr; }

    // Waits until the request behind a 202's Location is DONE or FAILED; returns that status.
    QString waitForRequest(const ProbeReply &accepted, int timeoutMs = budget::kServerMs);

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    sandbox::SandboxOptions m_options; // of a stopped sandbox, for its restart
    int m_heldPort = -1;               // the socket that holds its port meanwhile
    HttpProbe m_probe;
};
