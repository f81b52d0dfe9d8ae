#include "sandbox/cloudjson.h"

#include "sandbox/privilegekeys.h"

#include <QCryptographicHash>

namespace sandbox {

CloudJson::CloudJson(const SandboxState &state, QString baseUrl, int depth)
    : m_state(state)
    , m_baseUrl(std::move(baseUrl))
    , m_depth(depth)
{}

QString CloudJson::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString CloudJson::etag(const QString &id, int revision) const
{
    return QString::fromLatin1(
        QCryptographicHash::hash((id + QString::number(revision)).toUtf8(), QCryptographicHash::Md5)
            .toHex());
}

QJsonObject CloudJson::collectionReference(const QString &id, const QString &path) const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), QStringLiteral("collection")},
            {QStringLiteral("href"), url(path)}};
}

QJsonObject CloudJson::elementMetadata(const Audit &audit, const QString &state) const
{
    return {
        {QStringLiteral("etag"), etag(audit.createdBy + timestamp(audit.created), audit.revision)},
        {QStringLiteral("createdDate"), timestamp(audit.created)},
        {QStringLiteral("createdBy"), audit.createdBy},
        {QStringLiteral("createdByUserId"), audit.createdByUserId},
        {QStringLiteral("lastModifiedDate"), timestamp(audit.modified)},
        {QStringLiteral("lastModifiedBy"), audit.modifiedBy},
        {QStringLiteral("lastModifiedByUserId"), audit.modifiedByUserId},
        {QStringLiteral("state"), state},
    };
}

QJsonObject CloudJson::user(const SbUser &u) const
{
    QJsonObject metadata{
        {QStringLiteral("etag"), etag(u.id, u.audit.revision)},
        {QStringLiteral("createdDate"), timestamp(u.audit.created)},
        {QStringLiteral("createdBy"), u.audit.createdBy},
        {QStringLiteral("createdByUserId"), u.audit.createdByUserId},
        {QStringLiteral("lastModifiedDate"), timestamp(u.audit.modified)},
        {QStringLiteral("lastModifiedBy"), u.audit.modifiedBy},
        {QStringLiteral("lastModifiedByUserId"), u.audit.modifiedByUserId},
    };
    if (u.lastLogin)
        metadata.insert(QStringLiteral("lastLogin"), timestamp(*u.lastLogin));
    const QJsonObject properties{
        {QStringLiteral("firstname"), u.firstname},
        {QStringLiteral("lastname"), u.lastname},
        {QStringLiteral("email"), u.email},
        {QStringLiteral("administrator"), u.administrator},
        {QStringLiteral("forceSecAuth"), u.forceSecAuth},
        {QStringLiteral("secAuthActive"), u.secAuthActive},
        {QStringLiteral("s3CanonicalUserId"), u.s3CanonicalUserId},
        {QStringLiteral("active"), u.active},
    };
    const QString self = QStringLiteral("/um/users/") + u.id;
    const QJsonObject entities{
        {QStringLiteral("owns"),
         collectionReference(u.id + QStringLiteral("/owns"), self + QStringLiteral("/owns"))},
        {QStringLiteral("groups"),
         collectionReference(u.id + QStringLiteral("/groups"), self + QStringLiteral("/groups"))},
        {QStringLiteral("s3Keys"),
         collectionReference(u.id + QStringLiteral("/s3keys"), self + QStringLiteral("/s3keys"))},
    };
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("type"), QStringLiteral("user")},
            {QStringLiteral("href"), url(self)},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("entities"), entities}};
}

QJsonObject CloudJson::group(const SbGroup &g) const
{
    QJsonObject properties{{QStringLiteral("name"), g.name}};
    for (const QString &key : privilegeKeys())
        properties.insert(key, g.privileges.value(key, false));
    const QString self = QStringLiteral("/um/groups/") + g.id;
    const QJsonObject entities{
        {QStringLiteral("users"),
         collectionReference(g.id + QStringLiteral("/users"), self + QStringLiteral("/users"))},
        {QStringLiteral("resources"), collectionReference(g.id + QStringLiteral("/resources"),
                                                          self + QStringLiteral("/resources"))},
    };
    return {{QStringLiteral("id"), g.id},
            {QStringLiteral("type"), QStringLiteral("group")},
            {QStringLiteral("href"), url(self)},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("entities"), entities}};
}

