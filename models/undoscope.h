#pragma once

#include "models/bulkresult.h"

#include <QSet>
#include <QString>

namespace ionos {

// What a bulk change touches, so that undoing it puts back those things alone and nothing
// changed since by other hands: users and groups by id, a group's privileges, members as
// "group/user", shares as "group/resource" and Object Storage keys as "user/key".
struct UndoScope
{
    QSet<QString> users;
    QSet<QString> groups;
    QSet<QString> privileges; // the name and privileges of these groups
    QSet<QString> members;
    QSet<QString> shares;
    QSet<QString> keys; // their active flags

    static QString pair(const QString &group, const QString &other)
    {
        return group + QLatin1Char('/') + other;
    }
    bool isEmpty() const
    {
        return users.isEmpty() && groups.isEmpty() && privileges.isEmpty() && members.isEmpty() &&
               shares.isEmpty() && keys.isEmpty();
    }
};

// Hears of every bulk change before it starts, to keep what it needs to undo it; what it returns
// hears the results when the change has ended.
class BulkJournal
{
public:
    virtual ~BulkJournal() = default;
    using Finished = BulkFinished;
    // change: what it does, as the activity log says it ("Delete users"); target: to what
    // ("3 users").
    virtual Finished begin(const QString &change, const QString &target,
                           const UndoScope &scope) = 0;
};

// then, and the journal (when there is one) told of the change now and of its results with then.
inline BulkFinished journaled(BulkJournal *journal, const QString &change, const QString &target,
                              const UndoScope &scope, BulkFinished then)
{
    if (!journal)
        return then;
    BulkFinished told = journal->begin(change, target, scope);
    return [told, then](const QList<ItemResult> &results) {
        if (then)
            then(results);
        if (told)
            told(results);
    };
}

} // namespace ionos
