#include "network/requeststatusservice.h"

#include "network/cloudcodec.h"
#include "network/servicecalls.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace ionos {
namespace {

// Polls one Location until the change is final, waiting longer between polls each time.
class StatusPoll : public std::enable_shared_from_this<StatusPoll>
{
public:
    StatusPoll(ApiClient &client, ApiCall *call, QUrl location, Completion<RequestStatus> complete)
        : m_client(client)
        , m_call(call)
        , m_location(std::move(location))
        , m_complete(std::move(complete))
        , m_policy(client.settings().poll)
        , m_intervalMs(m_policy.initialIntervalMs)
    {
        m_clock.start();
    }

    void pollNow()
    {
        if (m_complete.isFinished())
            return;
        std::weak_ptr<StatusPoll> weak = weak_from_this();
        // A poll settles a write: it goes before the loads.
        ApiClient::PriorityScope scope(RequestPriority::Write);
        m_call->adopt(RequestStatusService(m_client).status(
            m_location, m_call, [weak](const Result<RequestStatus> &r) {
                if (const std::shared_ptr<StatusPoll> self = weak.lock())
                    self->answered(r);
            }));
    }

private:
    void answered(const Result<RequestStatus> &r)
    {
        if (!r.ok()) {
            m_complete(r.error());
            return;
        }
        const RequestStatus &s = r.value();
        if (s.state == RequestStatus::State::Done) {
            m_complete(s);
            return;
        }
        if (s.state == RequestStatus::State::Failed) {
            m_complete(ApiError::requestFailed(s.id, s.message));
            return;
        }
        if (m_clock.elapsed() + m_intervalMs > m_policy.timeLimitMs) {
            ApiError e;
            e.kind = ApiError::Kind::Timeout;
            e.requestId = s.id;
            e.message = ApiError::tr("The server accepted the change but did not finish it within "
                                     "%1 seconds; it may still complete. Refresh to see.")
                            .arg(m_policy.timeLimitMs / 1000);
            m_complete(e);
            return;
        }
        const int wait = m_intervalMs;
        m_intervalMs = std::min(m_policy.maxIntervalMs, m_intervalMs * 3 / 2 + 1);
        std::weak_ptr<StatusPoll> weak = weak_from_this();
        QTimer::singleShot(wait, m_call, [weak] {
            if (const std::shared_ptr<StatusPoll> self = weak.lock())
                self->pollNow();
        });
    }

    ApiClient &m_client;
    ApiCall *m_call;
    QUrl m_location;
    Completion<RequestStatus> m_complete;
    PollPolicy m_policy;
    int m_intervalMs;
    QElapsedTimer m_clock;
};

} // namespace

ApiCall *RequestStatusService::status(const QUrl &location, QObject *context,
                                      std::function<void(const Result<RequestStatus> &)> done)
{
    return servicecalls::fetch<RequestStatus>(m_client, requests::requestStatus(location), context,
                                              &cloudcodec::requestStatus, std::move(done));
}

ApiCall *
RequestStatusService::waitUntilDone(const QUrl &location, QObject *context,
                                    std::function<void(const Result<RequestStatus> &)> done)
{
    auto *call = new ApiCall(&m_client);
    auto poll = std::make_shared<StatusPoll>(
        m_client, call, location, Completion<RequestStatus>(call, context, std::move(done)));
    // The poll lives as long as its call.
    QObject::connect(call, &QObject::destroyed, call, [poll] {});
    poll->pollNow();
    return call;
}

} // namespace ionos
