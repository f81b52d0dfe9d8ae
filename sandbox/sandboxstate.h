#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sandbox {

// Audit fields shared by users, groups and resources.
struct Audit
{
    QDateTime created;
    QString createdBy;
    QString createdByUserId;
    QDateTime modified;
    QString modifiedBy;
    QString modifiedByUserId;
    int revision = 1;
};

struct SbUser
{
    QString id;
    QString firstname;
    QString lastname;
    QString email;
    bool administrator = false;
    bool forceSecAuth = false;
    bool secAuthActive = false;
    bool active = true;
    QString s3CanonicalUserId;
    QByteArray passwordHash; // salted SHA-256; the password itself is never kept
    std::optional<QDateTime> lastLogin;
    Audit audit;
};

struct SbGroup
{
    QString id;
    QString name;
    QMap<QString, bool> privileges; // every key of privilegeKeys()
    Audit audit;
};

struct SbResource
{
    QString id;
    QString type;
    QString name;
    bool secAuthProtection = false;
    QString state = QStringLiteral("AVAILABLE");
    QString ownerId;
    Audit audit;
};

struct SbShare
{
    QString resourceId;
    bool editPrivilege = false;
    bool sharePrivilege = false;
};

// An Object Storage (S3) key of a user. Its secret is handed out once, in the answer that created
// it, and never kept.
struct SbS3Key
{
    QString id; // the access key
    QString userId;
    bool active = true;
    Audit audit;
};

struct SbAdmin
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QByteArray passwordHash;
};

// The in-memory account. Every mutation keeps the cross references consistent: a user's groups,
// a group's members and shares and a resource's groups are derived from one membership list and
// one share list, and deleting a user or group removes what hangs on it.
class SandboxState
{
public:
    static const QStringList &resourceTypes();
    static QByteArray hashPassword(const QString &password, const QString &salt);

    // Users, in creation order (the order GET /um/users pages through).
    const QStringList &userOrder() const { return m_userOrder; }
    const SbUser *user(const QString &id) const;
    const SbUser *userByEmail(const QString &email) const;
    void addUser(const SbUser &user);
    void replaceUser(const SbUser &user);
    void removeUser(const QString &id);

    const QStringList &groupOrder() const { return m_groupOrder; }
    const SbGroup *group(const QString &id) const;
    void addGroup(const SbGroup &group);
    void replaceGroup(const SbGroup &group);
    void removeGroup(const QString &id);

    const QStringList &resourceOrder() const { return m_resourceOrder; }
    const SbResource *resource(const QString &id) const;
    void addResource(const SbResource &resource);
    QStringList resourcesOwnedBy(const QString &userId) const;

    QStringList membersOf(const QString &groupId) const { return m_members.value(groupId); }
    QStringList groupsOf(const QString &userId) const;
    bool isMember(const QString &groupId, const QString &userId) const;
    void addMember(const QString &groupId, const QString &userId);
    void removeMember(const QString &groupId, const QString &userId);

    QList<SbShare> sharesOf(const QString &groupId) const { return m_shares.value(groupId); }
    std::optional<SbShare> share(const QString &groupId, const QString &resourceId) const;
    QStringList groupsSharing(const QString &resourceId) const;
    void putShare(const QString &groupId, const SbShare &share);
    void removeShare(const QString &groupId, const QString &resourceId);

    // A user's Object Storage keys, oldest first; at most kMaxKeysPerUser.
    static constexpr int kMaxKeysPerUser = 5;
    QList<SbS3Key> keysOf(const QString &userId) const { return m_keys.value(userId); }
    std::optional<SbS3Key> key(const QString &userId, const QString &keyId) const;
    void putKey(const SbS3Key &key); // adds it, or replaces the key with its id
    void removeKey(const QString &userId, const QString &keyId);

    QList<qint64> contracts() const { return m_admins.keys(); }
    bool hasContract(qint64 contract) const { return m_admins.contains(contract); }
    void addContract(qint64 contract);
    QList<SbAdmin> admins(qint64 contract) const { return m_admins.value(contract); }
    std::optional<SbAdmin> admin(qint64 contract, qint64 adminId) const;
    qint64 nextAdminId() { return ++m_lastAdminId; }
    void putAdmin(qint64 contract, const SbAdmin &admin);
    void removeAdmin(qint64 contract, qint64 adminId);

private:
    QHash<QString, SbUser> m_users;
    QStringList m_userOrder;
    QHash<QString, SbGroup> m_groups;
    QStringList m_groupOrder;
    QHash<QString, SbResource> m_resources;
    QStringList m_resourceOrder;
    QHash<QString, QStringList> m_members;   // group id -> user ids, in the order they were added
    QHash<QString, QList<SbShare>> m_shares; // group id -> shares, in the order they were added
    QHash<QString, QList<SbS3Key>> m_keys;   // user id -> keys, in the order they were created
    QMap<qint64, QList<SbAdmin>> m_admins;
    qint64 m_lastAdminId = 100000;
};

} // namespace sandbox
