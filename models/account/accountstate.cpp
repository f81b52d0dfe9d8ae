#include "models/account/accountstate.h"

#include <QSet>

#include <algorithm>

namespace ionos {

AccountState::AccountState(QObject *parent)
    : QObject(parent)
{}

void AccountState::setUsersComplete()
{
    m_usersComplete = true;
    emit usersCompleted();
}

void AccountState::setResources(const QList<Resource> &resources)
{
    m_resources.reset(resources);
    emit resourcesReset();
}

void AccountState::replaceResourcesOfType(const QString &type, const QList<Resource> &resources)
{
    emit resourcesOfTypeAboutToBeReplaced(type);
    m_resources.replaceWhere([&type](const Resource &r) { return r.type == type; }, resources);
    emit resourcesOfTypeReplaced(type);
}

void AccountState::updateResource(const Resource &resource)
{
    if (m_resources.rowOf(resource.id) < 0)
        return;
    m_resources.update(resource);
    emit resourceChanged(resource.id);
}

void AccountState::showAdminsOf(qint64 contract)
{
    m_adminsContract = contract;
    m_admins.reset({});
}

void AccountState::setMembers(const QString &groupId, const QStringList &userIds)
{
    m_members.insert(groupId, userIds);
    emit membersChanged(groupId);
}

void AccountState::setMembers(const QString &groupId, const QList<User> &members)
{
    QStringList ids;
    ids.reserve(members.size());
    for (const User &u : members)
        ids.append(u.id);
    setMembers(groupId, ids);
}

void AccountState::addMember(const QString &groupId, const QString &userId)
{
    // A group whose members are not loaded yet gets them all when they are.
    const auto it = m_members.find(groupId);
    if (it == m_members.end() || it->contains(userId))
        return;
    it->append(userId);
    emit membersChanged(groupId);
}

void AccountState::removeMember(const QString &groupId, const QString &userId)
{
    const auto it = m_members.find(groupId);
    if (it == m_members.end() || it->removeAll(userId) == 0)
        return;
    emit membersChanged(groupId);
}

void AccountState::removeUser(const QString &userId)
{
    m_users.remove(userId);
    QStringList left;
    for (auto it = m_members.begin(); it != m_members.end(); ++it) {
        if (it->removeAll(userId) > 0)
            left.append(it.key());
    }
    for (const QString &groupId : std::as_const(left))
        emit membersChanged(groupId);
    if (m_keys.remove(userId) > 0)
        emit keysChanged(userId);
}

void AccountState::setKeys(const QString &userId, const QList<ObjectStorageKey> &keys)
{
    m_keys.insert(userId, keys);
    emit keysChanged(userId);
}

void AccountState::putKey(const ObjectStorageKey &key)
{
    const auto user = m_keys.find(key.userId);
    if (user == m_keys.end())
        return;
    const auto known = std::find_if(user->begin(), user->end(),
                                    [&](const ObjectStorageKey &k) { return k.id == key.id; });
    if (known == user->end())
        user->append(key);
    else
        *known = key;
    emit keysChanged(key.userId);
}

void AccountState::removeKey(const QString &userId, const QString &keyId)
{
    const auto user = m_keys.find(userId);
    if (user == m_keys.end())
        return;
    if (user->removeIf([&](const ObjectStorageKey &k) { return k.id == keyId; }) > 0)
        emit keysChanged(userId);
}

int AccountState::keyCount(const QString &userId) const
{
    const auto it = m_keys.constFind(userId);
    return it == m_keys.constEnd() ? -1 : int(it->size());
}

int AccountState::memberCount(const QString &groupId) const
{
    const auto it = m_members.constFind(groupId);
    return it == m_members.constEnd() ? -1 : int(it->size());
}

void AccountState::setShares(const QString &groupId, const QList<GroupShare> &shares)
{
    m_shares.insert(groupId, shares);
    emit sharesChanged(groupId);
}

void AccountState::putShare(const QString &groupId, const GroupShare &share)
{
    const auto group = m_shares.find(groupId);
    if (group == m_shares.end())
        return; // its shares come all together when they are loaded
    const auto it = std::find_if(group->begin(), group->end(), [&](const GroupShare &s) {
        return s.resourceId == share.resourceId;
    });
    if (it == group->end())
        group->append(share);
    else
        *it = share;
    emit sharesChanged(groupId);
}

void AccountState::removeShare(const QString &groupId, const QString &resourceId)
{
    const auto it = m_shares.find(groupId);
    if (it == m_shares.end() ||
        it->removeIf([&](const GroupShare &s) { return s.resourceId == resourceId; }) == 0)
        return;
    emit sharesChanged(groupId);
}

int AccountState::shareCount(const QString &groupId) const
{
    const auto it = m_shares.constFind(groupId);
    return it == m_shares.constEnd() ? -1 : int(it->size());
}

QList<AccountState::GroupAccess> AccountState::groupsSharing(const QString &resourceId) const
{
    QList<GroupAccess> out;
    for (auto it = m_shares.constBegin(); it != m_shares.constEnd(); ++it) {
        for (const GroupShare &s : it.value()) {
            if (s.resourceId == resourceId)
                out.append({it.key(), s});
        }
    }
    return out;
}

void AccountState::addGroup(const Group &group)
{
    if (m_groups.rowOf(group.id) < 0)
        m_groups.insert(group);
    if (!m_members.contains(group.id))
        setMembers(group.id, QStringList());
    if (!m_shares.contains(group.id))
        setShares(group.id, {});
}

void AccountState::removeGroup(const QString &groupId)
{
    m_groups.remove(groupId);
    if (m_members.remove(groupId) > 0)
        emit membersChanged(groupId);
    if (m_shares.remove(groupId) > 0)
        emit sharesChanged(groupId);
}

void AccountState::retainGroups(const QStringList &groupIds)
{
    const QSet<QString> keep(groupIds.begin(), groupIds.end());
    QStringList gone;
    for (auto it = m_members.keyBegin(); it != m_members.keyEnd(); ++it) {
        if (!keep.contains(*it))
            gone.append(*it);
    }
    for (auto it = m_shares.keyBegin(); it != m_shares.keyEnd(); ++it) {
        if (!keep.contains(*it) && !gone.contains(*it))
            gone.append(*it);
    }
    for (const QString &groupId : std::as_const(gone))
        removeGroup(groupId);
}

void AccountState::setDetailsLoading(bool loading)
{
    if (m_detailsLoading == loading)
        return;
    m_detailsLoading = loading;
    emit detailsLoadingChanged(loading);
}

} // namespace ionos
