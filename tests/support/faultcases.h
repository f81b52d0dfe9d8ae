#pragma once

#include "sandbox/faultinjector.h"

#include <QList>

// The faults every write is tried under: a latency spike, a storm of 429 with Retry-After, 500,
// 503, a 502 with an HTML page, a truncated JSON body and a dropped connection.
struct FaultCase
{
    const char *name;
    QList<sandbox::Fault> faults; // for the write's first requests of its method
};

inline const QList<FaultCase> &faultCases()
{
    using sandbox::Fault;
    static const QList<FaultCase> cases = {
        {"LatencySpike", {Fault::SlowAnswer}},
        {"RateLimitStorm", QList<Fault>(4, Fault::RateLimited)},
        {"ServerError500", {Fault::ServerError}},
        {"Unavailable503", {Fault::Unavailable}},
        {"BadGatewayHtml502", {Fault::BadGatewayHtml}},
        {"TruncatedJson", {Fault::TruncatedBody}},
        {"DroppedConnection", {Fault::DroppedConnection}},
    };
    return cases;
}
