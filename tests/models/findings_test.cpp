// Findings: each rule finds exactly what it describes, and nothing a near miss would give.
#include "models/access/findingremedy.h"
#include "models/access/findings.h"
#include "models/access/whatif.h"
#include "network/privileges.h"

#include "accesssamples.h"

#include <gtest/gtest.h>

using namespace ionos;

namespace {

const QDateTime kAsOf = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

User user(const QString &id)
{
    User u;
    u.id = id;
    u.email = id + QStringLiteral("@example.com");
    u.secAuthActive = true;
    u.created = kAsOf.addDays(-400);
    u.lastLogin = kAsOf.addDays(-1);
    return u;
}

QStringList everyKey()
{
    QStringList keys;
    for (const Privilege &p : Privileges::all())
        keys << p.key;
    return keys;
}

// One line per finding: rule, severity and subjects.
QStringList lines(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        out << QStringLiteral("%1 %2 u=%3 g=%4 r=%5")
                   .arg(f.rule, Finding::severityName(f.severity), f.userId, f.groupId,
                        f.resourceId);
        EXPECT_FALSE(f.detail.isEmpty()) << f.rule.toStdString();
    }
    return out;
}

// An account with one finding or more of every rule, and near misses of each.
AccessFacts everyRuleAccount()
{
    AccessFacts f;
    User admin = user(QStringLiteral("admin"));
    admin.administrator = true;
    admin.secAuthActive = false; // admin-without-2fa
    User forced = user(QStringLiteral("forced"));
    forced.forceSecAuth = true;
    forced.secAuthActive = false; // 2fa-not-set-up
    User sleeper = user(QStringLiteral("sleeper"));
    sleeper.lastLogin = kAsOf.addDays(-91); // inactive, in a granting group
    User never = user(QStringLiteral("never"));
    never.lastLogin.reset();
    never.created = kAsOf.addDays(-200); // never signed in, created long ago, in a group
    User recent = user(QStringLiteral("recent"));
    recent.lastLogin.reset();
    recent.created = kAsOf.addDays(-10); // never signed in but new: not inactive
    User idleNoRights = user(QStringLiteral("idle"));
    idleNoRights.lastLogin = kAsOf.addDays(-300); // inactive, but only in an empty group
    User gone = user(QStringLiteral("gone"));
    gone.active = false;                          // deactivated-member (two groups: one finding)
    User shadow = user(QStringLiteral("shadow")); // all 25 through two groups
    User owner = user(QStringLiteral("owner"));
    owner.active = false; // owns an unshared resource: orphaned
    f.users = {admin, forced, sleeper, never, recent, idleNoRights, gone, shadow, owner};

    const QStringList keys = everyKey();
    f.groups = {sampleGroup(QStringLiteral("half1"), keys.mid(0, 13)),
                sampleGroup(QStringLiteral("half2"), keys.mid(13)),
                sampleGroup(QStringLiteral("sharing")),                // a share only
                sampleGroup(QStringLiteral("unused"), {keys.first()}), // grants, no members
                sampleGroup(QStringLiteral("empty")),                  // nothing at all
                sampleGroup(QStringLiteral("idlers"))};                // only members
    f.members = {{QStringLiteral("half1"), {QStringLiteral("shadow"), QStringLiteral("gone")}},
                 {QStringLiteral("half2"), {QStringLiteral("shadow")}},
                 {QStringLiteral("sharing"),
                  {QStringLiteral("sleeper"), QStringLiteral("never"), QStringLiteral("recent"),
                   QStringLiteral("gone")}},
                 {QStringLiteral("idlers"), {QStringLiteral("idle")}}};
    f.shares = {
        {QStringLiteral("sharing"),
         {{QStringLiteral("shared"), false, true}, {QStringLiteral("locked"), true, false}}},
        {QStringLiteral("half1"), {{QStringLiteral("guarded"), false, false}}}};
    f.resources = {
        sampleResource(QStringLiteral("shared"), QStringLiteral("owner")), // shared: fine
        sampleResource(QStringLiteral("lost"), QStringLiteral("deleted-user")),
        sampleResource(QStringLiteral("orphan"), QStringLiteral("owner")),
        sampleResource(QStringLiteral("kept"), QStringLiteral("shadow")), // active owner
        sampleResource(QStringLiteral("nobody")),                         // no owner id
        // 2FA-protected, shared with "sharing", whose members have no active 2FA...
        sampleResource(QStringLiteral("locked"), {}, true),
        // ...and with half1, where shadow has it active: reachable.
        sampleResource(QStringLiteral("guarded"), {}, true)};
    // sharing's members: sleeper, never, recent, gone: make them all without active 2FA.
    for (User &u : f.users) {
        if (f.members.value(QStringLiteral("sharing")).contains(u.id))
            u.secAuthActive = false;
    }

    return f;
}

} // namespace

