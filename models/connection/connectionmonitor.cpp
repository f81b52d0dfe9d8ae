#include "models/connection/connectionmonitor.h"

#include <utility>

namespace ionos {

ConnectionMonitor::ConnectionMonitor(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionMonitor::check);
    m_probeTimeout.setSingleShot(true);
    connect(&m_probeTimeout, &QTimer::timeout, this, &ConnectionMonitor::probeTimedOut);
    m_stall.setSingleShot(true);
    m_stall.setInterval(15000);
    connect(&m_stall, &QTimer::timeout, this, &ConnectionMonitor::suspect);
    connect(&client, &ApiClient::activityChanged, this,
            [this](int, int inFlight) { followActivity(inFlight); });
    connect(&client, &ApiClient::serverAnswered, this, [this] {
        if (m_stall.isActive())
            m_stall.start();
    });
    connect(&client, &ApiClient::networkFailed, this, [this](const ApiError &error) {
        if (m_state == State::Connected) {
            suspect();
        } else if (m_state == State::Checking) {
            // The check could not get through either (it may keep trying): say so now.
            lose(ConnectionCheck::explain(error, m_client.settings().credentials).message);
        }
    });
    connect(&client, &ApiClient::unauthorized, this, [this](const ApiError &error) {
        if (m_rejectionReported)
            return;
        m_rejectionReported = true;
        emit credentialsRejected(
            ConnectionCheck::explain(error, m_client.settings().credentials).message);
    });
}

void ConnectionMonitor::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = maxMs;
    m_nextRetryMs = firstMs;
}

void ConnectionMonitor::credentialsRenewed()
{
    m_rejectionReported = false;
}

void ConnectionMonitor::followActivity(int inFlight)
{
    if (inFlight == 0)
        m_stall.stop();
    else if (!m_stall.isActive())
        m_stall.start();
}

void ConnectionMonitor::suspect()
{
    if (m_state != State::Connected)
        return;
    // One failure, or a silence, may be a passing one: check with a light call.
    m_state = State::Checking;
    m_nextRetryMs = m_firstRetryMs;
    check();
}

void ConnectionMonitor::check()
{
    if (m_probe)
        return;
    m_probe = ConnectionCheck::run(m_client, this,
                                   [this](const ConnectionVerdict &verdict) { checked(verdict); });
    m_probeTimeout.start(m_probeTimeoutMs);
}

void ConnectionMonitor::probeTimedOut()
{
    if (!m_probe)
        return;
    lose(tr("The server did not answer within %n second(s).", nullptr,
            (m_probeTimeoutMs + 999) / 1000));
}

void ConnectionMonitor::checked(const ConnectionVerdict &verdict)
{
    m_probeTimeout.stop();
    if (verdict.outcome != ConnectionVerdict::Outcome::Unreachable) {
        // The server answered: whatever it said, the connection is there.
        m_state = State::Connected;
        if (m_wasLost) {
            m_wasLost = false;
            emit connectionRestored();
        }
        return;
    }
    lose(verdict.message);
}

void ConnectionMonitor::lose(const QString &message)
{
    // A check still on its way is not waited for: the next one opens a new connection.
    m_probeTimeout.stop();
    if (const QPointer<ApiCall> probe = std::exchange(m_probe, nullptr))
        probe->cancel();
    // Reads on their way would each wait out their own timeout: they are let go (once the
    // signal that led here is through) and asked for again when the connection is restored.
    // Writes go on to their read-backs.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_state == State::Lost)
                m_client.dropReads();
        },
        Qt::QueuedConnection);
    m_state = State::Lost;
    m_wasLost = true;
    const int wait = m_nextRetryMs;
    m_nextRetryMs = std::min(m_nextRetryMs * 2, m_maxRetryMs);
    m_retry.start(wait);
    emit connectionLost(message, wait);
}

} // namespace ionos
