// Effective access: who holds which privilege through which group, and who reaches which
// resource through which path, by the rules the README states.
#include "models/access/effectiveaccess.h"
#include "network/privileges.h"

#include "accesssamples.h"

#include <gtest/gtest.h>

using namespace ionos;

namespace {

const ResourceAccess *find(const UserAccess &a, const QString &resourceId)
{
    for (const ResourceAccess &r : a.resources) {
        if (r.resource.id == resourceId)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST(EffectiveAccess, AUserHoldsWhatAnyOfTheirGroupsGrantsWithEverySource)
{
    const EffectiveAccess engine(smallAccount());
    const UserAccess alice = *engine.of(QStringLiteral("alice"));
    EXPECT_EQ(alice.privileges.keys(),
              (QStringList{QStringLiteral("createDatacenter"), QStringLiteral("createSnapshot")}));
    EXPECT_EQ(alice.privileges.value(QStringLiteral("createDatacenter")),
              (QStringList{QStringLiteral("ops"), QStringLiteral("dev")}));
    EXPECT_EQ(alice.privileges.value(QStringLiteral("createSnapshot")),
              QStringList{QStringLiteral("ops")});
    EXPECT_TRUE(engine.of(QStringLiteral("dave"))->privileges.isEmpty());
    EXPECT_FALSE(engine.of(QStringLiteral("nobody")).has_value());
}

TEST(EffectiveAccess, AnAdministratorHoldsAll25AndReachesEverythingWithEveryRight)
{
    const EffectiveAccess engine(smallAccount());
    const UserAccess carol = *engine.of(QStringLiteral("carol"));
    ASSERT_EQ(carol.privileges.size(), Privileges::all().size());
    for (const QStringList &sources : carol.privileges)
        EXPECT_EQ(sources, QStringList{EffectiveAccess::kAdministrator});
    ASSERT_EQ(carol.resources.size(), 3);
    const ResourceAccess *r1 = find(carol, QStringLiteral("r1"));
    ASSERT_NE(r1, nullptr);
    EXPECT_TRUE(r1->read && r1->edit && r1->share);
    EXPECT_EQ(r1->via, (QList<AccessPath>{{AccessPath::Kind::Administrator, {}, true, true}}));
    // Without active 2FA even an administrator is blocked from a protected resource.
    const ResourceAccess *r3 = find(carol, QStringLiteral("r3"));
    ASSERT_NE(r3, nullptr);
    EXPECT_TRUE(r3->blockedBy2fa);
    EXPECT_FALSE(r3->read || r3->edit || r3->share);
}

TEST(EffectiveAccess, EveryPathToAResourceIsListedAndTheRightsAreTheirUnion)
{
    const EffectiveAccess engine(smallAccount());
    const UserAccess alice = *engine.of(QStringLiteral("alice"));
    const ResourceAccess *r1 = find(alice, QStringLiteral("r1"));
    ASSERT_NE(r1, nullptr);
    EXPECT_EQ(r1->via,
              (QList<AccessPath>{{AccessPath::Kind::Group, QStringLiteral("ops"), true, false},
                                 {AccessPath::Kind::Group, QStringLiteral("dev"), false, true}}));
    EXPECT_TRUE(r1->read && r1->edit && r1->share) << "edit from ops, share from dev";
    EXPECT_EQ(find(alice, QStringLiteral("r2")), nullptr) << "no path to bob's resource";

    const UserAccess bob = *engine.of(QStringLiteral("bob"));
    const ResourceAccess *r2 = find(bob, QStringLiteral("r2"));
    ASSERT_NE(r2, nullptr);
    EXPECT_EQ(r2->via, (QList<AccessPath>{{AccessPath::Kind::Owner, {}, true, true}}));
    EXPECT_TRUE(r2->edit && r2->share);
    const ResourceAccess *bobR1 = find(bob, QStringLiteral("r1"));
    ASSERT_NE(bobR1, nullptr);
    EXPECT_TRUE(bobR1->read && bobR1->share);
    EXPECT_FALSE(bobR1->edit);
    EXPECT_TRUE(engine.of(QStringLiteral("dave"))->resources.isEmpty());
}

TEST(EffectiveAccess, A2faProtectedResourceIsBlockedForAUserWithout2faWhateverThePath)
{
    const EffectiveAccess engine(smallAccount());
    const UserAccess alice = *engine.of(QStringLiteral("alice"));
    const ResourceAccess *aliceR3 = find(alice, QStringLiteral("r3"));
    ASSERT_NE(aliceR3, nullptr);
    EXPECT_TRUE(aliceR3->blockedBy2fa);
    EXPECT_FALSE(aliceR3->read);
    EXPECT_EQ(aliceR3->via.size(), 1) << "the path is still shown";
    const UserAccess bob = *engine.of(QStringLiteral("bob"));
    const ResourceAccess *bobR3 = find(bob, QStringLiteral("r3"));
    ASSERT_NE(bobR3, nullptr);
    EXPECT_FALSE(bobR3->blockedBy2fa) << "bob has 2FA";
    EXPECT_TRUE(bobR3->read);
}

TEST(EffectiveAccess, WhoHoldsAPrivilegeAndThroughWhichGroup)
{
    const EffectiveAccess engine(smallAccount());
    const QList<PrivilegeHolder> holders = engine.holders(QStringLiteral("createDataCenter"));
    ASSERT_EQ(holders.size(), 3) << "the SDKs' spelling is read too";
    EXPECT_EQ(holders.at(0).user.id, QStringLiteral("alice"));
    EXPECT_EQ(holders.at(0).sources, (QStringList{QStringLiteral("ops"), QStringLiteral("dev")}));
    EXPECT_EQ(holders.at(1).user.id, QStringLiteral("bob"));
    EXPECT_EQ(holders.at(2).sources, QStringList{EffectiveAccess::kAdministrator});
    EXPECT_TRUE(engine.holders(QStringLiteral("notAPrivilege")).isEmpty());
}
