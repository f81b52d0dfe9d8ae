#pragma once

#include "network/apicall.h"
#include "network/result.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace ionos {

// The outcome of one item of a bulk change, for the per-item report.
struct ItemResult
{
    QString target; // what it was about, for a person (a name, an e-mail)
    bool ok = false;
    bool cancelled = false;
    QString message;   // the server's words when it failed
    QString key;       // the item's id (a user's, a resource's), for a caller that maps results
    QString requestId; // the server's id of the change, once it accepted it

    template <typename T> static ItemResult of(const QString &target, const Result<T> &result)
    {
        const bool cancelled = !result.ok() && result.error().kind == ApiError::Kind::Cancelled;
        return {target, result.ok(), cancelled, result.ok() ? QString() : result.error().message,
                {},     {}};
    }
};

// What a bulk change came to: how many items were done, and each one that was not, with the
// server's words ("target: message").
struct BulkSummary
{
    int done = 0;
    int total = 0;
    QStringList notDone;

    static BulkSummary of(const QList<ItemResult> &results);
    bool complete() const { return notDone.isEmpty(); }
};

using BulkFinished = std::function<void(const QList<ItemResult> &)>;

// Several changes started together, reported once when every one has ended.
class BulkReport
{
public:
    using ItemDone = std::function<void(const ItemResult &)>;

    // start(item, done) begins the change of one item; finished() gets every item's result, in
    // the order they ended. Nothing is reported for no items.
    static void collect(const QStringList &items,
                        std::function<void(const QString &, ItemDone)> start,
                        std::function<void(const QList<ItemResult> &)> finished);

    // Starts the write of one item (send gets the callback to hand to the write and returns
    // its call); done hears its result with the item's key and the request id the server gave.
    template <typename T, typename Send>
    static void track(const QString &key, const QString &target, Send send, ItemDone done)
    {
        auto requestId = std::make_shared<QString>();
        ApiCall *call = send([key, target, requestId, done](const Result<T> &r) {
            ItemResult item = ItemResult::of(target, r);
            item.key = key;
            item.requestId = *requestId;
            done(item);
        });
        QObject::connect(call, &ApiCall::accepted, call,
                         [requestId](const QString &id) { *requestId = id; });
    }
};

} // namespace ionos

Q_DECLARE_METATYPE(ionos::ItemResult)
