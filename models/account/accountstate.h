#pragma once

#include "models/account/keyedrows.h"
#include "network/admin.h"
#include "network/group.h"
#include "network/groupshare.h"
#include "network/objectstoragekey.h"
#include "network/resource.h"
#include "network/user.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace ionos {

// The account as loaded and as changed by the console, the one copy of it: users, groups with
// their privileges, who is in which group, what each group shares, the resources, and the admins
// of the reseller contract shown. The list models, the groups' counts, a group's member and share
// panels, effective access, snapshots and undo all read it. Loads and the outcomes of writes
// change it here, once, and it says per kind (and per group) what changed.
class AccountState : public QObject
{
    Q_OBJECT

public:
    // A group that shares a resource, with the share's rights.
    struct GroupAccess
    {
        QString groupId;
        GroupShare share;
    };

    explicit AccountState(QObject *parent = nullptr);

    // The users in the order the server lists them; a change says which rows changed.
    KeyedRows<User> &users() { return m_users; }
    const KeyedRows<User> &users() const { return m_users; }
    // A complete list of users is in; until then the rows may be some of them.
    void setUsersComplete();
    bool areUsersComplete() const { return m_usersComplete; }

    // The groups with their privileges.
    KeyedRows<Group> &groups() { return m_groups; }
    const KeyedRows<Group> &groups() const { return m_groups; }

    // The resources of every type, by id.
    const KeyedRows<Resource> &resources() const { return m_resources; }
    void setResources(const QList<Resource> &resources);
    // The resources of one type as loaded again.
    void replaceResourcesOfType(const QString &type, const QList<Resource> &resources);
    // One resource as read again; nothing when it is not known.
    void updateResource(const Resource &resource);

    // The admins of one reseller contract: the one shown (0 for none), emptied when another is.
    KeyedRows<Admin, qint64> &admins() { return m_admins; }
    const KeyedRows<Admin, qint64> &admins() const { return m_admins; }
    qint64 adminsContract() const { return m_adminsContract; }
    void showAdminsOf(qint64 contract);

    // Members, by user id in the order the server lists them.
    void setMembers(const QString &groupId, const QStringList &userIds);
    // As the server lists a group's members.
    void setMembers(const QString &groupId, const QList<User> &members);
    // Changes of a group whose members are not loaded yet wait for the load.
    void addMember(const QString &groupId, const QString &userId);
    void removeMember(const QString &groupId, const QString &userId);
    // A deleted user goes, and their memberships and keys with them.
    void removeUser(const QString &userId);
    QStringList membersOf(const QString &groupId) const { return m_members.value(groupId); }
    // -1 until the group's members are loaded.
    int memberCount(const QString &groupId) const;

    void setShares(const QString &groupId, const QList<GroupShare> &shares);
    // Adds the share, or changes its rights when the resource is shared already (once the
    // group's shares are loaded).
    void putShare(const QString &groupId, const GroupShare &share);
    void removeShare(const QString &groupId, const QString &resourceId);
    QList<GroupShare> sharesOf(const QString &groupId) const { return m_shares.value(groupId); }
    // -1 until the group's shares are loaded.
    int shareCount(const QString &groupId) const;
    QList<GroupAccess> groupsSharing(const QString &resourceId) const;

    // A user's Object Storage keys, oldest first, once they are loaded.
    void setKeys(const QString &userId, const QList<ObjectStorageKey> &keys);
    // Adds the key, or changes it when the user has it (once the user's keys are loaded).
    void putKey(const ObjectStorageKey &key);
    void removeKey(const QString &userId, const QString &keyId);
    QList<ObjectStorageKey> keysOf(const QString &userId) const { return m_keys.value(userId); }
    // -1 until the user's keys are loaded.
    int keyCount(const QString &userId) const;
    bool areKeysLoaded(const QString &userId) const { return m_keys.contains(userId); }
    // By user id, for the findings, reports and snapshots: the users whose keys are loaded.
    const QHash<QString, QList<ObjectStorageKey>> &keys() const { return m_keys; }

    // A new group has no members and no shares; a deleted one has neither any more.
    void addGroup(const Group &group);
    void removeGroup(const QString &groupId);
    // The groups as loaded again: what is known of the others goes.
    void retainGroups(const QStringList &groupIds);

    // While the members and shares of some groups are still loading, what is known is not all.
    void setDetailsLoading(bool loading);
    bool isDetailsLoading() const { return m_detailsLoading; }

    // As loaded, by group id, for effective access and snapshots.
    const QHash<QString, QStringList> &memberships() const { return m_members; }
    const QHash<QString, QList<GroupShare>> &shares() const { return m_shares; }

signals:
    void usersCompleted();
    void resourcesReset();
    // Before and after the resources of one type are loaded again.
    void resourcesOfTypeAboutToBeReplaced(const QString &type);
    void resourcesOfTypeReplaced(const QString &type);
    void resourceChanged(const QString &resourceId);
    void membersChanged(const QString &groupId);
    void sharesChanged(const QString &groupId);
    void detailsLoadingChanged(bool loading);
    void keysChanged(const QString &userId);

private:
    KeyedRows<User> m_users{[](const User &u) { return u.id; }};
    bool m_usersComplete = false;
    KeyedRows<Group> m_groups{[](const Group &g) { return g.id; }};
    KeyedRows<Resource> m_resources{[](const Resource &r) { return r.id; }};
    KeyedRows<Admin, qint64> m_admins{[](const Admin &a) { return a.id; }};
    qint64 m_adminsContract = 0;
    QHash<QString, QStringList> m_members;
    QHash<QString, QList<GroupShare>> m_shares;
    QHash<QString, QList<ObjectStorageKey>> m_keys;
    bool m_detailsLoading = false;
};

} // namespace ionos
