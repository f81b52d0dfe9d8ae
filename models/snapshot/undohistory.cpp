#include "models/snapshot/undohistory.h"

#include "models/activity/activitymodel.h"
#include "models/bulkresult.h"

#include <QPointer>

namespace ionos {

UndoHistory::UndoHistory(ReadLoaded loaded, IsComplete complete, ActivityModel &activity,
                         QObject *parent)
    : QObject(parent)
    , m_loaded(std::move(loaded))
    , m_complete(std::move(complete))
    , m_activity(activity)
{}

int UndoHistory::keep(const QString &change, const QString &target, const AccountSnapshot &before,
                      const UndoScope &scope)
{
    Point point;
    point.change = change;
    point.before = before;
    point.scope = scope;
    point.complete = m_complete();
    const int entry = m_activity.record(change, target);
    m_activity.setRunning(entry, {});
    m_points.insert(entry, point);
    return entry;
}

void UndoHistory::settle(int entry, const QList<ItemResult> &results)
{
    const BulkSummary summary = BulkSummary::of(results);
    const QString done = tr("%1 of %2 done").arg(summary.done).arg(summary.total);
    if (summary.complete())
        m_activity.setDone(entry, done);
    else
        m_activity.setFailed(entry, done + QStringLiteral("; ") +
                                        summary.notDone.join(QStringLiteral("; ")));
    m_activity.setUndoable(entry, summary.done > 0);
}

BulkJournal::Finished UndoHistory::begin(const QString &change, const QString &target,
                                         const UndoScope &scope)
{
    const int entry = keep(change, target, m_loaded(), scope);
    return [self = QPointer(this), entry](const QList<ItemResult> &results) {
        if (self)
            self->settle(entry, results);
    };
}

void UndoHistory::record(const QString &change, const QString &target,
                         const AccountSnapshot &before, const UndoScope &scope,
                         const QList<ItemResult> &results)
{
    settle(keep(change, target, before, scope), results);
}

std::optional<UndoHistory::Point> UndoHistory::point(int entryId) const
{
    const auto it = m_points.constFind(entryId);
    if (it == m_points.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace ionos
