#include "sandbox/requesttracker.h"

#include "sandbox/sampledatagenerator.h"

#include <QRandomGenerator>
#include <QTimer>

namespace sandbox {

RequestTracker::RequestTracker(int doneAfterMs, double failFraction, SampleDataGenerator &ids,
                               QObject *parent)
    : QObject(parent)
    , m_doneAfterMs(doneAfterMs)
    , m_failFraction(failFraction)
    , m_ids(ids)
{}

QString RequestTracker::accept(const Target &target, Change change, const QString &shareGroupId)
{
    const QString id = m_ids.nextUuid();
    Record record;
    record.age.start();
    record.target = target;
    record.shareGroupId = shareGroupId;
    m_requests.insert(id, record);

    const bool forcedFailure =
        m_failFraction > 0.0 && QRandomGenerator::global()->generateDouble() < m_failFraction;
    if (m_doneAfterMs == 0) {
        finish(id, change, forcedFailure);
    } else {
        QTimer::singleShot(m_doneAfterMs, this,
                           [this, id, change = std::move(change), forcedFailure] {
                               finish(id, change, forcedFailure);
                           });
    }
    return id;
}

void RequestTracker::finish(const QString &requestId, const Change &change, bool forcedFailure)
{
    auto it = m_requests.find(requestId);
    if (it == m_requests.end())
        return;
    it->finished = true;
    if (forcedFailure) {
        it->failed = true;
        it->message = QStringLiteral("The request failed on the provisioning side; nothing was "
                                     "changed. Try again.");
        return;
    }
    const QString problem = change();
    if (!problem.isEmpty()) {
        it->failed = true;
        it->message = problem;
        return;
    }
    it->message = QStringLiteral("Request successfully fulfilled.");
}

RequestTracker::Status RequestTracker::status(const QString &requestId) const
{
    const Record record = m_requests.value(requestId);
    Status s;
    s.target = record.target;
    if (record.finished) {
        s.status = record.failed ? QStringLiteral("FAILED") : QStringLiteral("DONE");
        s.message = record.message;
    } else if (record.age.elapsed() < m_doneAfterMs / 2) {
        s.status = QStringLiteral("QUEUED");
        s.message = QStringLiteral("Request has been queued.");
    } else {
        s.status = QStringLiteral("RUNNING");
        s.message = QStringLiteral("Request is being processed.");
    }
    return s;
}

bool RequestTracker::shareCreationPending(const QString &groupId) const
{
    for (const Record &r : m_requests) {
        if (!r.finished && r.shareGroupId == groupId)
            return true;
    }
    return false;
}

} // namespace sandbox
