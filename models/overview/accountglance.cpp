#include "models/overview/accountglance.h"

#include "models/account/resourcetypes.h"

#include <QHash>
#include <QSet>

#include <numeric>

namespace ionos {

int AccountGlance::findingsTotal() const
{
    return std::accumulate(findings.begin(), findings.end(), 0);
}

AccountGlance AccountGlance::of(const EffectiveAccess &access, const QList<Finding> &found)
{
    const AccessFacts &facts = access.facts();
    AccountGlance g;
    g.users = int(facts.users.size());
    for (const User &u : facts.users) {
        if (!u.active) {
            ++g.deactivatedUsers;
            continue;
        }
        ++g.activeUsers;
        g.activeUsersWith2fa += u.secAuthActive ? 1 : 0;
        if (u.administrator) {
            ++g.administrators;
            g.administratorsWith2fa += u.secAuthActive ? 1 : 0;
        }
    }
    g.groups = int(facts.groups.size());
    for (const Group &group : facts.groups) {
        if (facts.members.value(group.id).isEmpty())
            ++g.groupsWithoutMembers;
    }
    g.resources = int(facts.resources.size());
    QHash<QString, int> byType;
    QStringList others;
    for (const Resource &r : facts.resources) {
        if (!byType.contains(r.type) && !ResourceTypes::known().contains(r.type))
            others << r.type;
        ++byType[r.type];
    }
    others.sort();
    for (const QString &type : ResourceTypes::known() + others) {
        if (byType.value(type) > 0)
            g.resourcesByType.append({type, byType.value(type)});
    }
    for (const Finding &f : found)
        ++g.findings[int(f.severity)];
    return g;
}

AccountGlance AccountGlance::of(const EffectiveAccess &access,
                                const FindingsRules::Options &options)
{
    return of(access, FindingsRules::find(access, options));
}

} // namespace ionos
