#pragma once

#include "network/connectionsettings.h"
#include "network/requestpriority.h"
#include "network/requeststatus.h"
#include "network/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <array>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ionos {

// An HTTP answer of any status, as the server sent it.
struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

// Sends the requests for one host by priority (RequestPriority): at most min(X-RateLimit-Burst,
// cap) in flight; when the server announces X-RateLimit-Limit and -Remaining, requests are paced
// to the refill rate before the budget runs out, and background classes leave a reserve for
// writes and what the person looks at. A 429's Retry-After holds the whole host. GET, PUT and
// DELETE are retried after 502, 503, 504 or a broken connection with exponential backoff and
// jitter; a POST is never sent twice: after a failure it may already have been applied.
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        QNetworkRequest request;
        QByteArray method;
        QByteArray body;
        bool repeatable = false;
        RequestPriority priority = RequestPriority::Visible;
        std::function<void(const Result<RawResponse> &)> done;
        std::function<void()> sent; // the first time the request leaves for the server

        int attempts = 0;
        int rateLimitWaits = 0;
        QElapsedTimer age;
        QPointer<QNetworkReply> reply;
        QTimer *retryTimer = nullptr;
        bool cancelled = false;
        bool timedOut = false;
        bool finished = false;
        std::optional<ApiError> dropped; // why it was let go without an answer (dropReads)

        // A read for the person or the background; a write's read-backs run at Write priority.
        bool isRead() const { return method == "GET" && priority != RequestPriority::Write; }
    };
    using JobPtr = std::shared_ptr<Job>;

    RequestScheduler(QNetworkAccessManager *manager, const ConnectionSettings &settings,
                     QObject *parent = nullptr);

    void submit(const JobPtr &job);
    void cancel(const JobPtr &job);
    // Moves a waiting job into a higher class, behind the jobs already waiting there.
    void promote(const JobPtr &job, RequestPriority priority);
    // The server is lost: every read waiting, on its way or waiting for a retry finishes now
    // with this error instead of waiting out its own timeout. Writes and their read-backs
    // (Write priority) go on as they are.
    void dropReads(const ApiError &error);

    int queuedCount() const;
    // How long a 429's Retry-After asks to wait: seconds or an HTTP date (RFC 9110); one second
    // when it says neither.
    static qint64 retryAfterMs(const QByteArray &header, const QDateTime &now);
    int inFlightCount() const { return m_inFlight; }
    int allowedConcurrency() const;
    qint64 sentCount() const { return m_sent; } // requests sent, retries included
    RateLimitFigures figures() const { return m_figures; }

signals:
    void activityChanged();
    void rateLimitChanged(const RateLimitFigures &figures);
    // An attempt could not reach the server, lost the connection, or was answered by a gateway
    // for a backend that is not there (ApiError::isOutage); it may still be retried.
    void attemptFailed(const ionos::ApiError &error);

private:
    void pump();
    void start(const JobPtr &job);
    QNetworkReply *send(const JobPtr &job);
    void handleFinished(const JobPtr &job, QNetworkReply *reply);
    void readFigures(const QNetworkReply *reply);
    std::deque<JobPtr> *nextQueue();
    // When a job of this priority may be sent, by the rate budget: now, or later (ms on m_clock).
    qint64 budgetAllowsAt(RequestPriority priority) const;
    double tokensNow() const;
    bool mayRetry(const JobPtr &job, int delayMs) const;
    int backoffMs(int attempts) const;
    void retryLater(const JobPtr &job, int delayMs);
    void complete(const JobPtr &job, const Result<RawResponse> &result);
    void wakeAt(qint64 atMs);

    QNetworkAccessManager *m_manager;
    ConnectionSettings m_settings;
    std::array<std::deque<JobPtr>, kRequestPriorities> m_queues;
    std::vector<JobPtr> m_started; // on their way or waiting for a retry
    int m_inFlight = 0;
    qint64 m_sent = 0;
    int m_waiting = 0; // jobs waiting for a retry
    RateLimitFigures m_figures;
    QElapsedTimer m_clock;
    qint64 m_pausedUntilMs = 0;
    // The rate budget as estimated here: tokens at m_tokensAtMs, refilled at the announced rate.
    bool m_budgetKnown = false;
    double m_tokens = 0;
    qint64 m_tokensAtMs = 0;
    QTimer *m_wake;
};

} // namespace ionos
