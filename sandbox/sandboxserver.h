#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <memory>

namespace sandbox {

class CloudApi;
class RateLimiter;
class RequestTracker;
class ResellerApi;
class SampleDataGenerator;
class SandboxState;
struct HttpRequest;
struct HttpResponse;

// The local stand-in for the IONOS API: the Cloud API v6 User Management under /cloudapi/v6 and
// the Reseller API v2 admins under /reseller/v2, on one loopback port, with seeded sample data,
// authentication, rate limits, asynchronous writes and injectable faults.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on the configured host and port; false with a reason when that is not possible.
    bool start(QString *error = nullptr);

    QUrl origin() const { return m_origin; }
    QUrl cloudBaseUrl() const;
    QUrl resellerBaseUrl() const;
    const SandboxOptions &options() const { return m_options; }
    const SandboxState &state() const { return *m_state; }

    // What ionos-sandbox prints at start: the base URL first, then how to use it.
    QString banner() const;

    int requestsInFlight() const { return m_inFlight; }

    // The answer to one request as the server gives it over HTTP, for callers in the same
    // process (the fuzzer of the request handling); a dropped connection answers status 0.
    HttpResponse answer(const HttpRequest &request);
    // A new administrator token, valid for the token lifetime from now (as the Token Manager
    // would make one after the first expired).
    QString issueToken();

    // For tests: what reached the sandbox, and faults for the next requests in order (after
    // authentication; Fault::None lets one request through).
    struct LoggedRequest
    {
        QByteArray method;
        QString path;
        QString query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 receivedMs = 0; // since the server started
        int inFlight = 0;      // requests in flight when it arrived, itself included
    };
    const QList<LoggedRequest> &requestLog() const { return m_log; }
    void clearRequestLog() { m_log.clear(); }
    int maxInFlightSeen() const;
    void injectFaults(const QList<Fault> &faults) { m_injected += faults; }
    // Ends every token handed out so far, the configured one too, as if their time had run
    // out: a test makes a token expire at the moment it chooses, not on a clock.
    void expireTokens();
    // Drops the injected faults not used yet.
    void clearFaults()
    {
        m_injected.clear();
        m_injectedFor.clear();
    }
    // A fault for the next request with this method only (polls and reads pass by).
    void injectFaultFor(const QByteArray &method, Fault fault)
    {
        m_injectedFor.append({method, fault});
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse respond(const HttpRequest &request, bool &dropConnection);
    HttpResponse objectStorageSignOnPage(const HttpRequest &request) const;
    static bool isPastItsExpiry(const QByteArray &token);
    enum class Caller
    {
        Unknown,
        ExpiredToken,
        Administrator,
        Viewer,
        TwoFactorWithBasic
    };
    Caller identify(const HttpRequest &request) const;
    void addRateLimitHeaders(HttpResponse &response);
    struct Outgoing;
    struct Connection;
    void finishRequest(QTcpSocket *socket, quint64 sequence, const Outgoing &outgoing);
    void writeReady(QTcpSocket *socket);
    static void write(QTcpSocket *socket, const Outgoing &outgoing);

    SandboxOptions m_options;
    QHash<QByteArray, qint64> m_issuedTokens; // token -> when it was issued, ms since the start
    QSet<QByteArray> m_expiredTokens;         // ended by expireTokens(), whatever their lifetime
    int m_slowAnswerMs = 0;                   // the extra delay of the answer being made
    QUrl m_origin;
    std::unique_ptr<SampleDataGenerator> m_ids;
    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<RequestTracker> m_tracker;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<CloudApi> m_cloud;
    std::unique_ptr<ResellerApi> m_reseller;
    int m_inFlight = 0;
    QList<LoggedRequest> m_log;
    QList<Fault> m_injected;
    QList<QPair<QByteArray, Fault>> m_injectedFor;
    QElapsedTimer m_clock;
    // Answers leave each connection in the order its requests came (HTTP/1.1 pipelining).
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
};

} // namespace sandbox
