#pragma once

#include "models/access/accessfacts.h"
#include "network/admin.h"
#include "network/apiclient.h"
#include "network/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <optional>

namespace ionos {

// The whole user-management state of an account as a document: users (every property but
// passwords; no secrets of any kind) with their Object Storage keys when loaded (never a key's
// secret), groups with all 25 privileges, their members and shares,
// resources with type, name, owner and 2FA protection, and the admins of each reseller contract
// the profile manages; with where and when it was taken. Written as versioned, stable JSON
// (sorted keys and arrays; see snapshot.schema.json) and read back from it.
struct AccountSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(AccountSnapshot)

public:
    // 2: users carry their Object Storage keys (id, active, created), or null when not loaded.
    static constexpr int kVersion = 2;
    static constexpr const char *kFormat = "ionos-admin-snapshot";

    QDateTime takenAt;
    QString consoleVersion;
    QString apiUrl;
    std::optional<qint32> contractNumber;
    AccessFacts account;
    QMap<qint64, QList<Admin>> admins; // by reseller contract

    // What is loaded, at once, without the reseller admins, from where the settings point.
    static AccountSnapshot ofLoaded(const AccessFacts &account, const ConnectionSettings &settings);

    QByteArray toJson() const;
    // A snapshot file as written by toJson (this version or an older one); an error in plain
    // words when it is not one.
    static Result<AccountSnapshot> fromJson(const QByteArray &json);
    // The snapshot file at path; an error in plain words (the file's path in its details when
    // it is not a snapshot).
    static Result<AccountSnapshot> readFile(const QString &path);
    // Writes toJson() to path whole or not at all, readable by the user alone (a snapshot tells
    // who may do what); empty when written, else why not (the system's words).
    QString writeFile(const QString &path) const;
};

} // namespace ionos
