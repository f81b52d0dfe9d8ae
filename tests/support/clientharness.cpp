#include "clientharness.h"

ClientHarness::ClientHarness(const sandbox::SandboxOptions &options)
    : m_sandbox(options)
{
    ionos::ConnectionSettings s;
    s.cloudBase = m_sandbox.server().cloudBaseUrl();
    s.resellerBase = m_sandbox.server().resellerBaseUrl();
    s.credentials.username = options.username;
    s.credentials.password = options.password;
    s.retry.initialBackoffMs = 20;
    s.retry.maxBackoffMs = 200;
    s.poll.initialIntervalMs = 20;
    s.poll.maxIntervalMs = 100;
    s.poll.timeLimitMs = 20000;
    m_client = std::make_unique<ionos::ApiClient>(&m_manager, s);
}

ionos::ConnectionSettings ClientHarness::settings() const
{
    return m_client->settings();
}

void ClientHarness::reconfigure(const std::function<void(ionos::ConnectionSettings &)> &change)
{
    ionos::ConnectionSettings s = m_client->settings();
    change(s);
    m_client->setSettings(s);
}
