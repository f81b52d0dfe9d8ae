#include "models/activity/activitymodel.h"

#include <QBrush>
#include <QLocale>

namespace ionos {

ActivityModel::ActivityModel(QObject *parent)
    : KeyedTableModel(
          {{"time", QT_TRANSLATE_NOOP("ionos::ActivityModel", "Time")},
           {"change", QT_TRANSLATE_NOOP("ionos::ActivityModel", "Change")},
           {"target", QT_TRANSLATE_NOOP("ionos::ActivityModel", "Target")},
           {"requestId", QT_TRANSLATE_NOOP("ionos::ActivityModel", "Request")},
           {"status", QT_TRANSLATE_NOOP("ionos::ActivityModel", "Status")},
           {"message", QT_TRANSLATE_NOOP("ionos::ActivityModel", "Message")}},
          [](const ActivityEntry &e) { return e.id; }, {}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

namespace {

QString statusKey(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::Queued:
        return QStringLiteral("queued");
    case ActivityStatus::Running:
        return QStringLiteral("running");
    case ActivityStatus::Done:
        return QStringLiteral("done");
    case ActivityStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &e = rowOfIndex(index);
    if (role == ExportValueRole && index.column() == TimeColumn)
        return e.time;
    if (role == ExportValueRole && index.column() == StatusColumn)
        return statusKey(e.status);
    if (role == StatusRole)
        return int(e.status);
    if (role == RetryableRole)
        return e.status == Status::Failed && bool(e.retry);
    if (role == UndoableRole)
        return e.undoable;
    if (role == IdRole)
        return e.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e.time.time(), QLocale::ShortFormat);
    case ChangeColumn:
        return e.change;
    case TargetColumn:
        return e.target;
    case RequestColumn:
        return e.requestId;
    case StatusColumn:
        switch (e.status) {
        case Status::Queued:
            return tr("Queued");
        case Status::Running:
            return tr("Running");
        case Status::Done:
            return tr("Done");
        case Status::Failed:
            return tr("Failed");
        }
        return {};
    case MessageColumn:
        return e.message;
    default:
        return {};
    }
}

int ActivityModel::record(const QString &change, const QString &target)
{
    ActivityEntry e;
    e.id = m_nextId++;
    e.time = QDateTime::currentDateTime();
    e.change = change;
    e.target = target;
    insert(e);
    return e.id;
}

void ActivityModel::setRunning(int id, const QString &requestId)
{
    modify(id, [&](ActivityEntry &e) {
        e.status = Status::Running;
        e.requestId = requestId;
    });
}

void ActivityModel::setDone(int id, const QString &message)
{
    modify(id, [&](ActivityEntry &e) {
        e.status = Status::Done;
        e.message = message;
        e.retry = nullptr;
    });
}

void ActivityModel::setFailed(int id, const QString &message, std::function<void()> retry)
{
    modify(id, [&](ActivityEntry &e) {
        e.status = Status::Failed;
        e.message = message;
        e.retry = std::move(retry);
    });
}

void ActivityModel::setUndoable(int id, bool undoable)
{
    modify(id, [undoable](ActivityEntry &e) { e.undoable = undoable; });
}

bool ActivityModel::retry(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    const ActivityEntry &entry = rowAt(row);
    if (entry.status != Status::Failed || !entry.retry)
        return false;
    const std::function<void()> again = entry.retry;
    modify(entry.id, [this](ActivityEntry &e) {
        e.retry = nullptr;
        e.message = tr("Retried: see the newer entry.");
    });
    again();
    return true;
}

ActivityModel::Status ActivityModel::status(int id) const
{
    const std::optional<ActivityEntry> e = find(id);
    return e ? e->status : Status::Failed;
}

} // namespace ionos
