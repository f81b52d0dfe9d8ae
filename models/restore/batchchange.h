#pragma once

#include "models/itemoutcome.h"
#include "models/snapshot/restorestep.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace ionos {

class RestoreRunner;
class Workspace;

// Runs the writes of several items through the restore runner, so through the console's own
// write paths (activity log, pending marks, the rate limit, cancel), as one entry of the activity
// log that can be undone, and reports an outcome per item as its writes end.
class BatchChange : public QObject
{
    Q_OBJECT

public:
    explicit BatchChange(Workspace &workspace, QObject *parent = nullptr);

    // itemOf: the item of each step; descriptions: a line per step for the activity log;
    // passwords: of the users to create, by the id their creation step names them by.
    void run(int items, const QList<RestoreStep> &steps, const QList<int> &itemOf,
             const QStringList &descriptions, const QString &title,
             const QHash<QString, QString> &passwords = {});
    void cancel();
    bool isRunning() const;

    const QList<ItemOutcome> &outcomes() const { return m_outcomes; }
    int count(ItemOutcome::State state) const;

signals:
    void progress(int done, int total); // writes
    void itemFinished(int item);
    // complete: every write is done.
    void finished(bool complete);

private:
    void stepFinished(int step);

    RestoreRunner *m_runner;
    QList<int> m_itemOf;
    QStringList m_descriptions;
    QList<int> m_stepsOf;   // of each item
    QList<int> m_stepsLeft; // of each item
    QList<ItemOutcome> m_outcomes;
};

} // namespace ionos
