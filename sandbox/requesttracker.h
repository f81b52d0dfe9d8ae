#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace sandbox {

class SampleDataGenerator;

// Accepted asynchronous writes of the Cloud API. Each one is QUEUED for the first half of the
// configured time, RUNNING for the second, then DONE or FAILED; its change is applied only when
// it becomes DONE, so a client that does not poll reads stale data, as against the real API.
class RequestTracker : public QObject
{
    Q_OBJECT

public:
    // Applies the change; returns an empty string on success or why it failed.
    using Change = std::function<QString()>;

    struct Target
    {
        QString id;
        QString type;
        QString href;
    };

    struct Status
    {
        QString status; // QUEUED, RUNNING, DONE, FAILED
        QString message;
        Target target;
    };

    RequestTracker(int doneAfterMs, double failFraction, SampleDataGenerator &ids,
                   QObject *parent = nullptr);

    // Registers an accepted write and returns its request id. With doneAfterMs == 0 the change
    // is applied before this returns.
    QString accept(const Target &target, Change change, const QString &shareGroupId = {});

    bool contains(const QString &requestId) const { return m_requests.contains(requestId); }
    Status status(const QString &requestId) const;

    // True while a share creation on this group has not finished.
    bool shareCreationPending(const QString &groupId) const;

private:
    struct Record
    {
        QElapsedTimer age;
        bool finished = false;
        bool failed = false;
        QString message;
        Target target;
        QString shareGroupId;
    };

    void finish(const QString &requestId, const Change &change, bool forcedFailure);

    int m_doneAfterMs;
    double m_failFraction;
    SampleDataGenerator &m_ids;
    QHash<QString, Record> m_requests;
};

} // namespace sandbox
