#pragma once

#include "models/access/findings.h"

#include <QList>
#include <QString>

#include <array>

namespace ionos {

// The account at a glance, as the Overview shows it and the posture report prints it: how many
// users and administrators, how many of them sign in with 2-factor authentication, the findings
// by severity, groups without members and resources by type. Worked out from the loaded state
// by the same rules as every other answer about it.
struct AccountGlance
{
    int users = 0;
    int activeUsers = 0;
    int deactivatedUsers = 0;
    int activeUsersWith2fa = 0; // of the active users, those whose 2FA is set up
    int administrators = 0;     // active administrators
    int administratorsWith2fa = 0;
    int groups = 0;
    int groupsWithoutMembers = 0;
    int resources = 0;
    std::array<int, 4> findings{};                  // by Finding::Severity: high, medium, low, info
    QList<std::pair<QString, int>> resourcesByType; // every type loaded, in the console's order

    int findingsOf(Finding::Severity severity) const { return findings.at(int(severity)); }
    int findingsTotal() const;

    static AccountGlance of(const EffectiveAccess &access, const QList<Finding> &findings);
    // The same with the findings worked out here by the rules' options.
    static AccountGlance of(const EffectiveAccess &access, const FindingsRules::Options &options);
};

} // namespace ionos
