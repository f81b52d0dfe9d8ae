#pragma once

#include "models/snapshot/accountsnapshot.h"

#include <functional>

class QObject;

namespace ionos {

class Workspace;

// Takes a snapshot of the signed-in account: what the workspace has loaded (it must be
// everything), and the admins of each reseller contract named, read from the server now.
class SnapshotTaker
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotTaker)

public:
    using Done = std::function<void(const Result<AccountSnapshot> &)>;

    // What the workspace has loaded, at once, without the reseller admins.
    static AccountSnapshot ofLoaded(Workspace &workspace);
    // done hears the snapshot, or the first read that failed; not when context is gone.
    static void take(Workspace &workspace, const QList<qint64> &contracts, QObject *context,
                     Done done);
    // The same once the workspace has loaded everything: at once when it has.
    static void takeWhenLoaded(Workspace &workspace, const QList<qint64> &contracts,
                               QObject *context, Done done);
};

} // namespace ionos
