#pragma once

#include "network/apiclient.h"
#include "network/group.h"
#include "network/resource.h"
#include "network/user.h"

namespace ionos {

// Groups and their privileges.
class GroupService
{
public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit GroupService(ApiClient &client)
        : m_client(client)
    {}

    ApiCall *all(QObject *context, Callback<QList<Group>> done);
    ApiCall *get(const QString &groupId, QObject *context, Callback<Group> done);
    ApiCall *create(const QString &name, const GroupPrivileges &privileges, QObject *context,
                    Callback<Group> done);
    // Reads the group as the server has it, applies the change, and sends the name with all 25
    // privileges, so that no privilege is ever reset by being left out.
    ApiCall *update(const QString &groupId, const GroupChange &change, QObject *context,
                    Callback<Group> done);
    ApiCall *remove(const QString &groupId, QObject *context, Callback<Done> done);
    ApiCall *sharedResources(const QString &groupId, QObject *context,
                             Callback<QList<Resource>> done);

private:
    ApiClient &m_client;
};

// The members of a group.
class GroupMemberService
{
public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit GroupMemberService(ApiClient &client)
        : m_client(client)
    {}

    ApiCall *members(const QString &groupId, QObject *context, Callback<QList<User>> done);
    ApiCall *add(const QString &groupId, const QString &userId, QObject *context,
                 Callback<Done> done);
    ApiCall *remove(const QString &groupId, const QString &userId, QObject *context,
                    Callback<Done> done);

private:
    ApiClient &m_client;
};

} // namespace ionos
