#include "activitymodel.h"

#include <QBrush>
#include <QLocale>

namespace ionos {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    if (role == StatusRole)
        return int(e.status);
    if (role == RetryableRole)
        return e.status == Status::Failed && bool(e.retry);
    if (role == Qt::ForegroundRole && e.status == Status::Failed && index.column() == StatusColumn)
        return QBrush(Qt::red);
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

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ChangeColumn:
        return tr("Change");
    case TargetColumn:
        return tr("Target");
    case RequestColumn:
        return tr("Request");
    case StatusColumn:
        return tr("Status");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

int ActivityModel::record(const QString &change, const QString &target)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    Entry e;
    e.id = m_nextId++;
    e.time = QDateTime::currentDateTime();
    e.change = change;
    e.target = target;
    m_entries.push_back(std::move(e));
    endInsertRows();
    return m_entries.back().id;
}

int ActivityModel::rowOfId(int id) const
{
    // Ids grow with the rows, and entries are never removed.
    const int row = id - 1;
    return row >= 0 && row < int(m_entries.size()) && m_entries[size_t(row)].id == id ? row : -1;
}

void ActivityModel::changed(int id)
{
    const int row = rowOfId(id);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActivityModel::setRunning(int id, const QString &requestId)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    m_entries[size_t(row)].status = Status::Running;
    m_entries[size_t(row)].requestId = requestId;
    changed(id);
}

void ActivityModel::setDone(int id, const QString &message)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    Entry &e = m_entries[size_t(row)];
    e.status = Status::Done;
    e.message = message;
    e.retry = nullptr;
    changed(id);
}

void ActivityModel::setFailed(int id, const QString &message, std::function<void()> retry)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    Entry &e = m_entries[size_t(row)];
    e.status = Status::Failed;
    e.message = message;
    e.retry = std::move(retry);
    changed(id);
}

bool ActivityModel::retry(int row)
{
    if (row < 0 || row >= int(m_entries.size()))
        return false;
    Entry &e = m_entries[size_t(row)];
    if (e.status != Status::Failed || !e.retry)
        return false;
    const std::function<void()> again = std::move(e.retry);
    e.retry = nullptr;
    e.message = tr("Retried: see the newer entry.");
    changed(e.id);
    again();
    return true;
}

ActivityModel::Status ActivityModel::status(int id) const
{
    const int row = rowOfId(id);
    return row < 0 ? Status::Failed : m_entries[size_t(row)].status;
}

} // namespace ionos