TEST(Findings, EachRuleFindsWhatItDescribesMostSevereFirst)
{
    const AccessFacts f = everyRuleAccount();
    const EffectiveAccess engine(f);
    FindingsRules::Options options;
    options.asOf = kAsOf;
    const QStringList found = lines(FindingsRules::find(engine, options));
    EXPECT_EQ(found, (QStringList{
                         QStringLiteral("admin-without-2fa high u=admin g= r="),
                         QStringLiteral("2fa-not-set-up medium u=forced g= r="),
                         QStringLiteral("inactive-with-access medium u=sleeper g= r="),
                         QStringLiteral("inactive-with-access medium u=never g= r="),
                         QStringLiteral("shadow-admin medium u=shadow g= r="),
                         QStringLiteral("orphaned-resource medium u= g= r=lost"),
                         QStringLiteral("orphaned-resource medium u= g= r=orphan"),
                         QStringLiteral("deactivated-member low u=gone g= r="),
                         QStringLiteral("group-without-members low u= g=unused r="),
                         QStringLiteral("protected-unreachable low u= g= r=locked"),
                         QStringLiteral("empty-group info u= g=empty r="),
                         QStringLiteral("reshare-grant info u= g=sharing r=shared"),
                     }))
        << found.join(QLatin1Char('\n')).toStdString();

    // The clock of the inactive rule follows "as of" and N.
    options.inactiveDays = 92;
    const QStringList later = lines(FindingsRules::find(engine, options));
    EXPECT_FALSE(later.contains(QStringLiteral("inactive-with-access medium u=sleeper g= r=")));
    EXPECT_TRUE(later.contains(QStringLiteral("inactive-with-access medium u=never g= r=")));
    options.asOf = kAsOf.addDays(-150);
    options.inactiveDays = 90;
    EXPECT_TRUE(
        lines(FindingsRules::find(engine, options)).filter(QStringLiteral("inactive")).isEmpty())
        << "150 days earlier nobody had been away long enough";
}

TEST(Findings, EveryRuleHasItsDocumentedId)
{
    EXPECT_EQ(
        FindingsRules::ruleIds(),
        (QStringList{QStringLiteral("admin-without-2fa"), QStringLiteral("2fa-not-set-up"),
                     QStringLiteral("inactive-with-access"), QStringLiteral("deactivated-member"),
                     QStringLiteral("shadow-admin"), QStringLiteral("group-without-members"),
                     QStringLiteral("empty-group"), QStringLiteral("reshare-grant"),
                     QStringLiteral("orphaned-resource"), QStringLiteral("protected-unreachable"),
                     QStringLiteral("key-of-deactivated-user"), QStringLiteral("old-key"),
                     QStringLiteral("keys-at-cap")}));
}

TEST(Findings, TheKeyRulesSeeTheLoadedKeysAndTheirFixTurnsThemOff)
{
    const auto key = [](const char *id, const char *user, bool active, int daysOld) {
        return ObjectStorageKey{QLatin1String(id), QLatin1String(user), active,
                                kAsOf.addDays(-daysOld), kAsOf.addDays(-daysOld)};
    };
    AccessFacts f;
    User gone = user(QStringLiteral("gone"));
    gone.active = false; // an active key: high
    User parked = user(QStringLiteral("parked"));
    parked.active = false; // only inactive keys: nothing
    User veteran = user(QStringLiteral("veteran"));
    User full = user(QStringLiteral("full"));
    User unknown = user(QStringLiteral("unknown"));
    unknown.active = false; // keys not loaded: nothing is known
    f.users = {gone, parked, veteran, full, unknown};
    f.keys.insert(QStringLiteral("gone"), {key("k-gone", "gone", true, 10)});
    f.keys.insert(QStringLiteral("parked"), {key("k-parked", "parked", false, 900)});
    f.keys.insert(QStringLiteral("veteran"),
                  {key("k-old", "veteran", true, 400), key("k-old-off", "veteran", false, 800),
                   key("k-young", "veteran", true, 364)});
    QList<ObjectStorageKey> five;
    for (int i = 0; i < 5; ++i)
        five << ObjectStorageKey{QStringLiteral("k-full-%1").arg(i), QStringLiteral("full"), false,
                                 kAsOf.addDays(-5), kAsOf.addDays(-5)};
    f.keys.insert(QStringLiteral("full"), five);
    const EffectiveAccess engine(f);
    FindingsRules::Options options;
    options.asOf = kAsOf;
    QStringList found;
    for (const Finding &x : FindingsRules::find(engine, options))
        found << QStringLiteral("%1 %2 %3 %4")
                     .arg(x.rule, Finding::severityName(x.severity), x.userId, x.keyId);
    EXPECT_EQ(found, (QStringList{QStringLiteral("key-of-deactivated-user high gone "),
                                  QStringLiteral("old-key medium veteran k-old"),
                                  QStringLiteral("keys-at-cap info full ")}))
        << found.join(QLatin1Char('\n')).toStdString();

    options.keyMaxAgeDays = 500;
    for (const Finding &x : FindingsRules::find(engine, options))
        EXPECT_NE(x.rule, QStringLiteral("old-key")) << "400 days is not old at 500";

    options.keyMaxAgeDays = 365;
    for (const Finding &x : FindingsRules::find(engine, options)) {
        const RemedyPlan plan = RemedyPlan::of(x, engine);
        if (x.rule == QStringLiteral("keys-at-cap")) {
            EXPECT_EQ(plan.remedy, Remedy::None) << "which key can go needs a person";
            continue;
        }
        EXPECT_EQ(plan.remedy, Remedy::DeactivateKeys);
        EXPECT_EQ(plan.keyIds, x.rule == QStringLiteral("old-key")
                                   ? QStringList{QStringLiteral("k-old")}
                                   : QStringList{QStringLiteral("k-gone")});
        EXPECT_EQ(RemedyPlan::actionText(plan.remedy), QStringLiteral("Deactivate Keys…"));
    }
}

