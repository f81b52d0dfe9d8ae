#pragma once

#include "network/apiclient.h"
#include "network/objectstoragekey.h"

namespace ionos {

// A user's Object Storage keys and the Object Storage sign-on. Create, activate, deactivate and
// delete finish when the server reports the change DONE.
class ObjectStorageKeyService
{
public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit ObjectStorageKeyService(ApiClient &client)
        : m_client(client)
    {}

    ApiCall *keys(const QString &userId, QObject *context, Callback<QList<ObjectStorageKey>> done);
    ApiCall *get(const QString &userId, const QString &keyId, QObject *context,
                 Callback<ObjectStorageKey> done);
    // The only answer with the key's secret: the caller shows it once and drops it.
    ApiCall *create(const QString &userId, QObject *context, Callback<NewObjectStorageKey> done);
    ApiCall *setActive(const QString &userId, const QString &keyId, bool active, QObject *context,
                       Callback<ObjectStorageKey> done);
    ApiCall *remove(const QString &userId, const QString &keyId, QObject *context,
                    Callback<Done> done);
    ApiCall *signOn(const QString &userId, QObject *context, Callback<ObjectStorageSignOn> done);

private:
    ApiClient &m_client;
};

} // namespace ionos
