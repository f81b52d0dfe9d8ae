#include "sandbox/ratelimiter.h"

#include <cmath>

namespace sandbox {

RateLimiter::RateLimiter(int ratePerMinute, int burst)
    : m_ratePerMinute(ratePerMinute)
    , m_burst(burst)
    , m_tokens(ratePerMinute)
{
    m_clock.start();
}

void RateLimiter::refill()
{
    const qint64 now = m_clock.elapsed();
    const double perMs = m_ratePerMinute / 60000.0;
    m_tokens = std::min<double>(m_ratePerMinute, m_tokens + (now - m_lastRefillMs) * perMs);
    m_lastRefillMs = now;
}

int RateLimiter::acquire()
{
    refill();
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return 0;
    }
    const double perSecond = m_ratePerMinute / 60.0;
    return std::max(1, int(std::ceil((1.0 - m_tokens) / perSecond)));
}

int RateLimiter::remaining()
{
    refill();
    return int(std::floor(m_tokens));
}

} // namespace sandbox
