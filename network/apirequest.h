#pragma once

#include "network/admin.h"
#include "network/group.h"
#include "network/groupshare.h"
#include "network/user.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace ionos {

// One HTTP request to one of the two APIs, before credentials and base URLs are added: a value
// a test can check without a server.
struct ApiRequest
{
    enum class Api
    {
        Cloud,
        Reseller
    };

    Api api = Api::Cloud;
    QByteArray method = "GET";
    QString path; // percent-encoded, relative to the API's base URL, starting with '/'
    QUrlQuery query;
    QByteArray body;  // JSON, when there is one
    QUrl absoluteUrl; // instead of path: a request-status URL the server gave in Location

    // Safe to send again after a failure that may have reached the server.
    bool isRepeatable() const { return method == "GET" || method == "PUT" || method == "DELETE"; }
};

// The request of each operation. Lists ask for depth=1 so that items carry their properties;
// no request asks for more than depth=1.
namespace requests {

constexpr int kUsersPageSize = 100;

ApiRequest listUsers(int offset, int limit = kUsersPageSize);
ApiRequest getUser(const QString &userId);
ApiRequest createUser(const UserDraft &draft);
ApiRequest updateUser(const QString &userId, const UserDraft &draft);
ApiRequest deleteUser(const QString &userId);
ApiRequest userGroups(const QString &userId);
ApiRequest userOwns(const QString &userId);

ApiRequest listGroups();
ApiRequest getGroup(const QString &groupId);
ApiRequest createGroup(const QString &name, const GroupPrivileges &privileges);
ApiRequest updateGroup(const QString &groupId, const QString &name,
                       const GroupPrivileges &privileges);
ApiRequest deleteGroup(const QString &groupId);
ApiRequest groupResources(const QString &groupId);

ApiRequest groupMembers(const QString &groupId);
ApiRequest addMember(const QString &groupId, const QString &userId);
ApiRequest removeMember(const QString &groupId, const QString &userId);

ApiRequest groupShares(const QString &groupId);
ApiRequest getShare(const QString &groupId, const QString &resourceId);
ApiRequest createShare(const QString &groupId, const GroupShare &share);
ApiRequest updateShare(const QString &groupId, const GroupShare &share);
ApiRequest deleteShare(const QString &groupId, const QString &resourceId);

ApiRequest objectStorageKeys(const QString &userId);
ApiRequest getObjectStorageKey(const QString &userId, const QString &keyId);
ApiRequest createObjectStorageKey(const QString &userId);
ApiRequest setObjectStorageKeyActive(const QString &userId, const QString &keyId, bool active);
ApiRequest deleteObjectStorageKey(const QString &userId, const QString &keyId);
// The one read without depth: the operation declares none.
ApiRequest objectStorageSignOn(const QString &userId);

ApiRequest listResources();
ApiRequest resourcesOfType(const QString &type);
ApiRequest getResource(const QString &type, const QString &resourceId);

ApiRequest requestStatus(const QUrl &location);

ApiRequest listAdmins(qint64 contract);
ApiRequest getAdmin(qint64 contract, qint64 adminId);
ApiRequest createAdmin(qint64 contract, const AdminDraft &draft);
ApiRequest updateAdmin(qint64 contract, qint64 adminId, const AdminDraft &draft);
ApiRequest deleteAdmin(qint64 contract, qint64 adminId);

} // namespace requests
} // namespace ionos
