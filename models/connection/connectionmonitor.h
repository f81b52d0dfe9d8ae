#pragma once

#include "models/connection/connectioncheck.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ionos {

// Watches the session's client: when a call cannot reach the server it checks with one light
// call, and while that fails says the connection is lost and tries again, sooner first, then at
// most every maxRetryMs, until the server answers and the connection is restored. A check that
// gets no answer within probeTimeoutMs counts as failed and is dropped, so that a connection
// left hanging by the server that went away does not hold up the next check. A refusal of the
// credentials (401, for example an expired token) is reported once until they are renewed.
// Requests left hanging say nothing: when calls are on their way and no answer has come for
// stallTimeoutMs, it checks as well.
// Once the connection is lost, the client's reads still waiting or on their way are let go
// (ApiClient::dropReads), so that the work queue drains instead of each read waiting out its
// request timeout; whoever loads asks again on connectionRestored (Workspace::resume).
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Connected,
        Checking,
        Lost
    };

    explicit ConnectionMonitor(ApiClient &client, QObject *parent = nullptr);
    State state() const { return m_state; }
    void setRetryDelays(int firstMs, int maxMs);
    void setProbeTimeout(int ms) { m_probeTimeoutMs = ms; }
    void setStallTimeout(int ms) { m_stall.setInterval(ms); }
    // New credentials are in place: a refusal is reported again.
    void credentialsRenewed();

signals:
    // message: what failed, in plain words; retryInMs: when the next check runs.
    void connectionLost(const QString &message, int retryInMs);
    void connectionRestored();
    void credentialsRejected(const QString &message);

private:
    void check();
    void suspect();
    void followActivity(int inFlight);
    void checked(const ConnectionVerdict &verdict);
    void lose(const QString &message);
    void probeTimedOut();

    ApiClient &m_client;
    State m_state = State::Connected;
    bool m_wasLost = false;
    bool m_rejectionReported = false;
    int m_firstRetryMs = 1000;
    int m_maxRetryMs = 15000;
    int m_nextRetryMs = 1000;
    int m_probeTimeoutMs = 10000;
    QTimer m_retry;
    QTimer m_probeTimeout;
    QTimer m_stall; // runs while calls are on their way; restarts with each answer
    QPointer<ApiCall> m_probe;
};

} // namespace ionos
