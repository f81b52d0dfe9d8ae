#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>
#include <vector>

namespace ionos {

// Every change the console made in this session: when, what, to what, the server's request id,
// where it stands and what the server said. A failed change can be retried from here.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Status
    {
        Queued,
        Running,
        Done,
        Failed
    };
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
        RetryableRole
    };

    explicit ActivityModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Records a change as queued; returns its id in this log.
    int record(const QString &change, const QString &target);
    void setRunning(int id, const QString &requestId);
    void setDone(int id, const QString &message = {});
    // A failed change keeps how to try it again.
    void setFailed(int id, const QString &message, std::function<void()> retry = {});
    // Runs the retry of a failed entry; false when there is none.
    bool retry(int row);

    Status status(int id) const;
    int rowOfId(int id) const;

private:
    struct Entry
    {
        int id = 0;
        QDateTime time;
        QString change;
        QString target;
        QString requestId;
        Status status = Status::Queued;
        QString message;
        std::function<void()> retry;
    };
    void changed(int id);

    std::vector<Entry> m_entries;
    int m_nextId = 1;
};

} // namespace ionos
