#include "sandbox/sandboxstate.h"

#include <QCryptographicHash>

namespace sandbox {

const QStringList &SandboxState::resourceTypes()
{
    static const QStringList types = {
        QStringLiteral("datacenter"), QStringLiteral("snapshot"), QStringLiteral("image"),
        QStringLiteral("ipblock"),    QStringLiteral("pcc"),      QStringLiteral("backupunit"),
        QStringLiteral("k8s"),
    };
    return types;
}

QByteArray SandboxState::hashPassword(const QString &password, const QString &salt)
{
    return QCryptographicHash::hash((salt + QLatin1Char(':') + password).toUtf8(),
                                    QCryptographicHash::Sha256);
}

const SbUser *SandboxState::user(const QString &id) const
{
    const auto it = m_users.constFind(id);
    return it == m_users.constEnd() ? nullptr : &it.value();
}

const SbUser *SandboxState::userByEmail(const QString &email) const
{
    for (const SbUser &u : m_users) {
        if (u.email.compare(email, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

void SandboxState::addUser(const SbUser &user)
{
    m_users.insert(user.id, user);
    m_userOrder.append(user.id);
}

void SandboxState::replaceUser(const SbUser &user)
{
    if (m_users.contains(user.id))
        m_users.insert(user.id, user);
}

void SandboxState::removeUser(const QString &id)
{
    if (!m_users.remove(id))
        return;
    m_userOrder.removeOne(id);
    m_keys.remove(id);
    for (QStringList &members : m_members)
        members.removeAll(id);
    // What the user created stays in the contract; it simply has no user owner any more.
    for (SbResource &r : m_resources) {
        if (r.ownerId == id)
            r.ownerId.clear();
    }
}

std::optional<SbS3Key> SandboxState::key(const QString &userId, const QString &keyId) const
{
    for (const SbS3Key &k : m_keys.value(userId)) {
        if (k.id == keyId)
            return k;
    }
    return std::nullopt;
}

void SandboxState::putKey(const SbS3Key &key)
{
    QList<SbS3Key> &keys = m_keys[key.userId];
    for (SbS3Key &k : keys) {
        if (k.id == key.id) {
            k = key;
            return;
        }
    }
    keys.append(key);
}

void SandboxState::removeKey(const QString &userId, const QString &keyId)
{
    const auto it = m_keys.find(userId);
    if (it == m_keys.end())
        return;
    it->removeIf([&](const SbS3Key &k) { return k.id == keyId; });
    if (it->isEmpty())
        m_keys.erase(it);
}

const SbGroup *SandboxState::group(const QString &id) const
{
    const auto it = m_groups.constFind(id);
    return it == m_groups.constEnd() ? nullptr : &it.value();
}

void SandboxState::addGroup(const SbGroup &group)
{
    m_groups.insert(group.id, group);
    m_groupOrder.append(group.id);
}

void SandboxState::replaceGroup(const SbGroup &group)
{
    if (m_groups.contains(group.id))
        m_groups.insert(group.id, group);
}

void SandboxState::removeGroup(const QString &id)
{
    if (!m_groups.remove(id))
        return;
    m_groupOrder.removeOne(id);
    m_members.remove(id);
    m_shares.remove(id);
}

const SbResource *SandboxState::resource(const QString &id) const
{
    const auto it = m_resources.constFind(id);
    return it == m_resources.constEnd() ? nullptr : &it.value();
}

void SandboxState::addResource(const SbResource &resource)
{
    m_resources.insert(resource.id, resource);
    m_resourceOrder.append(resource.id);
}

QStringList SandboxState::resourcesOwnedBy(const QString &userId) const
{
    QStringList owned;
    for (const QString &id : m_resourceOrder) {
        if (m_resources.value(id).ownerId == userId)
            owned.append(id);
    }
    return owned;
}

QStringList SandboxState::groupsOf(const QString &userId) const
{
    QStringList groups;
    for (const QString &groupId : m_groupOrder) {
        if (m_members.value(groupId).contains(userId))
            groups.append(groupId);
    }
    return groups;
}

bool SandboxState::isMember(const QString &groupId, const QString &userId) const
{
    return m_members.value(groupId).contains(userId);
}

void SandboxState::addMember(const QString &groupId, const QString &userId)
{
    if (m_groups.contains(groupId) && m_users.contains(userId) && !isMember(groupId, userId))
        m_members[groupId].append(userId);
}

void SandboxState::removeMember(const QString &groupId, const QString &userId)
{
    auto it = m_members.find(groupId);
    if (it != m_members.end())
        it->removeAll(userId);
}

std::optional<SbShare> SandboxState::share(const QString &groupId, const QString &resourceId) const
{
    for (const SbShare &s : m_shares.value(groupId)) {
        if (s.resourceId == resourceId)
            return s;
    }
    return std::nullopt;
}

QStringList SandboxState::groupsSharing(const QString &resourceId) const
{
    QStringList groups;
    for (const QString &groupId : m_groupOrder) {
        if (share(groupId, resourceId))
            groups.append(groupId);
    }
    return groups;
}

void SandboxState::putShare(const QString &groupId, const SbShare &share)
{
    if (!m_groups.contains(groupId) || !m_resources.contains(share.resourceId))
        return;
    QList<SbShare> &shares = m_shares[groupId];
    for (SbShare &s : shares) {
        if (s.resourceId == share.resourceId) {
            s = share;
            return;
        }
    }
    shares.append(share);
}

void SandboxState::removeShare(const QString &groupId, const QString &resourceId)
{
    auto it = m_shares.find(groupId);
    if (it == m_shares.end())
        return;
    it->removeIf([&](const SbShare &s) { return s.resourceId == resourceId; });
}

void SandboxState::addContract(qint64 contract)
{
    if (!m_admins.contains(contract))
        m_admins.insert(contract, {});
}

std::optional<SbAdmin> SandboxState::admin(qint64 contract, qint64 adminId) const
{
    for (const SbAdmin &a : m_admins.value(contract)) {
        if (a.id == adminId)
            return a;
    }
    return std::nullopt;
}

void SandboxState::putAdmin(qint64 contract, const SbAdmin &admin)
{
    auto it = m_admins.find(contract);
    if (it == m_admins.end())
        return;
    for (SbAdmin &a : *it) {
        if (a.id == admin.id) {
            a = admin;
            return;
        }
    }
    it->append(admin);
}

void SandboxState::removeAdmin(qint64 contract, qint64 adminId)
{
    auto it = m_admins.find(contract);
    if (it != m_admins.end())
        it->removeIf([&](const SbAdmin &a) { return a.id == adminId; });
}

} // namespace sandbox
