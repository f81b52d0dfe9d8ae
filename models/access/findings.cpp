#include "models/access/findings.h"

#include "models/account/resourcetypes.h"
#include "network/privileges.h"

#include <algorithm>

namespace ionos {
namespace {

// The rules in their order, each with its title for people and the remedy the console offers
// for its findings.
struct Rule
{
    const char *id;
    const char *title;
    Remedy remedy;
};
constexpr Rule kRules[] = {
    {"admin-without-2fa",
     QT_TRANSLATE_NOOP("FindingsRules", "Administrator without 2-factor authentication"),
     Remedy::RequireTwoFactor},
    {"2fa-not-set-up",
     QT_TRANSLATE_NOOP("FindingsRules", "2-factor authentication required, not set up"),
     Remedy::DeactivateUser},
    {"inactive-with-access",
     QT_TRANSLATE_NOOP("FindingsRules", "Inactive user who still holds rights"),
     Remedy::DeactivateUser},
    {"deactivated-member", QT_TRANSLATE_NOOP("FindingsRules", "Deactivated user still in groups"),
     Remedy::RemoveFromGroups},
    // which group should give up what needs a person
    {"shadow-admin",
     QT_TRANSLATE_NOOP("FindingsRules", "Every privilege without being an administrator"),
     Remedy::None},
    {"group-without-members",
     QT_TRANSLATE_NOOP("FindingsRules", "Group that grants rights to nobody"), Remedy::DeleteGroup},
    {"empty-group", QT_TRANSLATE_NOOP("FindingsRules", "Empty group"), Remedy::DeleteGroup},
    {"reshare-grant", QT_TRANSLATE_NOOP("FindingsRules", "Members may share it further"),
     Remedy::StopSharing},
    // who should own it needs a person
    {"orphaned-resource", QT_TRANSLATE_NOOP("FindingsRules", "Resource without an active owner"),
     Remedy::None},
    {"protected-unreachable",
     QT_TRANSLATE_NOOP("FindingsRules", "Protected resource no member can open"),
     Remedy::StopSharing},
    {"key-of-deactivated-user",
     QT_TRANSLATE_NOOP("FindingsRules", "Active key of a deactivated user"),
     Remedy::DeactivateKeys},
    {"old-key", QT_TRANSLATE_NOOP("FindingsRules", "Old key still active"), Remedy::DeactivateKeys},
    // which key can go needs a person
    {"keys-at-cap", QT_TRANSLATE_NOOP("FindingsRules", "All five keys in use"), Remedy::None},
};

const QStringList &rules()
{
    static const QStringList ids = [] {
        QStringList all;
        for (const Rule &r : kRules)
            all << QString::fromLatin1(r.id);
        return all;
    }();
    return ids;
}

Remedy remedyOf(const char *rule)
{
    for (const Rule &r : kRules) {
        if (qstrcmp(r.id, rule) == 0)
            return r.remedy;
    }
    return Remedy::None;
}

QString nameOf(const User &u)
{
    return u.email.isEmpty() ? u.displayName() : u.email;
}

QString nameOf(const Group &g)
{
    return g.name.isEmpty() ? g.id : g.name;
}

QString nameOf(const Resource &r)
{
    return ResourceTypes::nameWithType(r.name.isEmpty() ? r.id : r.name, r.type);
}

// Collects findings and tells their sentences.
class Finder
{
    Q_DECLARE_TR_FUNCTIONS(FindingsRules)

public:
    Finder(const EffectiveAccess &access, const FindingsRules::Options &options)
        : m_access(access)
        , m_facts(access.facts())
        , m_options(options)
    {
        for (const Group &g : m_facts.groups) {
            if (g.privileges.grantedCount() > 0 || !m_facts.shares.value(g.id).isEmpty())
                m_granting.insert(g.id);
        }
        for (auto it = m_facts.shares.constBegin(); it != m_facts.shares.constEnd(); ++it) {
            if (!m_access.group(it.key()))
                continue;
            for (const GroupShare &s : it.value())
                m_sharedWith[s.resourceId].append(it.key());
        }
    }

    QList<Finding> run()
    {
        for (const User &u : m_facts.users)
            aboutUser(u);
        for (const Group &g : m_facts.groups)
            aboutGroup(g);
        for (const Resource &r : m_facts.resources)
            aboutResource(r);
        for (const User &u : m_facts.users)
            aboutKeys(u);
        std::stable_sort(m_found.begin(), m_found.end(), [](const Finding &a, const Finding &b) {
            if (a.severity != b.severity)
                return a.severity < b.severity;
            return rules().indexOf(a.rule) < rules().indexOf(b.rule);
        });
        return m_found;
    }

private:
    using S = Finding::Severity;

