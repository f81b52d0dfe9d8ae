#include "network/userservice.h"

#include "network/alluserslist.h"
#include "network/cloudcodec.h"
#include "network/servicecalls.h"

namespace ionos {

using namespace servicecalls;

ApiCall *UserService::page(int offset, int limit, QObject *context, Callback<UsersPage> done)
{
    return fetch<UsersPage>(m_client, requests::listUsers(offset, limit), context,
                            &cloudcodec::usersPage, std::move(done));
}

ApiCall *UserService::all(QObject *context, Callback<QList<User>> done, PagesArrived arrived)
{
    return AllUsersList::start(m_client, context, std::move(done), std::move(arrived));
}

ApiCall *UserService::get(const QString &userId, QObject *context, Callback<User> done)
{
    return fetch<User>(m_client, requests::getUser(userId), context, &cloudcodec::userFromBody,
                       std::move(done));
}

ApiCall *UserService::create(const UserDraft &draft, QObject *context, Callback<User> done)
{
    return writeAndWait<User>(m_client, requests::createUser(draft), context,
                              &cloudcodec::userFromBody, std::move(done));
}

ApiCall *UserService::update(const QString &userId, const UserDraft &draft, QObject *context,
                             Callback<User> done)
{
    return writeAndWait<User>(m_client, requests::updateUser(userId, draft), context,
                              &cloudcodec::userFromBody, std::move(done));
}

ApiCall *UserService::remove(const QString &userId, QObject *context, Callback<Done> done)
{
    return writeAndWait<Done>(m_client, requests::deleteUser(userId), context, &nothing,
                              std::move(done));
}

ApiCall *UserService::groupsOf(const QString &userId, QObject *context,
                               Callback<QList<GroupRef>> done)
{
    return fetch<QList<GroupRef>>(m_client, requests::userGroups(userId), context,
                                  &cloudcodec::groupRefs, std::move(done));
}

ApiCall *UserService::ownedBy(const QString &userId, QObject *context,
                              Callback<QList<Resource>> done)
{
    return fetch<QList<Resource>>(m_client, requests::userOwns(userId), context,
                                  &cloudcodec::resources, std::move(done));
}

} // namespace ionos
