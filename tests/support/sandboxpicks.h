#pragma once

#include "sandbox/sandboxstate.h"

#include <QString>

// What a test of a membership or share picks from the sandbox's account.

// The first user, in the account's order, who is not in the group; empty when all are.
inline QString firstUserOutside(const sandbox::SandboxState &state, const QString &group)
{
    for (const QString &id : state.userOrder()) {
        if (!state.isMember(group, id))
            return id;
    }
    return {};
}

// The first resource, in the account's order, that is not shared with the group; empty when all
// are.
inline QString firstResourceNotSharedWith(const sandbox::SandboxState &state, const QString &group)
{
    for (const QString &id : state.resourceOrder()) {
        if (!state.share(group, id))
            return id;
    }
    return {};
}
