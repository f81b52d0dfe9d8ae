#include "models/snapshot/restoreplan.h"

#include "models/access/whatif.h"
#include "models/overloaded.h"
#include "models/snapshot/snapshotnames.h"

#include "network/privileges.h"

#include <QSet>

#include <algorithm>

namespace ionos {
namespace {

using Change = SnapshotChange;
namespace step = restore;

// The items of a list by id, for lookups in O(1); the list must outlive it unchanged.
template <typename T> class IdIndex
{
public:
    explicit IdIndex(const QList<T> &list)
    {
        m_byId.reserve(list.size());
        for (const T &x : list)
            m_byId.insert(x.id, &x);
    }
    const T *find(const QString &id) const { return m_byId.value(id); }

private:
    QHash<QString, const T *> m_byId;
};

const Admin *findAdmin(const AccountSnapshot &s, qint64 contract, qint64 id)
{
    const auto admins = s.admins.constFind(contract); // the snapshot's own list, not a copy
    if (admins == s.admins.constEnd())
        return nullptr;
    for (const Admin &a : *admins) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

class Planner
{
public:
    Planner(const AccountSnapshot &target, const AccountSnapshot &now,
            const RestorePlan::Options &options)
        : m_target(target)
        , m_now(now)
        , m_options(options)
        , m_targetUsers(target.account.users)
        , m_nowUsers(now.account.users)
        , m_targetGroups(target.account.groups)
        , m_nowGroups(now.account.groups)
        , m_nowResources(now.account.resources)
    {
        matchRecreated();
    }

    QList<RestoreStep> run(const QList<SnapshotChange> &changes)
    {
        for (const Change &c : changes)
            plan(c);
        // Groups and users that were created again: compared with the snapshot's as they are.
        for (auto it = m_groupNow.constBegin(); it != m_groupNow.constEnd(); ++it) {
            if (m_chosenGroups.contains(it.key()))
                compareRecreatedGroup(it.key(), it.value());
        }
        for (const step::UpdateUser &s : std::as_const(m_updates))
            m_steps << s;
        for (const step::UpdateGroup &s : std::as_const(m_groupUpdates))
            m_steps << s;
        for (const step::PutShare &s : std::as_const(m_sharePuts))
            m_steps << s;
        // A step's kind is its place in the order.
        std::stable_sort(
            m_steps.begin(), m_steps.end(),
            [](const RestoreStep &a, const RestoreStep &b) { return a.kind() < b.kind(); });
        return m_steps;
    }

private:
    // A group or user deleted since and already created again (by an earlier, interrupted
    // restore): the one now with the same name or e-mail, when there is exactly one.
    void matchRecreated()
    {
        for (const Group &g : m_target.account.groups) {
            if (m_nowGroups.find(g.id))
                continue;
            QStringList same;
            for (const Group &n : m_now.account.groups) {
                if (n.name == g.name && !m_targetGroups.find(n.id))
                    same << n.id;
            }
            if (same.size() == 1)
                m_groupNow.insert(g.id, same.first());
        }
        QHash<QString, QString> newByEmail; // users now that the snapshot does not have
        for (const User &n : m_now.account.users) {
            if (!m_targetUsers.find(n.id))
                newByEmail.insert(n.email.toCaseFolded(), n.id);
        }
        for (const User &u : m_target.account.users) {
            if (m_nowUsers.find(u.id))
                continue;
            if (const auto it = newByEmail.constFind(u.email.toCaseFolded());
                it != newByEmail.constEnd())
                m_userNow.insert(u.id, *it);
        }
        for (auto it = m_groupNow.constBegin(); it != m_groupNow.constEnd(); ++it)
            m_matchedNowGroups.insert(it.value());
        for (auto it = m_userNow.constBegin(); it != m_userNow.constEnd(); ++it)
            m_matchedNowUsers.insert(it.value());
    }

    // The group's id as the account now knows it (a group created again has a new one).
    QString groupNow(const QString &id) const { return m_groupNow.value(id, id); }
    QString userNow(const QString &id) const { return m_userNow.value(id, id); }
    bool groupIsExtra(const QString &id) const
    {
        return !m_targetGroups.find(id) && !m_matchedNowGroups.contains(id);
    }
    bool userIsExtra(const QString &id) const
    {
        return !m_targetUsers.find(id) && !m_matchedNowUsers.contains(id);
    }
    // Whether the user is there, or will be once the plan runs.
    bool userWillExist(const QString &targetId) const
    {
        return m_nowUsers.find(userNow(targetId)) || m_options.createUsers;
    }

    void cannot(const QString &why) { m_steps << step::CannotRestore{why}; }

    void plan(const Change &c)
    {
        switch (c.kind) {
        case Change::Kind::User:
            return user(c);
        case Change::Kind::Group:
            return group(c);
        case Change::Kind::Privilege:
            groupUpdate(c.group).change.privileges.insert(c.field, c.before.toBool());
            return;
        case Change::Kind::Member:
            return member(c);
        case Change::Kind::Share:
            return share(c);
        case Change::Kind::Resource:
            return cannot(RestorePlan::tr("The resource %1 is not restored: a resource is changed "
                                          "where it lives, not in user management.")
                              .arg(c.resource));
        case Change::Kind::Admin:
            return admin(c);
        case Change::Kind::Key:
            return key(c);
        }
    }

    step::UpdateGroup &groupUpdate(const QString &groupId)
    {
        if (!m_groupUpdates.contains(groupId))
            m_groupUpdates.insert(groupId, step::UpdateGroup{groupId, {}});
        return m_groupUpdates[groupId];
    }

    void user(const Change &c)
    {
        if (c.op == Change::Op::Added) {
            if (m_options.deleteExtra && !m_matchedNowUsers.contains(c.user))
                m_steps << step::DeleteUser{c.user};
            return;
        }
        const User *was = m_targetUsers.find(c.user);
        if (c.op == Change::Op::Removed) {
            if (m_userNow.contains(c.user)) {
                compareUser(*was, *m_nowUsers.find(m_userNow.value(c.user)));
                return;
            }
            if (!m_options.createUsers) {
                cannot(RestorePlan::tr("%1 was deleted; a user can be created again only in the "
                                       "window, with a new password.")
                           .arg(was->email));
                return;
            }
            m_steps << step::CreateUser{c.user, UserDraft::of(*was)};
            return;
        }
        const User *is = m_nowUsers.find(c.user);
        if (was && is)
            compareUser(*was, *is);
    }

    // The properties of the user now set back to the snapshot's, in one update.
    void compareUser(const User &was, const User &is)
    {
        if (m_updates.contains(is.id))
            return;
        UserDraft draft = UserDraft::of(was);
        if (was.secAuthActive != is.secAuthActive) {
            if (was.secAuthActive)
                cannot(RestorePlan::tr("2-factor authentication of %1 is not turned on again: "
                                       "only the user can do that.")
                           .arg(was.email));
            else
                draft.secAuthActive = false;
        }
        if (draft.firstname == is.firstname && draft.lastname == is.lastname &&
            draft.email == is.email && draft.administrator == is.administrator &&
            draft.forceSecAuth == is.forceSecAuth && draft.active == is.active &&
            !draft.secAuthActive)
            return;
        m_updates.insert(is.id, step::UpdateUser{is.id, draft});
    }

    void group(const Change &c)
    {
        if (c.op == Change::Op::Added) {
            if (m_options.deleteExtra && !m_matchedNowGroups.contains(c.group))
                m_steps << step::DeleteGroup{c.group};
            return;
        }
        const Group *was = m_targetGroups.find(c.group);
        if (c.op == Change::Op::Removed) {
            m_chosenGroups.insert(c.group);
            if (m_groupNow.contains(c.group))
                return; // created again already: compared as a whole below
            m_steps << step::CreateGroup{c.group, *was};
            return;
        }
        groupUpdate(c.group).change.name = was->name;
    }

    void compareRecreatedGroup(const QString &targetId, const QString &nowId)
    {
        const Group *was = m_targetGroups.find(targetId);
        const Group *is = m_nowGroups.find(nowId);
        for (const Privilege &p : Privileges::all()) {
            if (was->privileges.value(p.key) != is->privileges.value(p.key))
                groupUpdate(nowId).change.privileges.insert(p.key, was->privileges.value(p.key));
        }
        const QStringList wasMembers = m_target.account.members.value(targetId);
        const QStringList isMembers = m_now.account.members.value(nowId);
        for (const QString &u : wasMembers) {
            if (!isMembers.contains(userNow(u)) && userWillExist(u))
                m_steps << step::AddMember{nowId, userNow(u)};
        }
        for (const QList<GroupShare> shares = m_target.account.shares.value(targetId);
             const GroupShare &s : shares) {
            const QList<GroupShare> now = m_now.account.shares.value(nowId);
            const auto it = std::find_if(now.begin(), now.end(), [&](const GroupShare &n) {
                return n.resourceId == s.resourceId;
            });
            if (it == now.end() || !it->sameRights(s))
                putShare(nowId, s);
        }
    }

    void putShare(const QString &groupId, const GroupShare &share)
    {
        if (!m_nowResources.find(share.resourceId)) {
            cannot(RestorePlan::tr("The resource %1 no longer exists: it cannot be shared again.")
                       .arg(share.resourceId));
            return;
        }
        m_sharePuts.insert(groupId + QLatin1Char('/') + share.resourceId,
                           step::PutShare{groupId, share});
    }

    void member(const Change &c)
    {
        if (c.op == Change::Op::Removed) {
            if (m_groupNow.contains(c.group))
                return; // compared as a whole
            if (!userWillExist(c.user))
                return; // said with the user
            m_steps << step::AddMember{c.group, userNow(c.user)};
            return;
        }
        // Added since: removed again, unless the group or the user is new and kept, or deleted.
        if (groupIsExtra(c.group) || (userIsExtra(c.user) && m_options.deleteExtra) ||
            m_matchedNowGroups.contains(c.group))
            return;
        m_steps << step::RemoveMember{c.group, c.user};
    }

    void share(const Change &c)
    {
        const QList<GroupShare> was = m_target.account.shares.value(c.group);
        const auto it = std::find_if(was.begin(), was.end(), [&](const GroupShare &s) {
            return s.resourceId == c.resource;
        });
        if (c.op == Change::Op::Added) {
            if (groupIsExtra(c.group) || m_matchedNowGroups.contains(c.group))
                return;
            m_steps << step::RemoveShare{c.group, c.resource};
            return;
        }
        if (m_groupNow.contains(c.group) || it == was.end())
            return;
        putShare(c.group, *it);
    }

    // A key's active flag goes back; a deleted key cannot come back, and one added since stays.
    void key(const Change &c)
    {
        if (c.op == Change::Op::Changed && c.field == QStringLiteral("active")) {
            if (m_nowUsers.find(c.user))
                m_steps << step::SetKeyActive{c.user, c.key, c.before.toBool()};
            return;
        }
        if (c.op == Change::Op::Removed)
            cannot(RestorePlan::tr("The Object Storage key %1 was deleted; a deleted key cannot be "
                                   "created again: a new key has a new access key and secret. "
                                   "Generate a new key if one is needed.")
                       .arg(c.key));
    }

    void admin(const Change &c)
    {
        const qint64 contract = c.contract.toLongLong();
        const qint64 id = c.admin.toLongLong();
        if (c.op != Change::Op::Changed) {
            cannot(c.op == Change::Op::Added
                       ? RestorePlan::tr("The admin %1 of contract %2 was added since; a restore "
                                         "does not delete reseller admins.")
                             .arg(c.admin, c.contract)
                       : RestorePlan::tr("The admin %1 of contract %2 was deleted since; a "
                                         "restore does not create reseller admins.")
                             .arg(c.admin, c.contract));
            return;
        }
        const Admin *was = findAdmin(m_target, contract, id);
        if (!was || m_adminsDone.contains(c.contract + QLatin1Char('/') + c.admin))
            return;
        m_adminsDone.insert(c.contract + QLatin1Char('/') + c.admin);
        m_steps << step::UpdateAdmin{
            contract, id, AdminDraft{was->firstName, was->lastName, was->email, std::nullopt}};
    }

    const AccountSnapshot &m_target;
    const AccountSnapshot &m_now;
    RestorePlan::Options m_options;
    IdIndex<User> m_targetUsers;
    IdIndex<User> m_nowUsers;
    IdIndex<Group> m_targetGroups;
    IdIndex<Group> m_nowGroups;
    IdIndex<Resource> m_nowResources;
    QHash<QString, QString> m_groupNow; // snapshot group id -> the group created again
    QHash<QString, QString> m_userNow;
    QSet<QString> m_matchedNowGroups;
    QSet<QString> m_matchedNowUsers;
    QSet<QString> m_chosenGroups;
    QSet<QString> m_adminsDone;
    QMap<QString, step::UpdateUser> m_updates;       // by user
    QMap<QString, step::UpdateGroup> m_groupUpdates; // by group
    QMap<QString, step::PutShare> m_sharePuts;       // by group and resource
    QList<RestoreStep> m_steps;
};

} // namespace

QList<RestoreStep> RestorePlan::of(const AccountSnapshot &target, const AccountSnapshot &now,
                                   const QList<SnapshotChange> &changes, const Options &options)
{
    return Planner(target, now, options).run(changes);
}

QString RestorePlan::refusal(const AccountSnapshot &target, const AccountSnapshot &now)
{
    if (target.contractNumber && now.contractNumber &&
        *target.contractNumber != *now.contractNumber)
        return tr("The snapshot is of contract %1, but this account is contract %2: it is not "
                  "restored here.")
            .arg(*target.contractNumber)
            .arg(*now.contractNumber);
    // Ids are made by the API: a snapshot of this account shares some with it, even long after.
    const bool anyToShare = !target.account.users.isEmpty() || !target.account.groups.isEmpty();
    const IdIndex<User> users(now.account.users);
    const IdIndex<Group> groups(now.account.groups);
    const bool shared = std::any_of(target.account.users.begin(), target.account.users.end(),
                                    [&](const User &u) { return users.find(u.id); }) ||
                        std::any_of(target.account.groups.begin(), target.account.groups.end(),
                                    [&](const Group &g) { return groups.find(g.id); });
    if (anyToShare && !shared)
        return tr("The snapshot has no user or group of this account: it is of another account "
                  "and is not restored here.");
    return {};
}

RestorePlan::Prepared RestorePlan::prepare(const AccountSnapshot &target,
                                           const AccountSnapshot &now, const Choice &choice,
                                           const Options &options)
{
    Prepared p;
    p.refusal = refusal(target, now);
    if (!p.refusal.isEmpty())
        return p;
    QSet<QString> chosen;
    for (const SnapshotChange &c : choice.changes)
        chosen.insert(c.identity());
    // Of what differs now, what was chosen: what was put back meanwhile is not again.
    QList<SnapshotChange> changes;
    for (const SnapshotChange &c : SnapshotDiff::between(target, now)) {
        if (choice.everything ||
            (choice.scope ? c.isWithin(*choice.scope) : chosen.contains(c.identity())))
            changes << c;
    }
    p.extraChosen = std::any_of(changes.begin(), changes.end(), [](const SnapshotChange &c) {
        return c.op == SnapshotChange::Op::Added &&
               (c.kind == SnapshotChange::Kind::User || c.kind == SnapshotChange::Kind::Group);
    });
    p.steps = of(target, now, changes, options);
    const SnapshotNames names = SnapshotNames::of(target, now);
    for (const RestoreStep &s : std::as_const(p.steps))
        p.descriptions << describe(s, names);
    return p;
}

void RestorePlan::stage(const QList<RestoreStep> &steps, WhatIf &whatIf)
{
    for (const RestoreStep &s : steps) {
        std::visit(
            Overloaded{
                [&](const step::CreateGroup &a) { whatIf.createGroup(a.draft); },
                [&](const step::UpdateGroup &a) {
                    whatIf.changePrivileges(a.group, a.change.privileges);
                },
                [&](const step::UpdateUser &a) { whatIf.changeUser(a.user, a.draft); },
                [&](const step::AddMember &a) { whatIf.addMembers(a.group, {a.user}); },
                [&](const step::RemoveMember &a) { whatIf.removeMembers(a.group, {a.user}); },
                [&](const step::PutShare &a) { whatIf.putShare(a.group, a.share); },
                [&](const step::RemoveShare &a) { whatIf.removeShares(a.group, {a.resource}); },
                [&](const step::DeleteUser &a) { whatIf.deleteUsers({a.user}); },
                [&](const step::DeleteGroup &a) { whatIf.deleteGroups({a.group}); },
                [&](const step::CreateUser &a) {
                    User user;
                    user.id = a.user; // as the memberships to restore name them
                    a.draft.applyTo(user);
                    whatIf.createUser(user);
                },
                [](const step::UpdateAdmin &) {},  // no access changes with an admin
                [](const step::SetKeyActive &) {}, // nor with an Object Storage key
                [](const step::CannotRestore &) {},
            },
            s.action());
    }
}

QString RestorePlan::describe(const RestoreStep &step, const AccountSnapshot &target,
                              const AccountSnapshot &now)
{
    return describe(step, SnapshotNames::of(target, now));
}

QString RestorePlan::describe(const RestoreStep &step, const SnapshotNames &names)
{
    const auto user = [&](const QString &id) { return names.users.value(id, id); };
    const auto group = [&](const QString &id) { return names.groups.value(id, id); };
    const auto resource = [&](const QString &id) { return names.resources.value(id, id); };
    const auto yesNo = [](bool yes) { return yes ? tr("yes") : tr("no"); };
    return std::visit(
        Overloaded{
            [&](const step::CreateGroup &a) {
                return tr("Create the group %1 again").arg(a.draft.name);
            },
            [&](const step::UpdateGroup &a) {
                return tr("Set the name and privileges of %1 back").arg(group(a.group));
            },
            [&](const step::UpdateUser &a) {
                return tr("Set the properties of %1 back").arg(user(a.user));
            },
            [&](const step::CreateUser &a) {
                return tr("Create the user %1 again").arg(a.draft.email);
            },
            [&](const step::AddMember &a) {
                return tr("Add %1 to %2").arg(user(a.user), group(a.group));
            },
            [&](const step::RemoveMember &a) {
                return tr("Remove %1 from %2").arg(user(a.user), group(a.group));
            },
            [&](const step::PutShare &a) {
                return tr("Share %1 with %2 (edit: %3, share: %4)")
                    .arg(resource(a.share.resourceId), group(a.group), yesNo(a.share.editPrivilege),
                         yesNo(a.share.sharePrivilege));
            },
            [&](const step::RemoveShare &a) {
                return tr("Stop sharing %1 with %2").arg(resource(a.resource), group(a.group));
            },
            [&](const step::UpdateAdmin &a) {
                return tr("Set the admin %1 of contract %2 back")
                    .arg(a.draft.email)
                    .arg(a.contract);
            },
            [&](const step::DeleteUser &a) {
                return tr("Delete %1, who is not in the snapshot").arg(user(a.user));
            },
            [&](const step::DeleteGroup &a) {
                return tr("Delete the group %1, which is not in the snapshot").arg(group(a.group));
            },
            [&](const step::SetKeyActive &a) {
                return a.active ? tr("Activate the Object Storage key %1 of %2 again")
                                      .arg(a.key, user(a.user))
                                : tr("Deactivate the Object Storage key %1 of %2 again")
                                      .arg(a.key, user(a.user));
            },
            [](const step::CannotRestore &a) { return a.why; },
        },
        step.action());
}

} // namespace ionos
