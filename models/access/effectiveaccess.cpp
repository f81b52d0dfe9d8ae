#include "models/access/effectiveaccess.h"

#include "network/privileges.h"

#include <algorithm>

namespace ionos {

const QString EffectiveAccess::kAdministrator = QStringLiteral("administrator");

EffectiveAccess::EffectiveAccess(AccessFacts facts)
    : m_facts(std::move(facts))
{
    for (qsizetype i = 0; i < m_facts.users.size(); ++i)
        m_userAt.insert(m_facts.users.at(i).id, i);
    for (qsizetype i = 0; i < m_facts.groups.size(); ++i) {
        const QString &id = m_facts.groups.at(i).id;
        m_groupAt.insert(id, i);
        for (const QString &userId : m_facts.members.value(id))
            m_groupsOfUser[userId].append(id);
        for (const GroupShare &s : m_facts.shares.value(id))
            m_groupPaths[s.resourceId].append(
                {AccessPath::Kind::Group, id, s.editPrivilege, s.sharePrivilege});
    }
    for (qsizetype i = 0; i < m_facts.resources.size(); ++i) {
        const Resource &r = m_facts.resources.at(i);
        m_resourceAt.insert(r.id, i);
        if (!r.createdByUserId.isEmpty())
            m_ownedBy[r.createdByUserId].append(i);
    }
}

const Group *EffectiveAccess::group(const QString &groupId) const
{
    const auto it = m_groupAt.constFind(groupId);
    return it == m_groupAt.constEnd() ? nullptr : &m_facts.groups.at(*it);
}

const Resource *EffectiveAccess::resource(const QString &resourceId) const
{
    const auto it = m_resourceAt.constFind(resourceId);
    return it == m_resourceAt.constEnd() ? nullptr : &m_facts.resources.at(*it);
}

const User *EffectiveAccess::user(const QString &userId) const
{
    const auto it = m_userAt.constFind(userId);
    return it == m_userAt.constEnd() ? nullptr : &m_facts.users.at(*it);
}

std::optional<UserAccess> EffectiveAccess::of(const QString &userId) const
{
    const User *u = user(userId);
    if (!u)
        return std::nullopt;
    return of(*u);
}

UserAccess EffectiveAccess::of(const User &user) const
{
    return {user, privilegesOf(user), resourcesOf(user)};
}

QList<PrivilegeHolder> EffectiveAccess::holders(const QString &privilegeKey) const
{
    const QString key = Privileges::canonicalKey(privilegeKey);
    QList<PrivilegeHolder> holders;
    if (key.isEmpty())
        return holders;
    for (const User &u : m_facts.users) {
        const QStringList sources = privilegesOf(u).value(key);
        if (!sources.isEmpty())
            holders.append({u, sources});
    }
    return holders;
}

QMap<QString, QStringList> EffectiveAccess::privilegesOf(const User &user) const
{
    QMap<QString, QStringList> held;
    for (const QString &groupId : m_groupsOfUser.value(user.id)) {
        if (const Group *g = group(groupId)) {
            for (const QString &key : g->privileges.grantedKeys())
                held[key].append(groupId);
        }
    }
    if (user.administrator) {
        for (const Privilege &p : Privileges::all())
            held[p.key].append(kAdministrator);
    }
    return held;
}

QList<ResourceAccess> EffectiveAccess::resourcesOf(const User &user) const
{
    // By the resource's place in the loaded list, so that every report lists them alike.
    QMap<qsizetype, ResourceAccess> reached;
    auto at = [&](qsizetype index) -> ResourceAccess & {
        ResourceAccess &access = reached[index];
        access.resource = m_facts.resources.at(index);
        return access;
    };
    for (const QString &groupId : m_groupsOfUser.value(user.id)) {
        for (const GroupShare &s : m_facts.shares.value(groupId)) {
            const auto it = m_resourceAt.constFind(s.resourceId);
            if (it == m_resourceAt.constEnd())
                continue; // a share of a resource not listed: nothing to name
            at(*it).via.append(
                {AccessPath::Kind::Group, groupId, s.editPrivilege, s.sharePrivilege});
        }
    }
    for (const qsizetype index : m_ownedBy.value(user.id))
        at(index).via.append({AccessPath::Kind::Owner, {}, true, true});
    if (user.administrator) {
        for (qsizetype index = 0; index < m_facts.resources.size(); ++index)
            at(index).via.append({AccessPath::Kind::Administrator, {}, true, true});
    }
    QList<ResourceAccess> list;
    list.reserve(reached.size());
    for (ResourceAccess &access : reached) {
        settle(access, user);
        list.append(std::move(access));
    }
    return list;
}

void EffectiveAccess::settle(ResourceAccess &access, const User &user)
{
    access.blockedBy2fa = access.resource.secAuthProtection && !user.secAuthActive;
    if (access.blockedBy2fa)
        return;
    access.read = true;
    for (const AccessPath &path : std::as_const(access.via)) {
        access.edit = access.edit || path.edit;
        access.share = access.share || path.share;
    }
}

QList<ResourceReach> EffectiveAccess::reachOf(const QString &resourceId) const
{
    const Resource *r = resource(resourceId);
    if (!r)
        return {};
    // The paths in the order resourcesOf() finds them: groups, then ownership, then the
    // administrator's; the users in their loaded order.
    QMap<qsizetype, ResourceReach> reached;
    auto at = [&](const QString &userId) -> ResourceAccess * {
        const auto it = m_userAt.constFind(userId);
        if (it == m_userAt.constEnd())
            return nullptr; // a member not among the users: nobody to name
        ResourceReach &reach = reached[*it];
        reach.user = m_facts.users.at(*it);
        reach.access.resource = *r;
        return &reach.access;
    };
    for (const AccessPath &path : m_groupPaths.value(resourceId)) {
        for (const QString &userId : m_facts.members.value(path.groupId)) {
            if (ResourceAccess *access = at(userId))
                access->via.append(path);
        }
    }
    if (ResourceAccess *access = r->createdByUserId.isEmpty() ? nullptr : at(r->createdByUserId))
        access->via.append({AccessPath::Kind::Owner, {}, true, true});
    for (const User &u : m_facts.users) {
        if (u.administrator)
            at(u.id)->via.append({AccessPath::Kind::Administrator, {}, true, true});
    }
    QList<ResourceReach> list;
    list.reserve(reached.size());
    for (ResourceReach &reach : reached) {
        settle(reach.access, reach.user);
        list.append(std::move(reach));
    }
    return list;
}

QStringList EffectiveAccess::groupsSharing(const QString &resourceId) const
{
    QStringList groups;
    for (const AccessPath &path : m_groupPaths.value(resourceId))
        groups << path.groupId;
    return groups;
}

} // namespace ionos
