#include "network/shareservice.h"

#include "network/cloudcodec.h"
#include "network/servicecalls.h"

namespace ionos {

using namespace servicecalls;

ApiCall *GroupShareService::shares(const QString &groupId, QObject *context,
                                   Callback<QList<GroupShare>> done)
{
    return fetch<QList<GroupShare>>(m_client, requests::groupShares(groupId), context,
                                    &cloudcodec::shares, std::move(done));
}

ApiCall *GroupShareService::get(const QString &groupId, const QString &resourceId, QObject *context,
                                Callback<GroupShare> done)
{
    return fetch<GroupShare>(m_client, requests::getShare(groupId, resourceId), context,
                             &cloudcodec::shareFromBody, std::move(done));
}

ApiCall *GroupShareService::create(const QString &groupId, const GroupShare &share,
                                   QObject *context, Callback<GroupShare> done)
{
    return writeAndWait<GroupShare>(m_client, requests::createShare(groupId, share), context,
                                    &cloudcodec::shareFromBody, std::move(done));
}

ApiCall *GroupShareService::update(const QString &groupId, const GroupShare &share,
                                   QObject *context, Callback<GroupShare> done)
{
    return writeAndWait<GroupShare>(m_client, requests::updateShare(groupId, share), context,
                                    &cloudcodec::shareFromBody, std::move(done));
}

ApiCall *GroupShareService::remove(const QString &groupId, const QString &resourceId,
                                   QObject *context, Callback<Done> done)
{
    return writeAndWait<Done>(m_client, requests::deleteShare(groupId, resourceId), context,
                              &nothing, std::move(done));
}

ApiCall *ResourceService::all(QObject *context, Callback<QList<Resource>> done)
{
    return fetch<QList<Resource>>(m_client, requests::listResources(), context,
                                  &cloudcodec::resources, std::move(done));
}

ApiCall *ResourceService::ofType(const QString &type, QObject *context,
                                 Callback<QList<Resource>> done)
{
    return fetch<QList<Resource>>(m_client, requests::resourcesOfType(type), context,
                                  &cloudcodec::resources, std::move(done));
}

ApiCall *ResourceService::get(const QString &type, const QString &resourceId, QObject *context,
                              Callback<Resource> done)
{
    return fetch<Resource>(m_client, requests::getResource(type, resourceId), context,
                           &cloudcodec::resourceFromBody, std::move(done));
}

} // namespace ionos