    Finding &add(const char *rule, S severity, const QString &userId, const QString &groupId,
                 const QString &resourceId, const QString &detail)
    {
        Finding f;
        f.rule = QString::fromLatin1(rule);
        f.remedy = remedyOf(rule);
        f.severity = severity;
        f.userId = userId;
        f.groupId = groupId;
        f.resourceId = resourceId;
        f.subject = subjectOf(f);
        f.detail = detail;
        m_found.append(std::move(f));
        return m_found.last();
    }
    void aboutUser(const char *rule, S severity, const User &u, const QString &detail)
    {
        add(rule, severity, u.id, {}, {}, detail.arg(nameOf(u)));
    }
    void aboutGroup(const char *rule, S severity, const Group &g, const QString &detail)
    {
        add(rule, severity, {}, g.id, {}, detail.arg(nameOf(g)));
    }
    void aboutResource(const char *rule, S severity, const Resource &r, const QString &detail)
    {
        add(rule, severity, {}, {}, r.id, detail);
    }

    QString subjectOf(const Finding &f) const
    {
        if (const User *u = m_access.user(f.userId))
            return nameOf(*u);
        const Group *g = m_access.group(f.groupId);
        const Resource *r = m_access.resource(f.resourceId);
        const QString resource = r ? nameOf(*r) : f.resourceId;
        if (g && !f.resourceId.isEmpty())
            return QStringLiteral("%1 → %2").arg(nameOf(*g), resource);
        return g ? nameOf(*g) : resource;
    }

    bool holdsRights(const User &u, const QStringList &groups) const
    {
        return u.administrator ||
               std::any_of(groups.begin(), groups.end(),
                           [this](const QString &g) { return m_granting.contains(g); });
    }

    int privilegesTogether(const QStringList &groups) const
    {
        GroupPrivileges together;
        for (const QString &groupId : groups) {
            if (const Group *g = m_access.group(groupId)) {
                for (const QString &key : g->privileges.grantedKeys())
                    together.set(key, true);
            }
        }
        return together.grantedCount();
    }

    void aboutUser(const User &u)
    {
        const QStringList groups = m_access.groupsOf(u.id);
        if (u.administrator && !u.secAuthActive)
            aboutUser("admin-without-2fa", S::High, u,
                      tr("%1 is an administrator without 2-factor authentication."));
        if (u.forceSecAuth && !u.secAuthActive)
            aboutUser("2fa-not-set-up", S::Medium, u,
                      tr("%1 must use 2-factor authentication but has not set it up."));
        if (u.active && holdsRights(u, groups) && FindingsRules::isInactive(u, m_options)) {
            aboutUser("inactive-with-access", S::Medium, u,
                      u.lastLogin ? tr("%1 has not signed in for %n days and still holds rights.",
                                       "", int(u.lastLogin->daysTo(m_options.asOf)))
                                  : tr("%1 has never signed in in the %n days since they were "
                                       "created and still holds rights.",
                                       "", int(u.created.daysTo(m_options.asOf))));
        }
        if (!u.active && !groups.isEmpty())
            aboutUser(
                "deactivated-member", S::Low, u,
                tr("%1 is deactivated but still a member of %n group(s).", "", int(groups.size())));
        const int all = int(Privileges::all().size());
        if (!u.administrator && !groups.isEmpty() && privilegesTogether(groups) == all)
            aboutUser("shadow-admin", S::Medium, u,
                      tr("%1 is not an administrator, but their groups together grant all %n "
                         "privileges.",
                         "", all));
    }

    void aboutGroup(const Group &g)
    {
        const bool hasMembers = !m_facts.members.value(g.id).isEmpty();
        const QList<GroupShare> shares = m_facts.shares.value(g.id);
        if (m_granting.contains(g.id) && !hasMembers)
            aboutGroup("group-without-members", S::Low, g,
                       tr("The group %1 grants rights but has no members."));
        if (g.privileges.grantedCount() == 0 && shares.isEmpty() && !hasMembers)
            aboutGroup("empty-group", S::Info, g,
                       tr("The group %1 grants nothing, shares nothing and has no members."));
        for (const GroupShare &s : shares) {
            if (!s.sharePrivilege)
                continue;
            const Resource *r = m_access.resource(s.resourceId);
            add("reshare-grant", S::Info, {}, g.id, s.resourceId,
                tr("Members of %1 may share %2 with others.")
                    .arg(nameOf(g), r ? nameOf(*r) : s.resourceId));
        }
    }

