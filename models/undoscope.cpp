#include "models/undoscope.h"

#include "models/snapshot/snapshotdiff.h"

namespace ionos {

bool UndoScope::covers(const SnapshotChange &c) const
{
    using Kind = SnapshotChange::Kind;
    switch (c.kind) {
    case Kind::User:
        return users.contains(c.user);
    case Kind::Group:
        return groups.contains(c.group) ||
               (c.op == SnapshotChange::Op::Changed && privileges.contains(c.group));
    case Kind::Privilege:
        return privileges.contains(c.group) || groups.contains(c.group);
    case Kind::Member:
        return members.contains(pair(c.group, c.user)) || groups.contains(c.group) ||
               users.contains(c.user);
    case Kind::Share:
        return shares.contains(pair(c.group, c.resource)) || groups.contains(c.group);
    case Kind::Resource:
    case Kind::Admin:
        return false;
    }
    return false;
}

} // namespace ionos
