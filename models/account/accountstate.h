#pragma once

#include "network/groupshare.h"
#include "network/user.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace ionos {

// Who is in which group and what each group shares, as loaded and as changed by the console:
// the one copy that the groups' counts, a group's member and share panels, the Resources
// screen and effective access all read. Loads and the outcomes of writes change it here, once,
// and it says per group what changed.
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

    // Members, by user id in the order the server lists them.
    void setMembers(const QString &groupId, const QStringList &userIds);
    // As the server lists a group's members.
    void setMembers(const QString &groupId, const QList<User> &members);
    // Changes of a group whose members are not loaded yet wait for the load.
    void addMember(const QString &groupId, const QString &userId);
    void removeMember(const QString &groupId, const QString &userId);
    // A deleted user's memberships end with them.
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

    // A new group has no members and no shares; a deleted one has neither any more.
    void addGroup(const QString &groupId);
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
    void membersChanged(const QString &groupId);
    void sharesChanged(const QString &groupId);
    void detailsLoadingChanged(bool loading);

private:
    QHash<QString, QStringList> m_members;
    QHash<QString, QList<GroupShare>> m_shares;
    bool m_detailsLoading = false;
};

} // namespace ionos
