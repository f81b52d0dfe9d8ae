#pragma once

#include "models/snapshot/restorestep.h"
#include "models/snapshot/snapshotdiff.h"
#include "models/undoscope.h"

#include <QCoreApplication>

namespace ionos {

class WhatIf;
struct SnapshotNames;

// The writes that put the chosen changes back: privileges, members, shares and their rights,
// and user properties exactly as in the snapshot, both ways (a membership or share added since
// is removed); groups deleted since created again with their privileges, members and shares;
// users deleted since created again only with a password typed in the window. What exists now
// but not in the snapshot is deleted only with deleteExtra. Worked out against the account now,
// so that a plan made again after an interrupted restore holds only what is still missing.
class RestorePlan
{
    Q_DECLARE_TR_FUNCTIONS(RestorePlan)

public:
    struct Options
    {
        bool deleteExtra = false;
        bool createUsers = false; // only the window can: it asks for passwords
    };
    // What to put back of the changes from the target to now: the changes chosen from an
    // earlier comparison (those still there), or all that a bulk change touched (an undo).
    struct Choice
    {
        QList<SnapshotChange> changes;
        std::optional<UndoScope> scope;
        bool everything = false; // all the changes (a restore without a window)
    };
    // A plan worked out in one go, for a worker thread: why not, or the steps with a line each.
    struct Prepared
    {
        QString refusal;
        QList<RestoreStep> steps;
        QStringList descriptions;
        bool extraChosen = false; // users or groups added since are among the changes
    };
    static Prepared prepare(const AccountSnapshot &target, const AccountSnapshot &now,
                            const Choice &choice, const Options &options);

    // changes: those of SnapshotDiff::between(target, now) to undo (all of them, or a choice).
    static QList<RestoreStep> of(const AccountSnapshot &target, const AccountSnapshot &now,
                                 const QList<SnapshotChange> &changes, const Options &options);
    // Why the snapshot must not be restored into this account (it is of another contract, or
    // shares no user or group with it); empty when it may.
    static QString refusal(const AccountSnapshot &target, const AccountSnapshot &now);
    // Stages the steps' changes of access on a what-if, for the preview (groups created again
    // by their id in the snapshot; users created again are not in it yet).
    static void stage(const QList<RestoreStep> &steps, WhatIf &whatIf);
    // One line for a person: "Add alice@example.com to Developers".
    static QString describe(const RestoreStep &step, const AccountSnapshot &target,
                            const AccountSnapshot &now);
    static QString describe(const RestoreStep &step, const SnapshotNames &names);
};

} // namespace ionos
