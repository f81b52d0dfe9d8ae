#pragma once

#include "network/apiendpoints.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace ionos {

// The secrets of a connection. They go into the Authorization header and nowhere else: never a
// log line, an error text or a URL.
struct Credentials
{
    QString username;
    QString password;
    QString token; // wins over username and password when both are given

    bool usesToken() const { return !token.isEmpty(); }
    bool isEmpty() const { return token.isEmpty() && username.isEmpty(); }
};

struct RetryPolicy
{
    int maxAttempts = 5; // for GET, PUT and DELETE after 502, 503, 504 or a broken connection
    int initialBackoffMs = 250; // doubled each attempt, with jitter
    int maxBackoffMs = 8000;
    int totalBudgetMs = 60000;  // no retry starts after this long
    int maxRateLimitWaits = 30; // 429s waited out for one request
};

struct PollPolicy
{
    int initialIntervalMs = 150; // grows by half each poll
    int maxIntervalMs = 2000;
    int timeLimitMs = 300000;
};

struct ConnectionSettings
{
    QUrl cloudBase = ApiEndpoints::defaultCloudBase();
    QUrl resellerBase = ApiEndpoints::defaultResellerBase();
    Credentials credentials;
    std::optional<qint32> contractNumber; // sent as X-Contract-Number on Cloud API calls
    int maxConcurrency = 10;              // the cap; the server's X-RateLimit-Burst may lower it
    int requestTimeoutMs = 30000;
    RetryPolicy retry;
    PollPolicy poll;
};

} // namespace ionos
