#pragma once

#include "network/admin.h"
#include "network/result.h"

#include <QByteArray>
#include <QList>

// Pure JSON codecs of the Reseller API v2 admins: flat camelCase objects, ids as strings.
namespace ionos::resellercodec {

Result<Admin> admin(const QByteArray &body);
Result<QList<Admin>> admins(const QByteArray &body);

// POST: firstName, lastName, email and password.
QByteArray createBody(const AdminDraft &draft);
// PATCH: firstName, lastName and email, all three as the API requires; never the password.
QByteArray updateBody(const AdminDraft &draft);

} // namespace ionos::resellercodec