QJsonObject CloudJson::resource(const SbResource &r, bool listGroups) const
{
    const QString self = QStringLiteral("/um/resources/%1/%2").arg(r.type, r.id);
    QJsonObject groups =
        collectionReference(r.id + QStringLiteral("/groups"), self + QStringLiteral("/groups"));
    if (listGroups) {
        QJsonArray groupRefs;
        for (const QString &groupId : m_state.groupsSharing(r.id)) {
            groupRefs.append(QJsonObject{
                {QStringLiteral("id"), groupId},
                {QStringLiteral("type"), QStringLiteral("group")},
                {QStringLiteral("href"), url(QStringLiteral("/um/groups/") + groupId)}});
        }
        groups.insert(QStringLiteral("items"), groupRefs);
    }
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("type"), r.type},
            {QStringLiteral("href"), url(self)},
            {QStringLiteral("metadata"), elementMetadata(r.audit, r.state)},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("name"), r.name},
                         {QStringLiteral("secAuthProtection"), r.secAuthProtection}}},
            {QStringLiteral("entities"), QJsonObject{{QStringLiteral("groups"), groups}}}};
}

QJsonObject CloudJson::groupAsResource(const SbGroup &g) const
{
    return {{QStringLiteral("id"), g.id},
            {QStringLiteral("type"), QStringLiteral("group")},
            {QStringLiteral("href"), url(QStringLiteral("/um/groups/") + g.id)},
            {QStringLiteral("metadata"), elementMetadata(g.audit, QStringLiteral("AVAILABLE"))},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("name"), g.name}}}};
}

QJsonObject CloudJson::share(const QString &groupId, const SbShare &s) const
{
    return {{QStringLiteral("id"), s.resourceId},
            {QStringLiteral("type"), QStringLiteral("resource")},
            {QStringLiteral("href"),
             url(QStringLiteral("/um/groups/%1/shares/%2").arg(groupId, s.resourceId))},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("editPrivilege"), s.editPrivilege},
                         {QStringLiteral("sharePrivilege"), s.sharePrivilege}}}};
}

QJsonObject CloudJson::reference(const QJsonObject &full)
{
    return {{QStringLiteral("id"), full.value(QStringLiteral("id"))},
            {QStringLiteral("type"), full.value(QStringLiteral("type"))},
            {QStringLiteral("href"), full.value(QStringLiteral("href"))}};
}

QJsonObject CloudJson::itemOrReference(const QJsonObject &full) const
{
    return m_depth >= 1 ? full : reference(full);
}

QJsonObject CloudJson::collection(const QString &id, const QString &path,
                                  const QJsonArray &items) const
{
    QJsonObject c = collectionReference(id, path);
    c.insert(QStringLiteral("items"), items);
    return c;
}

QJsonObject CloudJson::requestStatus(const QString &requestId, const QString &status,
                                     const QString &message, const QString &targetId,
                                     const QString &targetType, const QString &targetHref) const
{
    const QJsonObject target{{QStringLiteral("id"), targetId},
                             {QStringLiteral("type"), targetType},
                             {QStringLiteral("href"), targetHref}};
    const QJsonObject metadata{
        {QStringLiteral("etag"), etag(requestId, status.size())},
        {QStringLiteral("status"), status},
        {QStringLiteral("message"), message},
        {QStringLiteral("targets"), QJsonArray{QJsonObject{{QStringLiteral("target"), target},
                                                           {QStringLiteral("status"), status}}}}};
    return {{QStringLiteral("id"), requestId},
            {QStringLiteral("type"), QStringLiteral("request-status")},
            {QStringLiteral("href"), url(QStringLiteral("/requests/%1/status").arg(requestId))},
            {QStringLiteral("metadata"), metadata}};
}

} // namespace sandbox
