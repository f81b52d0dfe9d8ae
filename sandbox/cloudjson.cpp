#include "sandbox/cloudjson.h"

#include "sandbox/privilegekeys.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

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
    JsonWriter out(1536);
    writeUser(out, u);
    return QJsonDocument::fromJson(out.bytes()).object();
}

void CloudJson::writeUser(JsonWriter &out, const SbUser &u) const
{
    const QString self = QStringLiteral("/um/users/") + u.id;
    const auto collection = [&](QLatin1StringView key, const QString &suffix) {
        out.beginObject(key)
            .field("href"_L1, url(self + QLatin1Char('/') + suffix))
            .field("id"_L1, u.id + QLatin1Char('/') + suffix)
            .field("type"_L1, QStringLiteral("collection"))
            .endObject();
    };
    // Keys in the order QJsonDocument writes them (sorted), so both ways give the same text.
    out.beginObject().beginObject("entities"_L1);
    collection("groups"_L1, QStringLiteral("groups"));
    collection("owns"_L1, QStringLiteral("owns"));
    collection("s3Keys"_L1, QStringLiteral("s3keys"));
    out.endObject().field("href"_L1, url(self)).field("id"_L1, u.id);
    out.beginObject("metadata"_L1)
        .field("createdBy"_L1, u.audit.createdBy)
        .field("createdByUserId"_L1, u.audit.createdByUserId)
        .field("createdDate"_L1, timestamp(u.audit.created))
        .field("etag"_L1, etag(u.id, u.audit.revision));
    if (u.lastLogin)
        out.field("lastLogin"_L1, timestamp(*u.lastLogin));
    out.field("lastModifiedBy"_L1, u.audit.modifiedBy)
        .field("lastModifiedByUserId"_L1, u.audit.modifiedByUserId)
        .field("lastModifiedDate"_L1, timestamp(u.audit.modified))
        .endObject();
    out.beginObject("properties"_L1)
        .field("active"_L1, u.active)
        .field("administrator"_L1, u.administrator)
        .field("email"_L1, u.email)
        .field("firstname"_L1, u.firstname)
        .field("forceSecAuth"_L1, u.forceSecAuth)
        .field("lastname"_L1, u.lastname)
        .field("s3CanonicalUserId"_L1, u.s3CanonicalUserId)
        .field("secAuthActive"_L1, u.secAuthActive)
        .endObject();
    out.field("type"_L1, QStringLiteral("user")).endObject();
}

void CloudJson::writeUserItems(JsonWriter &out, const QStringList &userIds) const
{
    out.beginArray("items"_L1);
    for (const QString &id : userIds) {
        const SbUser &user = *m_state.user(id);
        if (m_depth >= 1) {
            writeUser(out, user);
            continue;
        }
        out.beginObject()
            .field("href"_L1, url(QStringLiteral("/um/users/") + user.id))
            .field("id"_L1, user.id)
            .field("type"_L1, QStringLiteral("user"))
            .endObject();
    }
    out.endArray();
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

QJsonObject CloudJson::s3Key(const SbS3Key &k, const QString &secret) const
{
    QJsonObject metadata{{QStringLiteral("etag"), etag(k.id, k.audit.revision)},
                         {QStringLiteral("createdDate"), timestamp(k.audit.created)},
                         {QStringLiteral("createdBy"), k.audit.createdBy},
                         {QStringLiteral("createdByUserId"), k.audit.createdByUserId},
                         {QStringLiteral("lastModifiedDate"), timestamp(k.audit.modified)},
                         {QStringLiteral("lastModifiedBy"), k.audit.modifiedBy},
                         {QStringLiteral("lastModifiedByUserId"), k.audit.modifiedByUserId}};
    QJsonObject properties{{QStringLiteral("active"), k.active}};
    if (!secret.isEmpty())
        properties.insert(QStringLiteral("secretKey"), secret);
    return {
        {QStringLiteral("id"), k.id},
        {QStringLiteral("type"), QStringLiteral("s3key")},
        {QStringLiteral("href"), url(QStringLiteral("/um/users/%1/s3keys/%2").arg(k.userId, k.id))},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("properties"), properties}};
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
