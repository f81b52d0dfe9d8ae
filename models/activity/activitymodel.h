#pragma once

#include "models/keyedtablemodel.h"

#include <QDateTime>

#include <functional>

namespace ionos {

enum class ActivityStatus
{
    Queued,
    Running,
    Done,
    Failed
};

// One change of the session as the activity log keeps it.
struct ActivityEntry
{
    int id = 0;
    QDateTime time;
    QString change;
    QString target;
    QString requestId;
    ActivityStatus status = ActivityStatus::Queued;
    QString message;
    std::function<void()> retry;
    bool undoable = false; // a bulk change whose state before is kept
};

// Every change the console made in this session: when, what, to what, the server's request id,
// where it stands and what the server said. A failed change can be retried from here.
class ActivityModel : public KeyedTableModel<ActivityEntry, int>
{
    Q_OBJECT

public:
    using Status = ActivityStatus;
    enum Column
    {
        TimeColumn,
        ChangeColumn,
        TargetColumn,
        RequestColumn,
        StatusColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1,
        RetryableRole,
        UndoableRole,
        IdRole
    };

    explicit ActivityModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Records a change as queued; returns its id in this log.
    int record(const QString &change, const QString &target);
    void setRunning(int id, const QString &requestId);
    void setDone(int id, const QString &message = {});
    // A failed change keeps how to try it again.
    void setFailed(int id, const QString &message, std::function<void()> retry = {});
    void setUndoable(int id, bool undoable);
    // Runs the retry of a failed entry; false when there is none.
    bool retry(int row);

    Status status(int id) const;
    int rowOfId(int id) const { return rowOf(id); }

private:
    int m_nextId = 1;
};

} // namespace ionos
