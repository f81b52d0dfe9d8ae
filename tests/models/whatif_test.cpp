// What-if: the difference in effective access a staged change would make, from the facts alone.
#include "models/access/whatif.h"

#include "accesssamples.h"

#include <gtest/gtest.h>

using namespace ionos;

namespace {

// The small account with everyone's 2FA active and nothing 2FA-protected, and without dave.
AccessFacts sample()
{
    AccessFacts f = smallAccount();
    f.users.removeLast();
    for (User &u : f.users)
        u.secAuthActive = true;
    f.resources.last().secAuthProtection = false;
    return f;
}

QStringList ids(const QList<User> &users)
{
    QStringList out;
    for (const User &u : users)
        out << u.id;
    return out;
}

const AccessDifference::OnResource *on(const AccessDifference &d, const QString &resourceId)
{
    for (const AccessDifference::OnResource &r : d.resources) {
        if (r.resource.id == resourceId)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST(WhatIf, APrivilegeGrantedOrTakenIsGainedOrLostByThoseWithoutAnotherSource)
{
    GroupPrivileges changed;
    changed.set(QStringLiteral("createDatacenter"), true);
    changed.set(QStringLiteral("createK8sCluster"), true); // added; createSnapshot taken
    const AccessDifference d =
        WhatIf(sample()).setPrivileges(QStringLiteral("ops"), changed).difference();
    ASSERT_EQ(d.privileges.size(), 2);
    EXPECT_EQ(d.privileges.at(0).key, QStringLiteral("createSnapshot"));
    EXPECT_EQ(ids(d.privileges.at(0).lose), QStringList{QStringLiteral("alice")});
    EXPECT_EQ(d.privileges.at(1).key, QStringLiteral("createK8sCluster"));
    EXPECT_EQ(ids(d.privileges.at(1).gain), QStringList{QStringLiteral("alice")});
    EXPECT_TRUE(d.resources.isEmpty());
    EXPECT_EQ(d.lines().size(), 2);
    EXPECT_TRUE(d.lines().first().startsWith(QStringLiteral("1 user")));
    EXPECT_TRUE(d.lines().first().contains(QStringLiteral("Create Snapshots")));
}

TEST(WhatIf, AMemberRemovedLosesWhatOnlyThatGroupGaveAndKeepsWhatTheyOwn)
{
    const AccessDifference d =
        WhatIf(sample()).removeMembers(QStringLiteral("dev"), {QStringLiteral("bob")}).difference();
    ASSERT_EQ(d.privileges.size(), 1);
    EXPECT_EQ(ids(d.privileges.first().lose), QStringList{QStringLiteral("bob")});
    ASSERT_NE(on(d, QStringLiteral("r1")), nullptr);
    EXPECT_EQ(ids(on(d, QStringLiteral("r1"))->loseAll), QStringList{QStringLiteral("bob")});
    ASSERT_NE(on(d, QStringLiteral("r3")), nullptr);
    EXPECT_EQ(on(d, QStringLiteral("r2")), nullptr) << "bob owns it";
    EXPECT_TRUE(d.lines().join(QLatin1Char('\n')).contains(QStringLiteral("all access to r1")));
}

TEST(WhatIf, SharesChangedOrRemovedChangeTheRightsOfTheGroupsMembers)
{
    const AccessDifference removed =
        WhatIf(sample()).removeShares(QStringLiteral("ops"), {QStringLiteral("r1")}).difference();
    ASSERT_NE(on(removed, QStringLiteral("r1")), nullptr);
    EXPECT_EQ(ids(on(removed, QStringLiteral("r1"))->loseEdit),
              QStringList{QStringLiteral("alice")});
    EXPECT_TRUE(on(removed, QStringLiteral("r1"))->loseAll.isEmpty()) << "dev still shares it";

    const AccessDifference reflagged =
        WhatIf(sample())
            .putShare(QStringLiteral("dev"), {QStringLiteral("r1"), true, true})
            .difference();
    ASSERT_NE(on(reflagged, QStringLiteral("r1")), nullptr);
    EXPECT_EQ(ids(on(reflagged, QStringLiteral("r1"))->gainEdit),
              QStringList{QStringLiteral("bob")})
        << "alice had edit through ops already";

    const AccessDifference added =
        WhatIf(sample()).addMembers(QStringLiteral("ops"), {QStringLiteral("bob")}).difference();
    ASSERT_EQ(added.privileges.size(), 1);
    EXPECT_EQ(added.privileges.first().key, QStringLiteral("createSnapshot"));
    EXPECT_EQ(ids(added.privileges.first().gain), QStringList{QStringLiteral("bob")});
    EXPECT_EQ(ids(on(added, QStringLiteral("r1"))->gainEdit), QStringList{QStringLiteral("bob")});
}

TEST(WhatIf, DeletingAUserOrAGroupSaysWhatIsLost)
{
    const AccessDifference user =
        WhatIf(sample()).deleteUsers({QStringLiteral("carol")}).difference();
    EXPECT_EQ(user.privileges.size(), 25);
    EXPECT_EQ(user.resources.size(), 3);
    for (const AccessDifference::OnResource &r : user.resources)
        EXPECT_EQ(ids(r.loseAll), QStringList{QStringLiteral("carol")});

    const AccessDifference group =
        WhatIf(sample()).deleteGroups({QStringLiteral("dev")}).difference();
    ASSERT_EQ(group.privileges.size(), 1);
    EXPECT_EQ(ids(group.privileges.first().lose), QStringList{QStringLiteral("bob")})
        << "alice keeps Create Data Center through ops";
    EXPECT_EQ(ids(on(group, QStringLiteral("r1"))->loseShare),
              QStringList{QStringLiteral("alice")});
    EXPECT_EQ(ids(on(group, QStringLiteral("r1"))->loseAll), QStringList{QStringLiteral("bob")});
    EXPECT_EQ(ids(on(group, QStringLiteral("r3"))->loseAll),
              (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));

    EXPECT_TRUE(WhatIf(sample()).difference().isEmpty()) << "nothing staged, nothing changes";
}

TEST(WhatIf, AUserOrGroupMadeAgainGainsWhatItsMembershipsGive)
{
    // dave made again and put in ops; a new group "qa" made with createBackupUnit, bob in it.
    User dave = sampleUser(QStringLiteral("dave"), false, true);
    const Group qa = sampleGroup(QStringLiteral("qa"), {QStringLiteral("createBackupUnit")});
    const AccessDifference d = WhatIf(sample())
                                   .createUser(dave)
                                   .addMembers(QStringLiteral("ops"), {QStringLiteral("dave")})
                                   .createGroup(qa)
                                   .addMembers(QStringLiteral("qa"), {QStringLiteral("bob")})
                                   .difference();
    QMap<QString, QStringList> gained;
    for (const AccessDifference::Privilege &p : d.privileges) {
        EXPECT_TRUE(p.lose.isEmpty()) << p.key.toStdString();
        gained.insert(p.key, ids(p.gain));
    }
    EXPECT_EQ(gained.value(QStringLiteral("createDatacenter")),
              QStringList{QStringLiteral("dave")});
    EXPECT_EQ(gained.value(QStringLiteral("createSnapshot")), QStringList{QStringLiteral("dave")});
    EXPECT_EQ(gained.value(QStringLiteral("createBackupUnit")), QStringList{QStringLiteral("bob")});
    EXPECT_EQ(gained.size(), 3);
    ASSERT_NE(on(d, QStringLiteral("r1")), nullptr) << "dave reaches what ops shares";
    EXPECT_EQ(ids(on(d, QStringLiteral("r1"))->gainEdit), QStringList{QStringLiteral("dave")});
}
