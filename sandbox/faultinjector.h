#pragma once

#include "sandbox/sandboxoptions.h"

#include <QRandomGenerator>

namespace sandbox {

enum class Fault
{
    None,
    ServerError,       // 500 with the error envelope
    Unavailable,       // 503 with the error envelope
    BadGatewayHtml,    // 502 with an HTML page, as a load balancer in front would answer
    TruncatedBody,     // the answer's JSON body cut off in the middle
    DroppedConnection, // the connection closed after the headers
    RateLimited,       // 429 with Retry-After: 1, as when the rate limit is used up
    EmptyBody,         // the right status with no body at all
    Forbidden,         // 403 with the error envelope, as for a user without the right
    SlowAnswer,        // the right answer, kSlowAnswerMs late: a latency spike
};

constexpr int kSlowAnswerMs = 2500;

// Decides, request by request, which configured fault (if any) hits it, and how late it is.
class FaultInjector
{
public:
    explicit FaultInjector(const SandboxOptions &options);

    Fault draw();
    int latencyMs();

    static QByteArray badGatewayPage();

private:
    SandboxOptions m_options;
    QRandomGenerator m_random;
};

} // namespace sandbox
