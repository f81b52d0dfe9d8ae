// Offboarding planned from the loaded account: each person deactivated, out of every group,
// their active Object Storage keys off; what they created with who else reaches it and whether
// it is left without a keeper; unknown e-mails refused, people already gone with nothing to do.
#include "models/access/whatif.h"
#include "models/offboard/offboardplan.h"

#include "accesssamples.h"

#include <gtest/gtest.h>

using namespace ionos;

namespace {

using Kind = RestoreStep::Kind;

// The small account, with bob's keys (one active) loaded and a resource alice created that
// only she reaches.
AccessFacts leaversAccount()
{
    AccessFacts f = smallAccount();
    const auto key = [](const QString &id, bool active) {
        ObjectStorageKey k;
        k.id = id;
        k.userId = QStringLiteral("bob");
        k.active = active;
        return k;
    };
    f.keys.insert(QStringLiteral("bob"),
                  {key(QStringLiteral("k1"), true), key(QStringLiteral("k2"), false)});
    f.resources << sampleResource(QStringLiteral("r4"), QStringLiteral("alice"));
    return f;
}

} // namespace

TEST(OffboardPlan, DeactivatesRemovesFromEveryGroupAndTurnsOffActiveKeys)
{
    const EffectiveAccess access(leaversAccount());
    const OffboardPlan plan = OffboardPlan::of(
        {QStringLiteral("BOB@example.com"), QStringLiteral("alice@example.com")}, access);
    ASSERT_EQ(plan.users().size(), 2);
    const OffboardUser &bob = plan.users().at(0);
    EXPECT_EQ(bob.user.id, QStringLiteral("bob"));
    EXPECT_TRUE(bob.deactivate);
    EXPECT_EQ(bob.leave, QStringList{QStringLiteral("dev")});
    EXPECT_EQ(bob.keys, QStringList{QStringLiteral("k1")});
    EXPECT_TRUE(bob.keysKnown);
    EXPECT_FALSE(plan.users().at(1).keysKnown); // alice's keys are not loaded

    const OffboardPlan::Writes w = plan.writes();
    QList<Kind> kinds;
    for (const RestoreStep &s : w.steps)
        kinds << s.kind();
    EXPECT_EQ(kinds, (QList<Kind>{Kind::UpdateUser, Kind::SetKeyActive, Kind::RemoveMember,
                                  Kind::UpdateUser, Kind::RemoveMember, Kind::RemoveMember}));
    EXPECT_FALSE(w.steps.at(0).as<restore::UpdateUser>()->draft.active);
    EXPECT_FALSE(w.steps.at(1).as<restore::SetKeyActive>()->active);
    EXPECT_EQ(w.userOf, (QList<int>{0, 0, 0, 1, 1, 1}));
    EXPECT_EQ(w.descriptions.at(2), QStringLiteral("Remove bob@example.com from dev"));

    // What they created: nobody but carol, an administrator, reaches bob's r2 (dev shares r1
    // and r3): it is left without a keeper.
    ASSERT_EQ(bob.owned.size(), 1);
    EXPECT_EQ(bob.owned.at(0).resource.id, QStringLiteral("r2"));
    EXPECT_TRUE(bob.owned.at(0).others.isEmpty());
    EXPECT_EQ(bob.owned.at(0).administrators, 1);
    EXPECT_TRUE(bob.owned.at(0).orphaned);
    EXPECT_TRUE(plan.describe(0).contains(QStringLiteral("without a keeper")))
        << plan.describe(0).toStdString();

    // The what-if: both lose what their groups gave them.
    WhatIf preview(std::make_shared<const EffectiveAccess>(leaversAccount()));
    plan.stage(preview);
    EXPECT_FALSE(preview.difference().isEmpty());
}

TEST(OffboardPlan, AResourceSomeoneElseMayEditHasAKeeper)
{
    AccessFacts f = leaversAccount();
    // ops shares r4 with edit: alice's resource, and dave joins ops.
    f.shares[QStringLiteral("ops")] << GroupShare{QStringLiteral("r4"), true, false};
    f.members[QStringLiteral("ops")] << QStringLiteral("dave");
    const EffectiveAccess access(f);
    const OffboardPlan plan = OffboardPlan::of({QStringLiteral("alice@example.com")}, access);
    const OffboardUser &alice = plan.users().at(0);
    const auto r4 = std::find_if(alice.owned.begin(), alice.owned.end(), [](const auto &o) {
        return o.resource.id == QStringLiteral("r4");
    });
    ASSERT_NE(r4, alice.owned.end());
    ASSERT_EQ(r4->others.size(), 1);
    EXPECT_EQ(r4->others.at(0).id, QStringLiteral("dave"));
    EXPECT_FALSE(r4->orphaned);
}

TEST(OffboardPlan, RefusesUnknownEmailsAndHasNothingToDoForSomeoneGone)
{
    AccessFacts f = leaversAccount();
    f.users[3].active = false; // dave: deactivated, in no group, no keys loaded
    f.keys.insert(QStringLiteral("dave"), {});
    const EffectiveAccess access(f);
    const OffboardPlan plan =
        OffboardPlan::of({QStringLiteral("nobody@example.com"), QStringLiteral("dave@example.com"),
                          QStringLiteral("DAVE@example.com")},
                         access);
    EXPECT_TRUE(plan.users().at(0).isRefused());
    EXPECT_FALSE(plan.users().at(1).isRefused());
    EXPECT_FALSE(plan.users().at(1).hasWork());
    EXPECT_TRUE(plan.users().at(2).isRefused()); // named twice
    EXPECT_EQ(plan.refusedCount(), 2);
    EXPECT_EQ(plan.workCount(), 0);
    EXPECT_TRUE(plan.writes().steps.isEmpty());
    EXPECT_EQ(plan.userJson(1).value(QStringLiteral("action")).toString(), QStringLiteral("same"));
    EXPECT_EQ(plan.userJson(0).value(QStringLiteral("action")).toString(),
              QStringLiteral("refused"));
}
