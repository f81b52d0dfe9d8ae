#pragma once

#include "sandbox/sandboxstate.h"

#include <QString>

// What a test of a membership, share or key picks from the sandbox's account.

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

// The first user, in the account's order, with exactly `count` Object Storage keys, or with fewer
// than the most a user may hold when count is -1; empty when there is none.
inline QString userWithKeys(const sandbox::SandboxState &state, int count)
{
    for (const QString &id : state.userOrder()) {
        const qsizetype n = state.keysOf(id).size();
        if (count < 0 ? n < sandbox::SandboxState::kMaxKeysPerUser : n == count)
            return id;
    }
    return {};
}
