#pragma once

#include <QString>

namespace ionos {

// The progress of an accepted asynchronous change.
struct RequestStatus
{
    enum class State
    {
        Queued,
        Running,
        Done,
        Failed,
        Unknown
    };

    QString id;
    State state = State::Unknown;
    QString message;

    bool isFinal() const { return state == State::Done || state == State::Failed; }
};

// The rate-limit figures the server sent last.
struct RateLimitFigures
{
    int limitPerMinute = -1; // X-RateLimit-Limit
    int remaining = -1;      // X-RateLimit-Remaining
    int burst = -1;          // X-RateLimit-Burst

    bool known() const { return limitPerMinute >= 0 || remaining >= 0 || burst >= 0; }
    bool operator==(const RateLimitFigures &) const = default;
};

} // namespace ionos
