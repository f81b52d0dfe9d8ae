#pragma once

#include "models/access/findings.h"

#include <QJsonObject>

class QIODevice;

namespace ionos {

// The access and findings reports as documents for scripts, in the documented shape:
// access:   {"asOf", "users": [{"id", "email", "administrator", "active", "secAuthActive",
//            "privileges": {"<key>": [sources]}, "resources": [{"type", "id", "name", "read",
//            "edit", "share", "blockedBy2fa", "via": [{"group", "edit", "share"} | {"owner"} |
//            {"administrator"}]}]}]}
// findings: {"asOf", "inactiveDays", "findings": [{"rule", "severity", "user"?, "group"?,
//            "resource"?, "detail"}]}
namespace accessreport {

QString timeText(const QDateTime &time); // ISO 8601 in UTC
QJsonObject userJson(const UserAccess &access);
// Written user by user: an account with many administrators and thousands of resources makes
// a document too large to hold at once.
void writeAccessJson(QIODevice &out, const EffectiveAccess &access, const QDateTime &asOf);
QJsonObject findingJson(const Finding &finding);
QJsonObject findingsJson(const QList<Finding> &findings, const FindingsRules::Options &options);

} // namespace accessreport
} // namespace ionos
