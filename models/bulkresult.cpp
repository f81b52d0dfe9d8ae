#include "bulkresult.h"

#include <memory>

namespace ionos {

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
