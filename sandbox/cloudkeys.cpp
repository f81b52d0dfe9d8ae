// The Object Storage (S3) keys below a user, and the Object Storage sign-on URL.
#include "sandbox/cloudapi.h"

#include "sandbox/cloudjson.h"
#include "sandbox/generatedsecrets.h"
#include "sandbox/jsonbody.h"
#include "sandbox/requesttracker.h"
#include "sandbox/sampledatagenerator.h"
#include "sandbox/sandboxstate.h"

namespace sandbox {
namespace {

using Kind = FieldRules::Kind;

HttpResponse noUser(const QString &userId)
{
    return HttpResponse::error(404,
                               QStringLiteral("There is no user with the id '%1'.").arg(userId));
}

HttpResponse noKey(const QString &keyId)
{
    return HttpResponse::error(
        404, QStringLiteral("There is no Object Storage key with the id '%1' for this user.")
                 .arg(keyId));
}

QString capMessage()
{
    return QStringLiteral("The user already has %1 Object Storage keys, the most a user can "
                          "have. Delete a key before creating another.")
        .arg(SandboxState::kMaxKeysPerUser);
}

std::optional<HttpResponse> readKeyBody(const HttpRequest &request, const QString &keyId,
                                        bool &active)
{
    QJsonObject body;
    if (auto error = parseJsonObjectBody(request, body))
        return error;
    FieldRules top(QString{});
    top.field(QStringLiteral("id"), Kind::String)
        .field(QStringLiteral("type"), Kind::String)
        .field(QStringLiteral("href"), Kind::String)
        .field(QStringLiteral("metadata"), Kind::Object)
        .field(QStringLiteral("properties"), Kind::Object, true);
    if (auto error = top.check(body))
        return error;
    if (body.contains(QStringLiteral("id")) && body.value(QStringLiteral("id")).toString() != keyId)
        return HttpResponse::error(422, QStringLiteral("The 'id' in the body does not match the "
                                                       "key in the path."));
    const QJsonObject properties = body.value(QStringLiteral("properties")).toObject();
    if (properties.contains(QStringLiteral("secretKey")))
        return HttpResponse::error(422, QStringLiteral("'secretKey' is read-only: the secret of "
                                                       "a key cannot be changed."));
    FieldRules rules(QStringLiteral("properties"));
    rules.field(QStringLiteral("active"), Kind::Boolean, true);
    if (auto error = rules.check(properties))
        return error;
    active = properties.value(QStringLiteral("active")).toBool();
    return std::nullopt;
}

} // namespace

HttpResponse CloudApi::listKeys(const Call &call, const QString &userId) const
{
    if (!m_state.user(userId))
        return noUser(userId);
    const CloudJson j = json(call);
    QJsonArray items;
    for (const SbS3Key &k : m_state.keysOf(userId))
        items.append(j.itemOrReference(j.s3Key(k)));
    return ok(call, j.collection(userId + QStringLiteral("/s3keys"),
                                 QStringLiteral("/um/users/%1/s3keys").arg(userId), items));
}

HttpResponse CloudApi::createKey(const Call &call, const QString &userId) const
{
    const SbUser *user = m_state.user(userId);
    if (!user)
        return noUser(userId);
    if (m_state.keysOf(userId).size() >= SandboxState::kMaxKeysPerUser)
        return HttpResponse::error(422, capMessage());

    SbS3Key k;
    k.id = m_ids.nextAccessKey();
    k.userId = userId;
    k.audit.created = QDateTime::currentDateTimeUtc();
    k.audit.modified = k.audit.created;
    k.audit.createdBy = k.audit.modifiedBy = QStringLiteral("sandbox");
    const QString secret = SampleDataGenerator::newSecret();
    GeneratedSecrets::record(secret);

    const QJsonObject body = json(call).s3Key(k, secret);
    const QString requestId = m_tracker.accept(
        {k.id, QStringLiteral("s3key"), body.value(QStringLiteral("href")).toString()},
        [state = &m_state, k]() -> QString {
            if (!state->user(k.userId))
                return QStringLiteral("The user was deleted before the key could be created.");
            if (state->keysOf(k.userId).size() >= SandboxState::kMaxKeysPerUser)
                return capMessage();
            state->putKey(k);
            return {};
        });
    return accepted(call, body, requestId);
}

HttpResponse CloudApi::getKey(const Call &call, const QString &userId, const QString &keyId) const
{
    if (!m_state.user(userId))
        return noUser(userId);
    const auto k = m_state.key(userId, keyId);
    if (!k)
        return noKey(keyId);
    return ok(call, json(call).s3Key(*k));
}

HttpResponse CloudApi::updateKey(const Call &call, const QString &userId,
                                 const QString &keyId) const
{
    if (!m_state.user(userId))
        return noUser(userId);
    const auto current = m_state.key(userId, keyId);
    if (!current)
        return noKey(keyId);
    bool active = current->active;
    if (auto error = readKeyBody(call.request, keyId, active))
        return *error;

    SbS3Key k = *current;
    k.active = active;
    k.audit.modified = QDateTime::currentDateTimeUtc();
    k.audit.modifiedBy = QStringLiteral("sandbox");
    ++k.audit.revision;
    const QJsonObject body = json(call).s3Key(k);
    const QString requestId = m_tracker.accept(
        {k.id, QStringLiteral("s3key"), body.value(QStringLiteral("href")).toString()},
        [state = &m_state, k]() -> QString {
            if (!state->key(k.userId, k.id))
                return QStringLiteral("The key was deleted before the change could be applied.");
            state->putKey(k);
            return {};
        });
    return accepted(call, body, requestId);
}

HttpResponse CloudApi::deleteKey(const Call &call, const QString &userId,
                                 const QString &keyId) const
{
    if (!m_state.user(userId))
        return noUser(userId);
    if (!m_state.key(userId, keyId))
        return noKey(keyId);
    const QString requestId =
        m_tracker.accept({keyId, QStringLiteral("s3key"),
                          url(QStringLiteral("/um/users/%1/s3keys/%2").arg(userId, keyId))},
                         [state = &m_state, userId, keyId]() -> QString {
                             if (!state->key(userId, keyId))
                                 return QStringLiteral("The key no longer exists.");
                             state->removeKey(userId, keyId);
                             return {};
                         });
    return accepted(call, {}, requestId);
}

HttpResponse CloudApi::objectStorageSignOn(const Call &call, const QString &userId) const
{
    if (!m_state.user(userId))
        return noUser(userId);
    // The sandbox's own stand-in for the Object Storage console, on the API's origin.
    QString origin = m_baseUrl;
    origin.truncate(origin.indexOf(QLatin1Char('/'), origin.indexOf(QStringLiteral("//")) + 2));
    return ok(call,
              QJsonObject{{QStringLiteral("ssoUrl"),
                           origin + QStringLiteral("/object-storage/sign-on?user=") + userId}});
}

} // namespace sandbox
