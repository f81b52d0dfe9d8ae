#pragma once

#include "models/snapshot/accountsnapshot.h"
#include "models/undoscope.h"

#include <QHash>
#include <QObject>

#include <functional>

#include <optional>

namespace ionos {

class ActivityModel;

// The state before each bulk change of the session (deleting users or groups, adding or
// removing members, applying the matrix, sharing or unsharing resources, a restore), kept with
// what the change touched and shown in the activity log as one entry that ends with the change's
// summary. Undoing it restores that state for those things alone, the way a restore does.
class UndoHistory : public QObject, public BulkJournal
{
    Q_OBJECT

public:
    struct Point
    {
        QString change;
        AccountSnapshot before;
        UndoScope scope;
        bool complete = true; // everything was loaded when it was kept
    };

    // The account as loaded now, and whether it is all of it.
    using ReadLoaded = std::function<AccountSnapshot()>;
    using IsComplete = std::function<bool()>;

    UndoHistory(ReadLoaded loaded, IsComplete complete, ActivityModel &activity,
                QObject *parent = nullptr);

    Finished begin(const QString &change, const QString &target, const UndoScope &scope) override;
    // A bulk change that kept its state before itself and knows what it touched only once it
    // has ended (a restore: the ids of what it created).
    void record(const QString &change, const QString &target, const AccountSnapshot &before,
                const UndoScope &scope, const QList<ItemResult> &results);
    // The point kept with the activity entry; none when the entry is not a bulk change.
    std::optional<Point> point(int entryId) const;

private:
    int keep(const QString &change, const QString &target, const AccountSnapshot &before,
             const UndoScope &scope);
    void settle(int entry, const QList<ItemResult> &results);

    ReadLoaded m_loaded;
    IsComplete m_complete;
    ActivityModel &m_activity;
    QHash<int, Point> m_points; // by activity entry
};

} // namespace ionos
