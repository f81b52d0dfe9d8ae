#pragma once

#include "network/groupshare.h"
#include "network/user.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace ionos {

// Who is in which group and which group shares what, as loaded: the facts behind "who can
// reach this resource". The controllers keep it up to date as memberships and shares change.
class AccessIndex : public QObject
{
    Q_OBJECT

public:
    struct Reach
    {
        User user;
        QString groupId; // empty for an administrator
        bool edit = false;
        bool share = false;
        bool administrator = false; // reaches everything, with every right
    };
    struct GroupAccess
    {
        QString groupId;
        GroupShare share;
    };

    explicit AccessIndex(QObject *parent = nullptr);

    void setMembers(const QString &groupId, const QList<User> &members);
    void addMember(const QString &groupId, const User &user);
    void removeMember(const QString &groupId, const QString &userId);
    void setShares(const QString &groupId, const QList<GroupShare> &shares);
    void putShare(const QString &groupId, const GroupShare &share);
    void removeShare(const QString &groupId, const QString &resourceId);
    void removeGroup(const QString &groupId);
    void clear();

    // While the members and shares of some groups are still loading, what is known is not all.
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }
    // Whether the members and shares of these groups are all known.
    bool knows(const QStringList &groupIds) const;
    QList<GroupAccess> groupsSharing(const QString &resourceId) const;
    // As loaded, by group id.
    const QHash<QString, QList<User>> &members() const { return m_members; }
    const QHash<QString, QList<GroupShare>> &shares() const { return m_shares; }
    // Every user who reaches the resource, once per group that gives access, plus every
    // administrator among users.
    QList<Reach> whoCanReach(const QString &resourceId, const QList<User> &users) const;

signals:
    void changed();

private:
    QHash<QString, QList<User>> m_members;
    QHash<QString, QList<GroupShare>> m_shares;
    bool m_loading = false;
};

} // namespace ionos
