#pragma once

// Groups and resources for the tests of effective access and findings, with only what matters.
#include "models/access/accessfacts.h"
#include "network/group.h"
#include "network/resource.h"
#include "network/user.h"

#include <QStringList>

inline ionos::User sampleUser(const QString &id, bool administrator = false,
                              bool secAuthActive = false)
{
    ionos::User u;
    u.id = id;
    u.email = id + QStringLiteral("@example.com");
    u.administrator = administrator;
    u.secAuthActive = secAuthActive;
    return u;
}

inline ionos::Group sampleGroup(const QString &id, const QStringList &granted = {})
{
    ionos::Group g;
    g.id = id;
    g.name = id;
    for (const QString &key : granted)
        g.privileges.set(key, true);
    return g;
}

inline ionos::Resource sampleResource(const QString &id, const QString &owner = {},
                                      bool protectedBy2fa = false)
{
    ionos::Resource r;
    r.id = id;
    r.type = QStringLiteral("datacenter");
    r.name = id;
    r.createdByUserId = owner;
    r.secAuthProtection = protectedBy2fa;
    return r;
}

// A small account: alice is in ops and dev; bob is in dev, owns r2 and has 2FA active; carol is
// an administrator; dave is in no group. ops grants createDatacenter and createSnapshot and
// shares r1 with edit; dev grants createDatacenter and shares r1 with share and r3 read only;
// r3 is 2FA-protected.
inline ionos::AccessFacts smallAccount()
{
    ionos::AccessFacts f;
    f.users = {sampleUser(QStringLiteral("alice")), sampleUser(QStringLiteral("bob"), false, true),
               sampleUser(QStringLiteral("carol"), true), sampleUser(QStringLiteral("dave"))};
    f.groups = {sampleGroup(QStringLiteral("ops"),
                            {QStringLiteral("createDatacenter"), QStringLiteral("createSnapshot")}),
                sampleGroup(QStringLiteral("dev"), {QStringLiteral("createDatacenter")})};
    f.members = {{QStringLiteral("ops"), {QStringLiteral("alice")}},
                 {QStringLiteral("dev"), {QStringLiteral("alice"), QStringLiteral("bob")}}};
    f.shares = {{QStringLiteral("ops"), {{QStringLiteral("r1"), true, false}}},
                {QStringLiteral("dev"),
                 {{QStringLiteral("r1"), false, true}, {QStringLiteral("r3"), false, false}}}};
    f.resources = {sampleResource(QStringLiteral("r1")),
                   sampleResource(QStringLiteral("r2"), QStringLiteral("bob")),
                   sampleResource(QStringLiteral("r3"), {}, true)};
    return f;
}
