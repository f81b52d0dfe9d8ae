#include "models/bulkremove.h"

namespace ionos {

void BulkRemove::run(const QStringList &ids, BulkJournal *journal, BulkFinished finished) const
{
    const BulkFinished done = journaled(journal, change, target, scope, std::move(finished));
    BulkReport::collect(
        ids,
        [describe = describe, removeOne = removeOne](const QString &id, auto itemDone) {
            BulkReport::track<Done>(
                id, describe(id), [&](auto deliver) { return removeOne(id, std::move(deliver)); },
                itemDone);
        },
        [done](const QList<ItemResult> &results) {
            if (done)
                done(results);
        });
}

} // namespace ionos
