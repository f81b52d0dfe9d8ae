#include "network/groupservice.h"

#include "network/cloudcodec.h"
#include "network/completion.h"
#include "network/servicecalls.h"

namespace ionos {

using namespace servicecalls;

ApiCall *GroupService::all(QObject *context, Callback<QList<Group>> done)
{
    return fetch<QList<Group>>(m_client, requests::listGroups(), context, &cloudcodec::groups,
                               std::move(done));
}

ApiCall *GroupService::get(const QString &groupId, QObject *context, Callback<Group> done)
{
    return fetch<Group>(m_client, requests::getGroup(groupId), context, &cloudcodec::groupFromBody,
                        std::move(done));
}

ApiCall *GroupService::create(const QString &name, const GroupPrivileges &privileges,
                              QObject *context, Callback<Group> done)
{
    return writeAndWait<Group>(m_client, requests::createGroup(name, privileges), context,
                               &cloudcodec::groupFromBody, std::move(done));
}

ApiCall *GroupService::update(const QString &groupId, const GroupChange &change, QObject *context,
                              Callback<Group> done)
{
    auto *call = new ApiCall(&m_client);
    Completion<Group> complete(call, context, std::move(done));
    ApiClient &client = m_client;
    call->adopt(get(
        groupId, call, [&client, call, complete, groupId, change](const Result<Group> &current) {
            if (!current.ok()) {
                complete(current.error());
                return;
            }
            Group merged = current.value();
            if (change.name)
                merged.name = *change.name;
            for (auto it = change.privileges.begin(); it != change.privileges.end(); ++it)
                merged.privileges.set(it.key(), it.value());
            ApiCall *put = writeAndWait<Group>(
                client, requests::updateGroup(groupId, merged.name, merged.privileges), call,
                &cloudcodec::groupFromBody, [complete](const Result<Group> &r) { complete(r); });
            QObject::connect(put, &ApiCall::accepted, call, &ApiCall::setAccepted);
            call->adopt(put);
        }));
    return call;
}

ApiCall *GroupService::remove(const QString &groupId, QObject *context, Callback<Done> done)
{
    return writeAndWait<Done>(m_client, requests::deleteGroup(groupId), context, &nothing,
                              std::move(done));
}

ApiCall *GroupService::sharedResources(const QString &groupId, QObject *context,
                                       Callback<QList<Resource>> done)
{
    return fetch<QList<Resource>>(m_client, requests::groupResources(groupId), context,
                                  &cloudcodec::resources, std::move(done));
}

ApiCall *GroupMemberService::members(const QString &groupId, QObject *context,
                                     Callback<QList<User>> done)
{
    return fetch<QList<User>>(m_client, requests::groupMembers(groupId), context,
                              &cloudcodec::users, std::move(done));
}

ApiCall *GroupMemberService::add(const QString &groupId, const QString &userId, QObject *context,
                                 Callback<Done> done)
{
    return writeAndWait<Done>(m_client, requests::addMember(groupId, userId), context, &nothing,
                              std::move(done));
}

ApiCall *GroupMemberService::remove(const QString &groupId, const QString &userId, QObject *context,
                                    Callback<Done> done)
{
    return writeAndWait<Done>(m_client, requests::removeMember(groupId, userId), context, &nothing,
                              std::move(done));
}

} // namespace ionos
