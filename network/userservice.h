#pragma once

#include "network/apiclient.h"
#include "network/group.h"
#include "network/resource.h"
#include "network/user.h"

namespace ionos {

// The users of the account: paged and complete lists, one user, changes, and what hangs below
// a user (its groups, what it owns).
class UserService
{
public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit UserService(ApiClient &client)
        : m_client(client)
    {}

    ApiCall *page(int offset, int limit, QObject *context, Callback<UsersPage> done);
    // Every user, in the server's order, once: pages fetched ahead within the allowed
    // concurrency until the page without a next link. progressed() reports pages.
    // Every user; `arrived` receives each page's users in order as they come (AllUsersList).
    using PagesArrived = std::function<void(const QList<User> &)>;
    ApiCall *all(QObject *context, Callback<QList<User>> done, PagesArrived arrived = {});
    ApiCall *get(const QString &userId, QObject *context, Callback<User> done);
    // Create, change and delete finish when the server reports the change DONE.
    ApiCall *create(const UserDraft &draft, QObject *context, Callback<User> done);
    ApiCall *update(const QString &userId, const UserDraft &draft, QObject *context,
                    Callback<User> done);
    ApiCall *remove(const QString &userId, QObject *context, Callback<Done> done);
    ApiCall *groupsOf(const QString &userId, QObject *context, Callback<QList<GroupRef>> done);
    ApiCall *ownedBy(const QString &userId, QObject *context, Callback<QList<Resource>> done);

private:
    ApiClient &m_client;
};

} // namespace ionos
