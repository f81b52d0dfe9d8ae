#pragma once

#include "models/snapshot/snapshotdiff.h"

#include <QHash>

namespace ionos {

// How the things a diff names read for a person, from the two states compared: a user as
// "Name <e-mail>", a group by name, a resource as "name (type)", an admin by e-mail.
struct SnapshotNames
{
    QHash<QString, QString> users;
    QHash<QString, QString> groups;
    QHash<QString, QString> resources;
    QHash<QString, QString> admins; // by "contract/admin"

    static SnapshotNames of(const AccountSnapshot &before, const AccountSnapshot &after);
    // What a change is about: "alice@example.com in Developers", "dc-prod (Data centers) with
    // Developers", "Developers", ...
    QString subject(const SnapshotChange &change) const;
};

} // namespace ionos
