#include "models/bulkresult.h"

#include <memory>

namespace ionos {

BulkSummary BulkSummary::of(const QList<ItemResult> &results)
{
    BulkSummary summary;
    summary.total = int(results.size());
    for (const ItemResult &r : results) {
        if (r.ok)
            ++summary.done;
        else
            summary.notDone << QStringLiteral("%1: %2").arg(r.target, r.message);
    }
    return summary;
}

void BulkReport::collect(const QStringList &items,
                         std::function<void(const QString &, ItemDone)> start,
                         std::function<void(const QList<ItemResult> &)> finished)
{
    if (items.isEmpty())
        return;
    auto results = std::make_shared<QList<ItemResult>>();
    const qsizetype total = items.size();
    for (const QString &item : items) {
        start(item, [results, total, finished](const ItemResult &result) {
            results->append(result);
            if (results->size() == total)
                finished(*results);
        });
    }
}

} // namespace ionos
