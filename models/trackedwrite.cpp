#include "models/trackedwrite.h"

#include "models/activity/activitymodel.h"

namespace ionos {

ChangeRecord::ChangeRecord(ActivityModel &activity, const QString &change, const QString &target,
                           std::function<void(bool pending)> markPending)
    : m_activity(&activity)
    , m_entry(activity.record(change, target))
    , m_markPending(std::move(markPending))
{
    if (m_markPending)
        m_markPending(true);
}

void ChangeRecord::follow(ApiCall *call) const
{
    if (!call || !m_activity)
        return;
    const int entry = m_entry;
    ActivityModel *activity = m_activity;
    QObject::connect(
        call, &ApiCall::accepted, activity,
        [activity, entry](const QString &requestId) { activity->setRunning(entry, requestId); });
}

void ChangeRecord::succeeded(const std::function<void()> &apply) const
{
    if (m_markPending)
        m_markPending(false);
    if (apply)
        apply();
    if (m_activity)
        m_activity->setDone(m_entry);
}

void ChangeRecord::failed(const QString &message, std::function<void()> retry) const
{
    if (m_markPending)
        m_markPending(false);
    if (m_activity)
        m_activity->setFailed(m_entry, message, std::move(retry));
}

} // namespace ionos
