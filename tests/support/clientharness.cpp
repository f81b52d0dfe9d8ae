#include "clientharness.h"
#include "budgets.h"

#include "network/groupservice.h"

#include <QTest>

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

bool ClientHarness::useUpRateBudget(int left)
{
    auto used = [this, left] {
        const int remaining = m_client->lastRateLimit().remaining;
        return remaining >= 0 && remaining <= left;
    };
    for (int round = 0; round < 40 && !used(); ++round) {
        int answered = 0;
        for (int i = 0; i < 10; ++i)
            ionos::GroupService(*m_client).get(
                state().groupOrder().first(), nullptr,
                [&answered](const ionos::Result<ionos::Group> &) { ++answered; });
        if (!QTest::qWaitFor([&answered] { return answered == 10; }, budget::kServerMs))
            return false;
    }
    return used();
}
