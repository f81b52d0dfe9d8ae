#pragma once

#include "network/admin.h"
#include "network/user.h"

// A new user and a new reseller admin with every field a create needs, for tests that make one.
inline ionos::UserDraft sampleUserDraft(const QString &email)
{
    ionos::UserDraft d;
    d.firstname = QStringLiteral("Grace");
    d.lastname = QStringLiteral("Hopper");
    d.email = email;
    d.password = QStringLiteral("cobol-1959-compiler");
    return d;
}

inline ionos::AdminDraft sampleAdminDraft(const QString &email)
{
    ionos::AdminDraft d;
    d.firstName = QStringLiteral("Ada");
    d.lastName = QStringLiteral("Lovelace");
    d.email = email;
    d.password = QStringLiteral("analytical-engine-1843");
    return d;
}
