#pragma once

#include "models/bulkresult.h"
#include "models/undoscope.h"
#include "network/apicall.h"
#include "network/result.h"

#include <functional>

namespace ionos {

// Deleting many things at once (users, groups): one tracked write each, a result per item in the
// order they end, and the whole kept by the journal as one change that can be undone.
struct BulkRemove
{
    QString change;  // as the activity log says it: "Delete users"
    QString target;  // "3 users"
    UndoScope scope; // what the undo puts back
    std::function<QString(const QString &id)> describe;
    // The write of one item; deliver hears its outcome.
    std::function<ApiCall *(const QString &id, std::function<void(const Result<Done> &)> deliver)>
        removeOne;

    // Starts every write; finished hears the results once all have ended.
    void run(const QStringList &ids, BulkJournal *journal, BulkFinished finished) const;
};

} // namespace ionos
