#pragma once

#include <QElapsedTimer>

namespace sandbox {

// A token bucket of one minute's worth of requests, refilled continuously at the configured
// per-minute rate, plus a cap on requests in flight at once (the API's "burst").
class RateLimiter
{
public:
    RateLimiter(int ratePerMinute, int burst);

    // Takes one token; returns 0 when granted, otherwise the whole seconds to wait.
    int acquire();
    int remaining();
    int ratePerMinute() const { return m_ratePerMinute; }
    int burst() const { return m_burst; }

private:
    void refill();

    int m_ratePerMinute;
    int m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
    qint64 m_lastRefillMs = 0;
};

} // namespace sandbox
