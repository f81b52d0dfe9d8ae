#pragma once

#include "models/access/accessfacts.h"
#include "models/snapshot/restorestep.h"

#include <QCoreApplication>

namespace ionos {

class WhatIf;

// A new group made from another: the same privileges and shares (with their rights), and its
// members when asked; written as restore steps, the new group named by kNewGroup until the
// server gives its id, so that the restore runner makes it as one change that can be undone.
class GroupClone
{
    Q_DECLARE_TR_FUNCTIONS(GroupClone)

public:
    static constexpr const char *kNewGroup = "clone-of-group";

    struct Writes
    {
        QList<RestoreStep> steps;
        QStringList descriptions;
    };
    // Nothing when the group is not in the account.
    static Writes of(const AccessFacts &account, const QString &groupId, const QString &name,
                     bool withMembers);
    // "Copy of Developers", or "Copy of Developers 2" when that is taken.
    static QString suggestedName(const AccessFacts &account, const QString &groupId);
    static void stage(const Writes &writes, WhatIf &whatIf);
};

} // namespace ionos
