#include "models/snapshot/snapshotnames.h"

#include "models/account/resourcetypes.h"

#include <QCoreApplication>

namespace ionos {

SnapshotNames SnapshotNames::of(const AccountSnapshot &before, const AccountSnapshot &after)
{
    SnapshotNames n;
    for (const AccountSnapshot *s : {&before, &after}) { // the newer name wins
        for (const User &u : s->account.users)
            n.users.insert(u.id, u.displayName().isEmpty()
                                     ? u.email
                                     : QStringLiteral("%1 <%2>").arg(u.displayName(), u.email));
        for (const Group &g : s->account.groups)
            n.groups.insert(g.id, g.name);
        for (const Resource &r : s->account.resources)
            n.resources.insert(
                r.id, ResourceTypes::nameWithType(r.name.isEmpty() ? r.id : r.name, r.type));
        for (auto it = s->admins.constBegin(); it != s->admins.constEnd(); ++it) {
            for (const Admin &a : it.value())
                n.admins.insert(QStringLiteral("%1/%2").arg(it.key()).arg(a.id), a.email);
        }
    }
    return n;
}

QString SnapshotNames::subject(const SnapshotChange &c) const
{
    const QString user = users.value(c.user, c.user);
    const QString group = groups.value(c.group, c.group);
    const QString resource = resources.value(c.resource, c.resource);
    switch (c.kind) {
    case SnapshotChange::Kind::User:
        return user;
    case SnapshotChange::Kind::Group:
    case SnapshotChange::Kind::Privilege:
        return group;
    case SnapshotChange::Kind::Member:
        return QCoreApplication::translate("ionos::SnapshotDiffModel", "%1 in %2").arg(user, group);
    case SnapshotChange::Kind::Share:
        return QCoreApplication::translate("ionos::SnapshotDiffModel", "%1 with %2")
            .arg(resource, group);
    case SnapshotChange::Kind::Resource:
        return resource;
    case SnapshotChange::Kind::Admin:
        return QCoreApplication::translate("ionos::SnapshotDiffModel", "%1 of contract %2")
            .arg(admins.value(c.contract + QLatin1Char('/') + c.admin, c.admin), c.contract);
    case SnapshotChange::Kind::Key:
        return QCoreApplication::translate("ionos::SnapshotDiffModel", "key %1 of %2")
            .arg(c.key, user);
    }
    return {};
}

} // namespace ionos
