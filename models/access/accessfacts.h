#pragma once

#include "network/group.h"
#include "network/groupshare.h"
#include "network/objectstoragekey.h"
#include "network/resource.h"
#include "network/user.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace ionos {

// What effective access and the findings are computed from: the account as loaded. Nothing in
// it asks the server; a staged change (what-if) is a changed copy.
struct AccessFacts
{
    QList<User> users;
    QList<Group> groups;
    QHash<QString, QStringList> members;      // group id -> user ids
    QHash<QString, QList<GroupShare>> shares; // group id -> its shares
    QList<Resource> resources;
    QHash<QString, QList<ObjectStorageKey>> keys; // user id -> keys, for the users loaded
};

} // namespace ionos
