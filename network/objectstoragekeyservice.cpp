#include "network/objectstoragekeyservice.h"

#include "network/cloudcodec.h"
#include "network/servicecalls.h"

namespace ionos {

using namespace servicecalls;

namespace {

// A key read from an answer belongs to the user asked about, whatever its href says.
Parser<ObjectStorageKey> keyOf(const QString &userId)
{
    return [userId](const QByteArray &body) {
        Result<ObjectStorageKey> key = cloudcodec::objectStorageKeyFromBody(body);
        if (key.ok())
            key.value().userId = userId;
        return key;
    };
}

} // namespace

ApiCall *ObjectStorageKeyService::keys(const QString &userId, QObject *context,
                                       Callback<QList<ObjectStorageKey>> done)
{
    return fetch<QList<ObjectStorageKey>>(
        m_client, requests::objectStorageKeys(userId), context,
        [userId](const QByteArray &body) {
            Result<QList<ObjectStorageKey>> keys = cloudcodec::objectStorageKeys(body);
            if (keys.ok()) {
                for (ObjectStorageKey &k : keys.value())
                    k.userId = userId;
            }
            return keys;
        },
        std::move(done));
}

ApiCall *ObjectStorageKeyService::get(const QString &userId, const QString &keyId, QObject *context,
                                      Callback<ObjectStorageKey> done)
{
    return fetch<ObjectStorageKey>(m_client, requests::getObjectStorageKey(userId, keyId), context,
                                   keyOf(userId), std::move(done));
}

ApiCall *ObjectStorageKeyService::create(const QString &userId, QObject *context,
                                         Callback<NewObjectStorageKey> done)
{
    return writeAndWait<NewObjectStorageKey>(
        m_client, requests::createObjectStorageKey(userId), context,
        [userId](const QByteArray &body) {
            Result<NewObjectStorageKey> created = cloudcodec::newObjectStorageKey(body);
            if (created.ok())
                created.value().key.userId = userId;
            return created;
        },
        std::move(done));
}

ApiCall *ObjectStorageKeyService::setActive(const QString &userId, const QString &keyId,
                                            bool active, QObject *context,
                                            Callback<ObjectStorageKey> done)
{
    return writeAndWait<ObjectStorageKey>(
        m_client, requests::setObjectStorageKeyActive(userId, keyId, active), context,
        keyOf(userId), std::move(done));
}

ApiCall *ObjectStorageKeyService::remove(const QString &userId, const QString &keyId,
                                         QObject *context, Callback<Done> done)
{
    return writeAndWait<Done>(m_client, requests::deleteObjectStorageKey(userId, keyId), context,
                              &nothing, std::move(done));
}

ApiCall *ObjectStorageKeyService::signOn(const QString &userId, QObject *context,
                                         Callback<ObjectStorageSignOn> done)
{
    return fetch<ObjectStorageSignOn>(m_client, requests::objectStorageSignOn(userId), context,
                                      &cloudcodec::objectStorageSignOn, std::move(done));
}

} // namespace ionos
