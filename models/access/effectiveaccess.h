#pragma once

#include "models/access/accessfacts.h"

#include <QMap>

#include <optional>

namespace ionos {

// One way a user reaches a resource.
struct AccessPath
{
    enum class Kind
    {
        Group,        // a group of theirs shares it: read, edit and share as the share says
        Owner,        // they created it: edit and share
        Administrator // administrators reach everything with every right
    };
    Kind kind = Kind::Group;
    QString groupId; // Kind::Group
    bool edit = false;
    bool share = false;

    bool operator==(const AccessPath &) const = default;
};

// What a user may do with one resource, and every path that gives it.
struct ResourceAccess
{
    Resource resource;
    bool read = false;
    bool edit = false;
    bool share = false;
    // The resource is 2FA-protected and the user has no active 2FA: no right, whatever the path.
    bool blockedBy2fa = false;
    QList<AccessPath> via;
};

// A user's effective access: the privileges they hold, each with every source (a group id, or
// kAdministrator), and every resource they have a path to.
struct UserAccess
{
    User user;
    QMap<QString, QStringList> privileges; // privilege key as the spec spells it -> sources
    QList<ResourceAccess> resources;
};

// A user's access to one resource, with every path that gives it.
struct ResourceReach
{
    User user;
    ResourceAccess access;
};

// A user who holds a privilege, with every source of it.
struct PrivilegeHolder
{
    User user;
    QStringList sources;
};

// The rules of effective access, computed from the loaded facts:
// - an administrator holds all 25 privileges and reaches every resource with edit and share;
// - otherwise a user holds a privilege when at least one of their groups grants it;
// - a user reaches a resource through each group of theirs that shares it (read; edit and share
//   as that share says), and as its owner (createdByUserId: edit and share);
// - a 2FA-protected resource is blocked for a user without active 2FA, whatever the path.
class EffectiveAccess
{
public:
    static const QString kAdministrator; // the source of an administrator's privileges

    explicit EffectiveAccess(AccessFacts facts);

    const AccessFacts &facts() const { return m_facts; }
    std::optional<UserAccess> of(const QString &userId) const;
    UserAccess of(const User &user) const;
    // Who holds a privilege, and through which groups (or as an administrator).
    QList<PrivilegeHolder> holders(const QString &privilegeKey) const;
    // Everyone with a path to a resource (its owner, every administrator, the members of each
    // group that shares it), in the order of the users, each as of(user) lists that resource.
    QList<ResourceReach> reachOf(const QString &resourceId) const;
    // The groups that share a resource, in the order of the groups.
    QStringList groupsSharing(const QString &resourceId) const;
    // The groups a user is a member of, in the order of the groups.
    QStringList groupsOf(const QString &userId) const { return m_groupsOfUser.value(userId); }
    const Group *group(const QString &groupId) const;
    const Resource *resource(const QString &resourceId) const;
    const User *user(const QString &userId) const;

private:
    QMap<QString, QStringList> privilegesOf(const User &user) const;
    QList<ResourceAccess> resourcesOf(const User &user) const;
    // The rights the paths give, unless 2FA protection blocks them.
    static void settle(ResourceAccess &access, const User &user);

    AccessFacts m_facts;
    QHash<QString, QStringList> m_groupsOfUser;
    QHash<QString, qsizetype> m_groupAt;
    QHash<QString, qsizetype> m_resourceAt;
    QHash<QString, qsizetype> m_userAt;
    QHash<QString, QList<qsizetype>> m_ownedBy;     // user id -> resources they created
    QHash<QString, QList<AccessPath>> m_groupPaths; // resource id -> a path per sharing group
};

} // namespace ionos
