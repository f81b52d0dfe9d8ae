#include "network/apirequest.h"

#include "network/cloudcodec.h"
#include "network/resellercodec.h"

namespace ionos::requests {
namespace {

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString segment(qint64 number)
{
    return QString::number(number);
}

template <typename... Parts> QString pathOf(const Parts &...parts)
{
    QString path;
    ((path += QLatin1Char('/') + parts), ...);
    return path;
}

ApiRequest cloud(const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    ApiRequest r;
    r.api = ApiRequest::Api::Cloud;
    r.method = method;
    r.path = path;
    r.body = body;
    if (method == "GET") {
        r.query.addQueryItem(QStringLiteral("depth"), QStringLiteral("1"));
        // Compact answers: the console never shows raw JSON, and large lists shrink a lot.
        r.query.addQueryItem(QStringLiteral("pretty"), QStringLiteral("false"));
    }
    return r;
}

ApiRequest reseller(const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    ApiRequest r;
    r.api = ApiRequest::Api::Reseller;
    r.method = method;
    r.path = path;
    r.body = body;
    return r;
}

const QString um = QStringLiteral("um");
const QString users = QStringLiteral("users");
const QString groups = QStringLiteral("groups");
const QString shares = QStringLiteral("shares");
const QString resources = QStringLiteral("resources");
const QString s3keys = QStringLiteral("s3keys");
const QString contracts = QStringLiteral("contracts");
const QString admins = QStringLiteral("admins");

} // namespace

ApiRequest listUsers(int offset, int limit)
{
    ApiRequest r = cloud("GET", pathOf(um, users));
    r.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return r;
}

ApiRequest getUser(const QString &userId)
{
    return cloud("GET", pathOf(um, users, segment(userId)));
}

ApiRequest createUser(const UserDraft &draft)
{
    return cloud("POST", pathOf(um, users), cloudcodec::userCreateBody(draft));
}

ApiRequest updateUser(const QString &userId, const UserDraft &draft)
{
    return cloud("PUT", pathOf(um, users, segment(userId)),
                 cloudcodec::userUpdateBody(userId, draft));
}

ApiRequest deleteUser(const QString &userId)
{
    return cloud("DELETE", pathOf(um, users, segment(userId)));
}

ApiRequest userGroups(const QString &userId)
{
    return cloud("GET", pathOf(um, users, segment(userId), groups));
}

ApiRequest userOwns(const QString &userId)
{
    return cloud("GET", pathOf(um, users, segment(userId), QStringLiteral("owns")));
}

ApiRequest listGroups()
{
    return cloud("GET", pathOf(um, groups));
}

ApiRequest getGroup(const QString &groupId)
{
    return cloud("GET", pathOf(um, groups, segment(groupId)));
}

ApiRequest createGroup(const QString &name, const GroupPrivileges &privileges)
{
    return cloud("POST", pathOf(um, groups), cloudcodec::groupBody(name, privileges));
}

ApiRequest updateGroup(const QString &groupId, const QString &name,
                       const GroupPrivileges &privileges)
{
    return cloud("PUT", pathOf(um, groups, segment(groupId)),
                 cloudcodec::groupBody(name, privileges));
}

ApiRequest deleteGroup(const QString &groupId)
{
    return cloud("DELETE", pathOf(um, groups, segment(groupId)));
}

ApiRequest groupResources(const QString &groupId)
{
    return cloud("GET", pathOf(um, groups, segment(groupId), resources));
}

ApiRequest groupMembers(const QString &groupId)
{
    return cloud("GET", pathOf(um, groups, segment(groupId), users));
}

ApiRequest addMember(const QString &groupId, const QString &userId)
{
    return cloud("POST", pathOf(um, groups, segment(groupId), users),
                 cloudcodec::memberBody(userId));
}

ApiRequest removeMember(const QString &groupId, const QString &userId)
{
    return cloud("DELETE", pathOf(um, groups, segment(groupId), users, segment(userId)));
}

ApiRequest groupShares(const QString &groupId)
{
    return cloud("GET", pathOf(um, groups, segment(groupId), shares));
}

ApiRequest getShare(const QString &groupId, const QString &resourceId)
{
    return cloud("GET", pathOf(um, groups, segment(groupId), shares, segment(resourceId)));
}

ApiRequest createShare(const QString &groupId, const GroupShare &share)
{
    return cloud("POST", pathOf(um, groups, segment(groupId), shares, segment(share.resourceId)),
                 cloudcodec::shareBody(share));
}

ApiRequest updateShare(const QString &groupId, const GroupShare &share)
{
    return cloud("PUT", pathOf(um, groups, segment(groupId), shares, segment(share.resourceId)),
                 cloudcodec::shareBody(share));
}

ApiRequest deleteShare(const QString &groupId, const QString &resourceId)
{
    return cloud("DELETE", pathOf(um, groups, segment(groupId), shares, segment(resourceId)));
}

ApiRequest objectStorageKeys(const QString &userId)
{
    return cloud("GET", pathOf(um, users, segment(userId), s3keys));
}

ApiRequest getObjectStorageKey(const QString &userId, const QString &keyId)
{
    return cloud("GET", pathOf(um, users, segment(userId), s3keys, segment(keyId)));
}

ApiRequest createObjectStorageKey(const QString &userId)
{
    return cloud("POST", pathOf(um, users, segment(userId), s3keys));
}

ApiRequest setObjectStorageKeyActive(const QString &userId, const QString &keyId, bool active)
{
    return cloud("PUT", pathOf(um, users, segment(userId), s3keys, segment(keyId)),
                 cloudcodec::objectStorageKeyBody(active));
}

ApiRequest deleteObjectStorageKey(const QString &userId, const QString &keyId)
{
    return cloud("DELETE", pathOf(um, users, segment(userId), s3keys, segment(keyId)));
}

ApiRequest objectStorageSignOn(const QString &userId)
{
    ApiRequest r = cloud("GET", pathOf(um, users, segment(userId), QStringLiteral("s3ssourl")));
    r.query.removeAllQueryItems(QStringLiteral("depth"));
    return r;
}

ApiRequest listResources()
{
    return cloud("GET", pathOf(um, resources));
}

ApiRequest resourcesOfType(const QString &type)
{
    return cloud("GET", pathOf(um, resources, segment(type)));
}

ApiRequest getResource(const QString &type, const QString &resourceId)
{
    return cloud("GET", pathOf(um, resources, segment(type), segment(resourceId)));
}

ApiRequest requestStatus(const QUrl &location)
{
    ApiRequest r;
    r.api = ApiRequest::Api::Cloud;
    r.method = "GET";
    r.absoluteUrl = location;
    return r;
}

ApiRequest listAdmins(qint64 contract)
{
    return reseller("GET", pathOf(contracts, segment(contract), admins));
}

ApiRequest getAdmin(qint64 contract, qint64 adminId)
{
    return reseller("GET", pathOf(contracts, segment(contract), admins, segment(adminId)));
}

ApiRequest createAdmin(qint64 contract, const AdminDraft &draft)
{
    return reseller("POST", pathOf(contracts, segment(contract), admins),
                    resellercodec::createBody(draft));
}

ApiRequest updateAdmin(qint64 contract, qint64 adminId, const AdminDraft &draft)
{
    return reseller("PATCH", pathOf(contracts, segment(contract), admins, segment(adminId)),
                    resellercodec::updateBody(draft));
}

ApiRequest deleteAdmin(qint64 contract, qint64 adminId)
{
    return reseller("DELETE", pathOf(contracts, segment(contract), admins, segment(adminId)));
}

} // namespace ionos::requests
