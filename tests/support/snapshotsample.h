#pragma once

// A small account as a snapshot, for the tests of snapshots, diffs and restores: three users
// (one an administrator with 2FA), two groups with members, two shares, two resources, a
// reseller admin, and the Object Storage keys of two users (u-cy's keys were not loaded).
#include "accesssamples.h"
#include "models/snapshot/accountsnapshot.h"

inline ionos::AccountSnapshot sampleSnapshot()
{
    ionos::AccountSnapshot s;
    s.takenAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);
    s.consoleVersion = QStringLiteral("0.1.0");
    s.apiUrl = QStringLiteral("https://api.example.com/cloudapi/v6");
    s.contractNumber = 31721;
    ionos::User ana = sampleUser(QStringLiteral("u-ana"), true, true);
    ana.firstname = QStringLiteral("Ana");
    ana.lastname = QStringLiteral("Ödegaard \"Q\"");
    ana.created = QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC);
    ana.lastLogin = QDateTime(QDate(2026, 10, 30), QTime(8, 0), Qt::UTC);
    s.account.users = {sampleUser(QStringLiteral("u-bo")), ana, sampleUser(QStringLiteral("u-cy"))};
    s.account.groups = {sampleGroup(QStringLiteral("g-ops"), {QStringLiteral("createDataCenter"),
                                                              QStringLiteral("reserveIp")}),
                        sampleGroup(QStringLiteral("g-dev"), {QStringLiteral("createSnapshot")})};
    s.account.members.insert(QStringLiteral("g-ops"),
                             {QStringLiteral("u-cy"), QStringLiteral("u-bo")});
    s.account.members.insert(QStringLiteral("g-dev"), {QStringLiteral("u-bo")});
    s.account.shares.insert(QStringLiteral("g-ops"),
                            {ionos::GroupShare{QStringLiteral("r-2"), true, false},
                             ionos::GroupShare{QStringLiteral("r-1"), false, true}});
    s.account.resources = {sampleResource(QStringLiteral("r-2"), QStringLiteral("u-ana"), true),
                           sampleResource(QStringLiteral("r-1"))};
    const auto key = [](const char *id, const char *user, bool active) {
        return ionos::ObjectStorageKey{QLatin1String(id), QLatin1String(user), active,
                                       QDateTime(QDate(2025, 3, 4), QTime(5, 6), Qt::UTC),
                                       QDateTime(QDate(2025, 3, 4), QTime(5, 6), Qt::UTC)};
    };
    s.account.keys.insert(QStringLiteral("u-ana"),
                          {key("k-ana-2", "u-ana", false), key("k-ana-1", "u-ana", true)});
    s.account.keys.insert(QStringLiteral("u-bo"), {});
    s.admins.insert(2, {ionos::Admin{7, QStringLiteral("Eve"), QStringLiteral("Ng"),
                                     QStringLiteral("eve@example.com")}});
    return s;
}
