#pragma once

#include "network/group.h"
#include "network/groupshare.h"
#include "network/objectstoragekey.h"
#include "network/requeststatus.h"
#include "network/resource.h"
#include "network/result.h"
#include "network/user.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// Pure JSON codecs of the Cloud API v6 user management: bodies in, value types out, and the
// request bodies the client sends. Nothing here does I/O; every reader reports what it could not
// read as a Parse error.
namespace ionos::cloudcodec {

Result<User> user(const QJsonObject &item);
Result<User> userFromBody(const QByteArray &body);
Result<UsersPage> usersPage(const QByteArray &body);
Result<QList<User>> users(const QByteArray &body); // a group's members

Result<Group> group(const QJsonObject &item);
Result<Group> groupFromBody(const QByteArray &body);
Result<QList<Group>> groups(const QByteArray &body);
Result<QList<GroupRef>> groupRefs(const QByteArray &body); // a user's groups

Result<GroupShare> share(const QJsonObject &item);
Result<GroupShare> shareFromBody(const QByteArray &body);
Result<QList<GroupShare>> shares(const QByteArray &body);

Result<Resource> resource(const QJsonObject &item);
Result<Resource> resourceFromBody(const QByteArray &body);
Result<QList<Resource>> resources(const QByteArray &body);

// Object Storage keys. The user is not in a key's JSON: the reader takes it from the href.
Result<ObjectStorageKey> objectStorageKey(const QJsonObject &item);
Result<ObjectStorageKey> objectStorageKeyFromBody(const QByteArray &body);
Result<QList<ObjectStorageKey>> objectStorageKeys(const QByteArray &body);
// The answer that created a key, with its secret; an answer without one is a parse error.
Result<NewObjectStorageKey> newObjectStorageKey(const QByteArray &body);
Result<ObjectStorageSignOn> objectStorageSignOn(const QByteArray &body);

Result<RequestStatus> requestStatus(const QByteArray &body);

QByteArray userCreateBody(const UserDraft &draft);
QByteArray userUpdateBody(const QString &userId, const UserDraft &draft);
// Always the name and all 25 privileges: a group PUT replaces the whole group.
QByteArray groupBody(const QString &name, const GroupPrivileges &privileges);
QByteArray memberBody(const QString &userId);
QByteArray shareBody(const GroupShare &share);
QByteArray objectStorageKeyBody(bool active);

} // namespace ionos::cloudcodec
