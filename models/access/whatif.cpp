#include "models/access/whatif.h"

#include "models/account/resourcetypes.h"
#include "network/privileges.h"

#include <QMap>

namespace ionos {
namespace {

QString resourceName(const Resource &r)
{
    return ResourceTypes::nameWithType(r.name.isEmpty() ? r.id : r.name, r.type);
}

struct Rights
{
    bool read = false, edit = false, share = false, reached = false;
};

QHash<QString, Rights> rightsOf(const UserAccess &access)
{
    QHash<QString, Rights> rights;
    for (const ResourceAccess &r : access.resources)
        rights.insert(r.resource.id, {r.read, r.edit, r.share, true});
    return rights;
}

} // namespace

QStringList AccessDifference::lines() const
{
    QStringList out;
    auto gained = [&out](const QList<User> &users, const QString &what) {
        if (!users.isEmpty())
            out << WhatIf::tr("%n user(s) gain %1", "", int(users.size())).arg(what);
    };
    auto lost = [&out](const QList<User> &users, const QString &what) {
        if (!users.isEmpty())
            out << WhatIf::tr("%n user(s) lose %1", "", int(users.size())).arg(what);
    };
    for (const Privilege &p : privileges) {
        const int at = Privileges::indexOf(p.key);
        const QString label = at >= 0 ? Privileges::all().at(at).label() : p.key;
        gained(p.gain, label);
        lost(p.lose, label);
    }
    for (const OnResource &r : resources) {
        const QString name = resourceName(r.resource);
        if (!r.loseAll.isEmpty())
            out << WhatIf::tr("%n user(s) lose all access to %1", "", int(r.loseAll.size()))
                       .arg(name);
        gained(r.gainRead, WhatIf::tr("read on %1").arg(name));
        lost(r.loseRead, WhatIf::tr("read on %1").arg(name));
        gained(r.gainEdit, WhatIf::tr("edit on %1").arg(name));
        lost(r.loseEdit, WhatIf::tr("edit on %1").arg(name));
        gained(r.gainShare, WhatIf::tr("share on %1").arg(name));
        lost(r.loseShare, WhatIf::tr("share on %1").arg(name));
    }
    return out;
}

void WhatIf::touchMembersOf(const QString &groupId)
{
    for (const QString &id : m_before->facts().members.value(groupId))
        m_touched.insert(id);
}

WhatIf &WhatIf::setPrivileges(const QString &groupId, const GroupPrivileges &privileges)
{
    touchMembersOf(groupId);
    m_changes << [groupId, privileges](AccessFacts &f) {
        for (Group &g : f.groups) {
            if (g.id == groupId)
                g.privileges = privileges;
        }
    };
    return *this;
}

WhatIf &WhatIf::changePrivileges(const QString &groupId, const QMap<QString, bool> &privileges)
{
    touchMembersOf(groupId);
    m_changes << [groupId, privileges](AccessFacts &f) {
        for (Group &g : f.groups) {
            if (g.id != groupId)
                continue;
            for (auto it = privileges.begin(); it != privileges.end(); ++it)
                g.privileges.set(it.key(), it.value());
        }
    };
    return *this;
}

WhatIf &WhatIf::createUser(const User &user)
{
    m_touched.insert(user.id);
    m_changes << [user](AccessFacts &f) { f.users << user; };
    return *this;
}

WhatIf &WhatIf::createGroup(const Group &group)
{
    m_changes << [group](AccessFacts &f) { f.groups << group; };
    return *this;
}

WhatIf &WhatIf::changeUser(const QString &userId, const UserDraft &draft)
{
    m_touched.insert(userId);
    // Applied in one pass over the users once the other changes are staged (an import changes
    // thousands of users); a later draft of the same user replaces an earlier one.
    m_userDrafts.insert(userId, draft);
    return *this;
}

WhatIf &WhatIf::addMembers(const QString &groupId, const QStringList &userIds)
{
    for (const QString &id : userIds)
        m_touched.insert(id);
    m_changes << [groupId, userIds](AccessFacts &f) {
        QStringList &members = f.members[groupId];
        for (const QString &id : userIds) {
            if (!members.contains(id))
                members << id;
        }
    };
    return *this;
}

WhatIf &WhatIf::removeMembers(const QString &groupId, const QStringList &userIds)
{
    for (const QString &id : userIds)
        m_touched.insert(id);
    m_changes << [groupId, userIds](AccessFacts &f) {
        QStringList &members = f.members[groupId];
        for (const QString &id : userIds)
            members.removeAll(id);
    };
    return *this;
}

WhatIf &WhatIf::putShare(const QString &groupId, const GroupShare &share)
{
    touchMembersOf(groupId);
    m_changes << [groupId, share](AccessFacts &f) {
        QList<GroupShare> &shares = f.shares[groupId];
        for (GroupShare &s : shares) {
            if (s.resourceId == share.resourceId) {
                s = share;
                return;
            }
        }
        shares << share;
    };
    return *this;
}

WhatIf &WhatIf::removeShares(const QString &groupId, const QStringList &resourceIds)
{
    touchMembersOf(groupId);
    m_changes << [groupId, resourceIds](AccessFacts &f) {
        QList<GroupShare> &shares = f.shares[groupId];
        shares.removeIf(
            [&resourceIds](const GroupShare &s) { return resourceIds.contains(s.resourceId); });
    };
    return *this;
}

WhatIf &WhatIf::deleteUsers(const QStringList &userIds)
{
    for (const QString &id : userIds)
        m_touched.insert(id);
    m_changes << [userIds](AccessFacts &f) {
        f.users.removeIf([&userIds](const User &u) { return userIds.contains(u.id); });
        for (QStringList &members : f.members) {
            for (const QString &id : userIds)
                members.removeAll(id);
        }
    };
    return *this;
}

WhatIf &WhatIf::deleteGroups(const QStringList &groupIds)
{
    for (const QString &id : groupIds)
        touchMembersOf(id);
    m_changes << [groupIds](AccessFacts &f) {
        f.groups.removeIf([&groupIds](const Group &g) { return groupIds.contains(g.id); });
        for (const QString &id : groupIds) {
            f.members.remove(id);
            f.shares.remove(id);
        }
    };
    return *this;
}

AccessFacts WhatIf::staged() const
{
    AccessFacts after = m_before->facts();
    for (const auto &change : m_changes)
        change(after);
    if (!m_userDrafts.isEmpty()) {
        for (User &u : after.users) {
            if (const auto draft = m_userDrafts.constFind(u.id); draft != m_userDrafts.constEnd())
                draft->applyTo(u);
        }
    }
    return after;
}

AccessDifference WhatIf::difference() const
{
    const EffectiveAccess &before = *m_before;
    const AccessFacts &facts = before.facts();
    const AccessFacts stagedFacts = staged();
    const EffectiveAccess after(stagedFacts);
    QMap<int, AccessDifference::Privilege> privileges;       // by the spec's order
    QMap<qsizetype, AccessDifference::OnResource> resources; // by the loaded order
    QHash<QString, qsizetype> resourceAt;
    for (qsizetype i = 0; i < facts.resources.size(); ++i)
        resourceAt.insert(facts.resources.at(i).id, i);
    auto onResource = [&](const QString &id) -> AccessDifference::OnResource & {
        const qsizetype at = resourceAt.value(id, -1);
        AccessDifference::OnResource &r = resources[at];
        if (at >= 0)
            r.resource = facts.resources.at(at);
        return r;
    };
    // Users in the order they were loaded, so that every list reads the same way; users
    // created by the change last, with nothing before.
    QList<User> users = facts.users;
    QSet<QString> known;
    for (const User &u : facts.users)
        known.insert(u.id);
    for (const User &u : stagedFacts.users) {
        if (!known.contains(u.id))
            users << u;
    }
    for (const User &u : std::as_const(users)) {
        if (!m_touched.contains(u.id))
            continue;
        const UserAccess was = known.contains(u.id) ? before.of(u) : UserAccess{};
        const std::optional<UserAccess> will = after.of(u.id); // none: deleted
        const QMap<QString, QStringList> nowHeld =
            will ? will->privileges : QMap<QString, QStringList>();
        for (const Privilege &p : Privileges::all()) {
            const bool had = was.privileges.contains(p.key);
            const bool has = nowHeld.contains(p.key);
            if (had == has)
                continue;
            AccessDifference::Privilege &d = privileges[Privileges::indexOf(p.key)];
            d.key = p.key;
            (has ? d.gain : d.lose) << u;
        }
        const QHash<QString, Rights> old = rightsOf(was);
        const QHash<QString, Rights> now = will ? rightsOf(*will) : QHash<QString, Rights>();
        QSet<QString> ids;
        for (auto it = old.begin(); it != old.end(); ++it)
            ids.insert(it.key());
        for (auto it = now.begin(); it != now.end(); ++it)
            ids.insert(it.key());
        for (const QString &id : ids) {
            const Rights a = old.value(id), b = now.value(id);
            if (a.reached && !b.reached) {
                onResource(id).loseAll << u;
                continue;
            }
            if (a.read != b.read)
                (b.read ? onResource(id).gainRead : onResource(id).loseRead) << u;
            if (a.edit != b.edit)
                (b.edit ? onResource(id).gainEdit : onResource(id).loseEdit) << u;
            if (a.share != b.share)
                (b.share ? onResource(id).gainShare : onResource(id).loseShare) << u;
        }
    }
    AccessDifference difference;
    difference.privileges = privileges.values();
    difference.resources = resources.values();
    return difference;
}

} // namespace ionos
