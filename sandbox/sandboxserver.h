#pragma once

#include "sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QUrl>

#include <memory>

namespace sandbox {

class CloudApi;
class FaultInjector;
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

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse respond(const HttpRequest &request, bool &dropConnection);
    bool authorized(const HttpRequest &request) const;
    void addRateLimitHeaders(HttpResponse &response);
    struct Outgoing;
    struct Connection;
    void finishRequest(QTcpSocket *socket, quint64 sequence, const Outgoing &outgoing);
    void writeReady(QTcpSocket *socket);
    static void write(QTcpSocket *socket, const Outgoing &outgoing);

    SandboxOptions m_options;
    QUrl m_origin;
    std::unique_ptr<SampleDataGenerator> m_ids;
    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<RequestTracker> m_tracker;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<CloudApi> m_cloud;
    std::unique_ptr<ResellerApi> m_reseller;
    int m_inFlight = 0;
    // Answers leave each connection in the order its requests came (HTTP/1.1 pipelining).
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
};

} // namespace sandbox
