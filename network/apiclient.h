#pragma once

#include "network/apicall.h"
#include "network/apirequest.h"
#include "network/connectionsettings.h"
#include "network/requestpriority.h"
#include "network/requestscheduler.h"
#include "network/result.h"

#include <QHash>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace ionos {

// The one client of both APIs over one injected QNetworkAccessManager: adds the base URLs,
// credentials, X-Contract-Number and User-Agent to each request and sends it through the
// scheduler of its host. Every call is asynchronous, cancellable, bound to a context object and
// finishes exactly once.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using ResponseCallback = std::function<void(const Result<RawResponse> &)>;

    ApiClient(QNetworkAccessManager *manager, const ConnectionSettings &settings,
              QObject *parent = nullptr);

    const ConnectionSettings &settings() const { return m_settings; }
    // New settings apply to calls made afterwards; calls in progress keep theirs.
    void setSettings(const ConnectionSettings &settings);

    // The class of the GET requests sent on this thread while a scope lives (writes are always
    // of class Write); without one, Visible. A chain of requests (pages, polls) keeps the class it
    // began with by opening a scope of its own for each request it adds.
    class PriorityScope
    {
    public:
        explicit PriorityScope(RequestPriority priority)
            : m_before(s_priority)
        {
            s_priority = priority;
        }
        ~PriorityScope() { s_priority = m_before; }
        PriorityScope(const PriorityScope &) = delete;
        PriorityScope &operator=(const PriorityScope &) = delete;

    private:
        RequestPriority m_before;
    };
    static RequestPriority currentPriority() { return s_priority; }

    // Sends a request. Success is any 2xx answer; another status is an Http error carrying the
    // server's words. The callback runs only while context (when given) is alive.
    ApiCall *send(const ApiRequest &request, QObject *context, ResponseCallback done);
    // Cancels every call in progress: each finishes as Cancelled.
    void cancelAll();
    // The server is lost (ConnectionMonitor): every read waiting or on its way finishes now
    // with ApiError::connectionLost; writes and their read-backs go on (RequestScheduler).
    void dropReads();

    // The full URL of a request; empty when it may not be sent (for example a Location on
    // another host, or plain http to a host that is not loopback).
    QUrl urlFor(const ApiRequest &request) const;

    int queuedCount() const;
    int inFlightCount() const;
    // Requests sent since the client was made, retries included.
    qint64 sentCount() const { return m_retiredSent + liveSentCount(); }
    // How many requests the client lets run at once against an API now.
    int allowedConcurrency(ApiRequest::Api api) const;
    RateLimitFigures lastRateLimit() const { return m_lastFigures; }

    static QByteArray userAgent();

signals:
    void activityChanged(int queued, int inFlight);
    void rateLimitChanged(const RateLimitFigures &figures);
    // A call could not reach the server or the connection broke (reported for each attempt, so
    // early, while retries may follow), or a call timed out.
    void networkFailed(const ionos::ApiError &error);
    // The server refused the credentials (401): a token may have expired.
    void unauthorized(const ionos::ApiError &error);
    // An answer came from the server (any status): it is there.
    void serverAnswered();

private:
    QNetworkRequest networkRequest(const ApiRequest &request, const QUrl &url) const;
    RequestScheduler *schedulerFor(const QUrl &url);
    QUrl baseFor(ApiRequest::Api api) const;
    qint64 liveSentCount() const;

    QNetworkAccessManager *m_manager;
    ConnectionSettings m_settings;
    QHash<QString, RequestScheduler *> m_schedulers;
    RateLimitFigures m_lastFigures;
    qint64 m_retiredSent = 0; // sent by schedulers of earlier settings
    static thread_local RequestPriority s_priority;
};

} // namespace ionos
