#pragma once

#include "network/apiclient.h"
#include "network/groupshare.h"
#include "network/resource.h"

namespace ionos {

// The shares of a group: which resources its members reach, with edit and share rights.
class GroupShareService
{
public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit GroupShareService(ApiClient &client)
        : m_client(client)
    {}

    ApiCall *shares(const QString &groupId, QObject *context, Callback<QList<GroupShare>> done);
    ApiCall *get(const QString &groupId, const QString &resourceId, QObject *context,
                 Callback<GroupShare> done);
    ApiCall *create(const QString &groupId, const GroupShare &share, QObject *context,
                    Callback<GroupShare> done);
    ApiCall *update(const QString &groupId, const GroupShare &share, QObject *context,
                    Callback<GroupShare> done);
    ApiCall *remove(const QString &groupId, const QString &resourceId, QObject *context,
                    Callback<Done> done);

private:
    ApiClient &m_client;
};

// The resources of the account, by type.
class ResourceService
{
public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit ResourceService(ApiClient &client)
        : m_client(client)
    {}

    ApiCall *all(QObject *context, Callback<QList<Resource>> done);
    ApiCall *ofType(const QString &type, QObject *context, Callback<QList<Resource>> done);
    ApiCall *get(const QString &type, const QString &resourceId, QObject *context,
                 Callback<Resource> done);

private:
    ApiClient &m_client;
};

} // namespace ionos