    void aboutResource(const Resource &r)
    {
        const QStringList sharedWith = m_sharedWith.value(r.id);
        if (!r.createdByUserId.isEmpty() && sharedWith.isEmpty()) {
            const User *owner = m_access.user(r.createdByUserId);
            if (!owner)
                aboutResource("orphaned-resource", S::Medium, r,
                              tr("%1 was created by a user who no longer exists, and no group "
                                 "shares it.")
                                  .arg(nameOf(r)));
            else if (!owner->active)
                aboutResource("orphaned-resource", S::Medium, r,
                              tr("%1 belongs to %2, who is deactivated, and no group shares it.")
                                  .arg(nameOf(r), nameOf(*owner)));
        }
        if (r.secAuthProtection && !sharedWith.isEmpty() && !anyoneWith2fa(sharedWith))
            aboutResource("protected-unreachable", S::Low, r,
                          tr("%1 is protected by 2-factor authentication, and no member of the "
                             "%n group(s) it is shared with has it active.",
                             "", int(sharedWith.size()))
                              .arg(nameOf(r)));
    }

    void aboutKeys(const User &u)
    {
        const auto keys = m_facts.keys.constFind(u.id);
        if (keys == m_facts.keys.constEnd())
            return; // not loaded: nothing is known
        const int active = int(std::count_if(keys->begin(), keys->end(),
                                             [](const ObjectStorageKey &k) { return k.active; }));
        if (!u.active && active > 0)
            aboutUser("key-of-deactivated-user", S::High, u,
                      tr("%1 is deactivated, but %n Object Storage key(s) of theirs still open "
                         "their buckets.",
                         "", active));
        const QDateTime cutoff = m_options.asOf.addDays(-m_options.keyMaxAgeDays);
        for (const ObjectStorageKey &k : *keys) {
            if (!k.active || !k.created.isValid() || k.created >= cutoff)
                continue;
            Finding &f = add("old-key", S::Medium, u.id, {}, {},
                             tr("The Object Storage key %1 of %2 was created %n day(s) ago and "
                                "is still active.",
                                "", int(k.created.daysTo(m_options.asOf)))
                                 .arg(k.id, nameOf(u)));
            f.keyId = k.id;
        }
        if (keys->size() >= kMaxObjectStorageKeysPerUser)
            aboutUser("keys-at-cap", S::Info, u,
                      tr("%1 has %n Object Storage keys, the most there can be: a new one needs "
                         "an old one deleted.",
                         "", int(keys->size())));
    }

    bool anyoneWith2fa(const QStringList &groups) const
    {
        return std::any_of(groups.begin(), groups.end(), [this](const QString &groupId) {
            const QStringList members = m_facts.members.value(groupId);
            return std::any_of(members.begin(), members.end(), [this](const QString &id) {
                const User *u = m_access.user(id);
                return u && u->secAuthActive;
            });
        });
    }

    const EffectiveAccess &m_access;
    const AccessFacts &m_facts;
    const FindingsRules::Options &m_options;
    QSet<QString> m_granting;                 // groups that grant a privilege or have a share
    QHash<QString, QStringList> m_sharedWith; // resource id -> groups sharing it
    QList<Finding> m_found;
};

} // namespace

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString Finding::labelOf(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return FindingsRules::tr("High");
    case Severity::Medium:
        return FindingsRules::tr("Medium");
    case Severity::Low:
        return FindingsRules::tr("Low");
    case Severity::Info:
        break;
    }
    return FindingsRules::tr("Info");
}

QString Finding::key() const
{
    QStringList parts{rule, userId, groupId, resourceId};
    if (!keyId.isEmpty())
        parts << keyId;
    return parts.join(QLatin1Char('/'));
}

QStringList FindingsRules::ruleIds()
{
    return rules();
}

QString FindingsRules::title(const QString &rule)
{
    for (const Rule &r : kRules) {
        if (QLatin1String(r.id) == rule)
            return tr(r.title);
    }
    return rule;
}

QStringList FindingsRules::dormantUsers(const QList<Finding> &findings)
{
    QStringList users;
    for (const Finding &f : findings) {
        if (f.rule == QLatin1String("inactive-with-access") && !users.contains(f.userId))
            users << f.userId;
    }
    return users;
}

bool FindingsRules::isInactive(const User &user, const Options &options)
{
    const QDateTime cutoff = options.asOf.addDays(-options.inactiveDays);
    if (user.lastLogin)
        return *user.lastLogin < cutoff;
    return user.created.isValid() && user.created < cutoff;
}

QList<Finding> FindingsRules::find(const EffectiveAccess &access, const Options &options)
{
    return Finder(access, options).run();
}

} // namespace ionos