TEST(Findings, EachRuleSaysItsRemedyAndWhatItChanges)
{
    const EffectiveAccess engine(everyRuleAccount());
    FindingsRules::Options options;
    options.asOf = kAsOf;
    QStringList plans;
    for (const Finding &f : FindingsRules::find(engine, options)) {
        const RemedyPlan plan = RemedyPlan::of(f, engine);
        EXPECT_EQ(plan.remedy, f.remedy) << f.rule.toStdString();
        EXPECT_EQ(RemedyPlan::actionText(f.remedy).isEmpty(), f.remedy == Remedy::None);
        if (plan.remedy == Remedy::None) {
            plans << f.rule + QStringLiteral(": none");
            continue;
        }
        EXPECT_FALSE(plan.question.isEmpty() || plan.confirmText.isEmpty() ||
                     plan.doneText().isEmpty())
            << f.rule.toStdString();
        QString what = plan.groupIds.join(QLatin1Char(','));
        if (plan.user)
            what = QStringLiteral("%1 active=%2 needs2fa=%3 %4")
                       .arg(plan.user->id)
                       .arg(plan.draft.active)
                       .arg(plan.draft.forceSecAuth)
                       .arg(what);
        if (!plan.resourceId.isEmpty())
            what += QStringLiteral(" r=") + plan.resourceId;
        plans << QStringLiteral("%1: %2").arg(f.rule, what.trimmed());
    }
    EXPECT_EQ(plans,
              (QStringList{
                  QStringLiteral("admin-without-2fa: admin active=1 needs2fa=1"),
                  QStringLiteral("2fa-not-set-up: forced active=0 needs2fa=1"),
                  QStringLiteral("inactive-with-access: sleeper active=0 needs2fa=0"),
                  QStringLiteral("inactive-with-access: never active=0 needs2fa=0"),
                  QStringLiteral("shadow-admin: none"),
                  QStringLiteral("orphaned-resource: none"),
                  QStringLiteral("orphaned-resource: none"),
                  QStringLiteral("deactivated-member: gone active=0 needs2fa=0 half1,sharing"),
                  QStringLiteral("group-without-members: unused"),
                  QStringLiteral("protected-unreachable: sharing r=locked"),
                  QStringLiteral("empty-group: empty"),
                  QStringLiteral("reshare-grant: sharing r=shared"),
              }))
        << plans.join(QLatin1Char('\n')).toStdString();
}

TEST(Findings, ARemedysPreviewShowsWhatItTakesAway)
{
    const EffectiveAccess engine(everyRuleAccount());
    FindingsRules::Options options;
    options.asOf = kAsOf;
    const auto shared = std::make_shared<const EffectiveAccess>(everyRuleAccount());
    for (const Finding &f : FindingsRules::find(engine, options)) {
        const RemedyPlan plan = RemedyPlan::of(f, engine);
        if (f.rule == QStringLiteral("reshare-grant")) {
            // The members of "sharing" lose what the share gave them on "shared".
            const AccessDifference d = plan.preview(WhatIf(shared)).difference();
            ASSERT_EQ(d.resources.size(), 1);
            EXPECT_EQ(d.resources.first().resource.id, QStringLiteral("shared"));
            EXPECT_FALSE(d.resources.first().loseAll.isEmpty());
        }
        if (f.rule == QStringLiteral("deactivated-member")) {
            // Leaving "sharing" and "half1" takes away what those groups gave.
            const AccessDifference d = plan.preview(WhatIf(shared)).difference();
            EXPECT_FALSE(d.isEmpty());
        }
    }
}
