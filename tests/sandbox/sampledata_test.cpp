// Rule 3j: seeded sample data of the requested sizes, realistic and repeatable.
#include "sandbox/sampledatagenerator.h"
#include "sandbox/sandboxstate.h"

#include <QSet>

#include <gtest/gtest.h>

namespace {

sandbox::SampleSizes sizes()
{
    return {300, 25, 10, 3, 4};
}

sandbox::SandboxState generate(quint32 seed, const sandbox::SampleSizes &s = sizes())
{
    sandbox::SandboxState state;
    sandbox::SampleDataGenerator(seed).fill(state, s);
    return state;
}

} // namespace

TEST(SampleData, SameSeedGivesTheSameData)
{
    const sandbox::SandboxState a = generate(7);
    const sandbox::SandboxState b = generate(7);
    ASSERT_EQ(a.userOrder(), b.userOrder());
    ASSERT_EQ(a.groupOrder(), b.groupOrder());
    ASSERT_EQ(a.resourceOrder(), b.resourceOrder());
    for (const QString &id : a.userOrder()) {
        EXPECT_EQ(a.user(id)->email, b.user(id)->email);
        EXPECT_EQ(a.user(id)->lastLogin, b.user(id)->lastLogin);
        EXPECT_EQ(a.user(id)->audit.created, b.user(id)->audit.created);
    }
    for (const QString &id : a.groupOrder()) {
        EXPECT_EQ(a.group(id)->privileges, b.group(id)->privileges);
        EXPECT_EQ(a.membersOf(id), b.membersOf(id));
    }
    EXPECT_EQ(a.admins(2).size(), b.admins(2).size());
    EXPECT_EQ(a.admins(2).first().email, b.admins(2).first().email);
}

TEST(SampleData, AnotherSeedGivesOtherData)
{
    EXPECT_NE(generate(1).userOrder(), generate(2).userOrder());
}

TEST(SampleData, SizesAreAsAsked)
{
    const sandbox::SandboxState s = generate(3);
    EXPECT_EQ(s.userOrder().size(), 300);
    EXPECT_EQ(s.groupOrder().size(), 25);
    EXPECT_EQ(s.resourceOrder().size(), 10 * sandbox::SandboxState::resourceTypes().size());
    EXPECT_EQ(s.contracts(), (QList<qint64>{1, 2, 3}));
    for (qint64 c : s.contracts())
        EXPECT_EQ(s.admins(c).size(), 4);
    const sandbox::SandboxState empty = generate(3, {0, 0, 0, 0, 0});
    EXPECT_TRUE(empty.userOrder().isEmpty());
    EXPECT_TRUE(empty.contracts().isEmpty());
}

TEST(SampleData, UsersAreVariedAndRealistic)
{
    const sandbox::SandboxState s = generate(11);
    QSet<QString> emails;
    int admins = 0, forced = 0, active2fa = 0, inactive = 0, neverLoggedIn = 0;
    QDateTime earliest, latest;
    for (const QString &id : s.userOrder()) {
        const sandbox::SbUser *u = s.user(id);
        EXPECT_FALSE(u->firstname.isEmpty());
        EXPECT_FALSE(u->lastname.isEmpty());
        emails.insert(u->email.toLower());
        admins += u->administrator;
        forced += u->forceSecAuth;
        active2fa += u->secAuthActive;
        inactive += !u->active;
        if (!u->lastLogin) {
            ++neverLoggedIn;
            continue;
        }
        if (!earliest.isValid() || *u->lastLogin < earliest)
            earliest = *u->lastLogin;
        if (!latest.isValid() || *u->lastLogin > latest)
            latest = *u->lastLogin;
    }
    EXPECT_EQ(emails.size(), 300) << "unique e-mails";
    EXPECT_GT(admins, 0);
    EXPECT_GT(forced, 0);
    EXPECT_GT(active2fa, 0);
    EXPECT_GT(inactive, 0);
    EXPECT_LT(admins, 60);
    EXPECT_GT(earliest.daysTo(latest), 300) << "last logins spread over a year";
    EXPECT_GT(neverLoggedIn, 0);
}

TEST(SampleData, GroupsResourcesMembershipsAndSharesAreMixed)
{
    const sandbox::SandboxState s = generate(5);
    QSet<int> grantCounts;
    int memberships = 0;
    int edit = 0, share = 0, readOnly = 0;
    for (const QString &id : s.groupOrder()) {
        int granted = 0;
        for (bool on : s.group(id)->privileges)
            granted += on;
        EXPECT_EQ(s.group(id)->privileges.size(), 25);
        grantCounts.insert(granted);
        memberships += s.membersOf(id).size();
        for (const sandbox::SbShare &sh : s.sharesOf(id)) {
            edit += sh.editPrivilege;
            share += sh.sharePrivilege;
            readOnly += !sh.editPrivilege && !sh.sharePrivilege;
        }
    }
    EXPECT_GT(grantCounts.size(), 4) << "varied privileges";
    EXPECT_GT(memberships, 25);
    EXPECT_GT(edit, 0);
    EXPECT_GT(share, 0);
    EXPECT_GT(readOnly, 0);

    QSet<QString> types;
    int owned = 0;
    for (const QString &id : s.resourceOrder()) {
        const sandbox::SbResource *r = s.resource(id);
        types.insert(r->type);
        owned += s.user(r->ownerId) != nullptr;
    }
    EXPECT_EQ(types.size(), 7);
    EXPECT_GT(owned, 40);
}
