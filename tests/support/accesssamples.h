#pragma once

// Groups and resources for the tests of effective access and findings, with only what matters.
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
