#pragma once

#include "sandbox/jsonwriter.h"
#include "sandbox/sandboxstate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sandbox {

// Renders sandbox state as Cloud API v6 JSON, with exactly the fields the spec declares for each
// schema. Every href is absolute, on the sandbox's own origin.
class CloudJson
{
public:
    CloudJson(const SandboxState &state, QString baseUrl, int depth);

    QString url(const QString &path) const { return m_baseUrl + path; }
    static QString timestamp(const QDateTime &time);

    QJsonObject user(const SbUser &u) const;
    // The same user as compact JSON, written straight into a page of users.
    void writeUser(JsonWriter &out, const SbUser &u) const;
    // "items" of a collection of users: the users at depth 1, references at depth 0.
    void writeUserItems(JsonWriter &out, const QStringList &userIds) const;
    QJsonObject group(const SbGroup &g) const;
    // A resource lists the groups it is shared with only when it is the object asked for at
    // depth 1; as an item of a list its entities are references, as in the IONOS API.
    QJsonObject resource(const SbResource &r, bool listGroups = false) const;
    // A group listed where the spec types the items as Resource (a user's groups).
    QJsonObject groupAsResource(const SbGroup &g) const;
    QJsonObject share(const QString &groupId, const SbShare &s) const;
    // An Object Storage key; the secret only in the answer that created it.
    QJsonObject s3Key(const SbS3Key &k, const QString &secret = {}) const;

    // A collection; at depth 0 its items are references (id, type, href).
    QJsonObject collection(const QString &id, const QString &path, const QJsonArray &items) const;
    QJsonObject itemOrReference(const QJsonObject &full) const;
    static QJsonObject reference(const QJsonObject &full);

    QJsonObject requestStatus(const QString &requestId, const QString &status,
                              const QString &message, const QString &targetId,
                              const QString &targetType, const QString &targetHref) const;

private:
    QJsonObject collectionReference(const QString &id, const QString &path) const;
    QJsonObject elementMetadata(const Audit &audit, const QString &state) const;
    QString etag(const QString &id, int revision) const;

    const SandboxState &m_state;
    QString m_baseUrl;
    int m_depth;
};

} // namespace sandbox
