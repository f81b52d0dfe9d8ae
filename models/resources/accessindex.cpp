#include "models/resources/accessindex.h"

namespace ionos {

AccessIndex::AccessIndex(QObject *parent)
    : QObject(parent)
{}

void AccessIndex::setMembers(const QString &groupId, const QList<User> &members)
{
    m_members.insert(groupId, members);
    emit changed();
}

void AccessIndex::addMember(const QString &groupId, const User &user)
{
    QList<User> &members = m_members[groupId];
    if (std::none_of(members.begin(), members.end(),
                     [&](const User &u) { return u.id == user.id; }))
        members.append(user);
    emit changed();
}

void AccessIndex::removeMember(const QString &groupId, const QString &userId)
{
    m_members[groupId].removeIf([&](const User &u) { return u.id == userId; });
    emit changed();
}

void AccessIndex::setShares(const QString &groupId, const QList<GroupShare> &shares)
{
    m_shares.insert(groupId, shares);
    emit changed();
}

void AccessIndex::putShare(const QString &groupId, const GroupShare &share)
{
    QList<GroupShare> &shares = m_shares[groupId];
    for (GroupShare &s : shares) {
        if (s.resourceId == share.resourceId) {
            s = share;
            emit changed();
            return;
        }
    }
    shares.append(share);
    emit changed();
}

void AccessIndex::removeShare(const QString &groupId, const QString &resourceId)
{
    m_shares[groupId].removeIf([&](const GroupShare &s) { return s.resourceId == resourceId; });
    emit changed();
}

void AccessIndex::removeGroup(const QString &groupId)
{
    m_members.remove(groupId);
    m_shares.remove(groupId);
    emit changed();
}

void AccessIndex::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit changed();
}

void AccessIndex::clear()
{
    m_members.clear();
    m_shares.clear();
    emit changed();
}

bool AccessIndex::knows(const QStringList &groupIds) const
{
    return std::all_of(groupIds.begin(), groupIds.end(), [this](const QString &id) {
        return m_members.contains(id) && m_shares.contains(id);
    });
}

QList<AccessIndex::GroupAccess> AccessIndex::groupsSharing(const QString &resourceId) const
{
    QList<GroupAccess> out;
    for (auto it = m_shares.begin(); it != m_shares.end(); ++it) {
        for (const GroupShare &s : it.value()) {
            if (s.resourceId == resourceId)
                out.append({it.key(), s});
        }
    }
    return out;
}

QList<AccessIndex::Reach> AccessIndex::whoCanReach(const QString &resourceId,
                                                   const QList<User> &users) const
{
    QList<Reach> out;
    for (const User &u : users) {
        if (u.administrator)
            out.append({u, QString(), true, true, true});
    }
    for (const GroupAccess &access : groupsSharing(resourceId)) {
        for (const User &member : m_members.value(access.groupId)) {
            if (member.administrator)
                continue; // listed once, as administrator
            out.append({member, access.groupId, access.share.editPrivilege,
                        access.share.sharePrivilege, false});
        }
    }
    return out;
}

} // namespace ionos
