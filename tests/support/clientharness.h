#pragma once

#include "network/apiclient.h"
#include "sandboxharness.h"

#include <QNetworkAccessManager>

// A sandbox and an ApiClient signed in to it over loopback.
class ClientHarness
{
public:
    explicit ClientHarness(const sandbox::SandboxOptions &options = SandboxHarness::testOptions());

    ionos::ConnectionSettings settings() const;
    void reconfigure(const std::function<void(ionos::ConnectionSettings &)> &change);

    // Sends requests until the server says at most `left` remain of its rate budget, however
    // fast this machine is; false when it never does.
    [[nodiscard]] bool useUpRateBudget(int left);

    SandboxHarness &sandbox() { return m_sandbox; }
    const sandbox::SandboxState &state() const { return m_sandbox.state(); }
    sandbox::SandboxServer &server() { return m_sandbox.server(); }
    ionos::ApiClient &client() { return *m_client; }

private:
    SandboxHarness m_sandbox;
    QNetworkAccessManager m_manager;
    std::unique_ptr<ionos::ApiClient> m_client;
};
