#pragma once

#include "models/snapshot/snapshotdiff.h"
#include "models/watch/watchrules.h"

#include <QCoreApplication>
#include <QStringList>

namespace ionos {

// What changed between two states, counted by kind in a few words each, most telling first:
// "2 users added", "1 new administrator", "5 privileges granted", ...
class ChangeSummary
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSummary)

public:
    // The phrases of the kinds that changed; empty when nothing did.
    static QStringList phrases(const QList<SnapshotChange> &changes,
                               const QList<WatchAlert> &alerts);
};

} // namespace ionos
