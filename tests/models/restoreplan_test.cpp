// The restore plan: the writes that put chosen changes back, worked out against the account
// now. Applied (here, to a copy of the state, as the API would), the diff against the snapshot
// is empty but for what only the window can restore; made again after an interrupted restore,
// it holds only what is still missing.
#include "models/snapshot/restoreplan.h"
#include "snapshotsample.h"

#include <gtest/gtest.h>

using namespace ionos;

namespace {

using Kind = RestoreStep::Kind;

// The account after the plan's writes, as the API would make them. A group or user created
// again gets `newId` from the map, or keeps its id.
AccountSnapshot applied(AccountSnapshot now, const QList<RestoreStep> &steps,
                        const QHash<QString, QString> &newId = {})
{
    auto id = [&](const QString &old) { return newId.value(old, old); };
    auto user = [&](const QString &userId) -> User * {
        for (User &u : now.account.users) {
            if (u.id == id(userId))
                return &u;
        }
        return nullptr;
    };
    auto group = [&](const QString &groupId) -> Group * {
        for (Group &g : now.account.groups) {
            if (g.id == id(groupId))
                return &g;
        }
        return nullptr;
    };
    for (const RestoreStep &s : steps) {
        switch (s.kind) {
        case Kind::CreateGroup: {
            Group g = s.groupDraft;
            g.id = id(s.group);
            now.account.groups << g;
            break;
        }
        case Kind::UpdateGroup:
            if (s.groupChange.name)
                group(s.group)->name = *s.groupChange.name;
            for (auto it = s.groupChange.privileges.begin(); it != s.groupChange.privileges.end();
                 ++it)
                group(s.group)->privileges.set(it.key(), it.value());
            break;
        case Kind::UpdateUser:
        case Kind::CreateUser: {
            if (s.kind == Kind::CreateUser) {
                User u;
                u.id = id(s.user);
                now.account.users << u;
            }
            s.userDraft.applyTo(*user(s.user));
            break;
        }
        case Kind::AddMember:
            now.account.members[id(s.group)] << id(s.user);
            break;
        case Kind::RemoveMember:
            now.account.members[id(s.group)].removeAll(id(s.user));
            break;
        case Kind::PutShare: {
            QList<GroupShare> &shares = now.account.shares[id(s.group)];
            shares.removeIf(
                [&](const GroupShare &x) { return x.resourceId == s.share.resourceId; });
            shares << s.share;
            break;
        }
        case Kind::RemoveShare:
            now.account.shares[id(s.group)].removeIf(
                [&](const GroupShare &x) { return x.resourceId == s.share.resourceId; });
            break;
        case Kind::UpdateAdmin:
            for (Admin &a : now.admins[s.contract]) {
                if (a.id == s.admin) {
                    a.firstName = s.adminDraft.firstName;
                    a.lastName = s.adminDraft.lastName;
                    a.email = s.adminDraft.email;
                }
            }
            break;
        case Kind::DeleteUser:
            now.account.users.removeIf([&](const User &u) { return u.id == s.user; });
            for (QStringList &members : now.account.members)
                members.removeAll(s.user);
            break;
        case Kind::DeleteGroup:
            now.account.groups.removeIf([&](const Group &g) { return g.id == s.group; });
            now.account.members.remove(s.group);
            now.account.shares.remove(s.group);
            break;
        case Kind::CannotRestore:
            break;
        }
    }
    return now;
}

// Since the snapshot: a privilege, a user's e-mail, active flag and 2FA, a share's rights, a user
// and a group deleted, a user created and put in a group, an admin renamed.
AccountSnapshot changedSince()
{
    AccountSnapshot now = sampleSnapshot();
    now.account.groups[1].privileges.set(QStringLiteral("reserveIp"), true); // g-dev
    User &ana = now.account.users[1];
    ana.email = QStringLiteral("ana@new.example.com");
    ana.active = false;
    ana.secAuthActive = false;
    now.account.users.removeAt(2); // u-cy
    for (QStringList &m : now.account.members)
        m.removeAll(QStringLiteral("u-cy"));
    now.account.users << sampleUser(QStringLiteral("u-dee"));
    now.account.members[QStringLiteral("g-dev")] << QStringLiteral("u-dee");
    now.account.groups.removeAt(0); // g-ops, with its members and shares
    now.account.members.remove(QStringLiteral("g-ops"));
    now.account.shares.remove(QStringLiteral("g-ops"));
    now.account.shares.insert(QStringLiteral("g-dev"),
                              {GroupShare{QStringLiteral("r-1"), true, true}});
    now.admins[2][0].lastName = QStringLiteral("Changed");
    return now;
}

QStringList kinds(const QList<RestoreStep> &steps)
{
    QStringList out;
    for (const RestoreStep &s : steps)
        out << QString::number(int(s.kind)) + QLatin1Char(' ') + s.group + QLatin1Char(' ') +
                   s.user + QLatin1Char(' ') + s.share.resourceId;
    return out;
}

TEST(RestorePlan, PutsEveryChosenChangeBackAndTheDiffIsEmptyAfter)
{
    const AccountSnapshot target = sampleSnapshot();
    const AccountSnapshot now = changedSince();
    RestorePlan::Options options;
    options.createUsers = true;
    options.deleteExtra = true;
    const QList<RestoreStep> steps =
        RestorePlan::of(target, now, SnapshotDiff::between(target, now), options);
    ASSERT_FALSE(steps.isEmpty());
    // Created first; nothing it cannot do but turn ana's 2FA on again (only she can).
    EXPECT_EQ(steps.first().kind, Kind::CreateGroup);
    int cannot = 0;
    for (const RestoreStep &s : steps) {
        if (s.kind == Kind::CannotRestore) {
            ++cannot;
            EXPECT_TRUE(s.why.contains(QStringLiteral("2-factor"))) << s.why.toStdString();
        }
        EXPECT_FALSE(RestorePlan::describe(s, target, now).isEmpty());
    }
    EXPECT_EQ(cannot, 1);
    const AccountSnapshot after = applied(now, steps);
    QStringList left;
    for (const SnapshotChange &c : SnapshotDiff::between(target, after))
        left << c.toText();
    // Only the user created again differs in what no write sets: 2FA of ana.
    EXPECT_EQ(left,
              QStringList{QStringLiteral("changed user user=u-ana secAuthActive: true -> false")})
        << left.join(QLatin1Char('\n')).toStdString();
}

TEST(RestorePlan, KeepsWhatExistsOnlyNowUnlessAskedAndLeavesDeletedUsersToTheWindow)
{
    const AccountSnapshot target = sampleSnapshot();
    const AccountSnapshot now = changedSince();
    const QList<RestoreStep> steps =
        RestorePlan::of(target, now, SnapshotDiff::between(target, now), {});
    QSet<Kind> seen;
    QStringList whys;
    for (const RestoreStep &s : steps) {
        seen.insert(s.kind);
        if (s.kind == Kind::CannotRestore)
            whys << s.why;
    }
    EXPECT_FALSE(seen.contains(Kind::DeleteUser));
    EXPECT_FALSE(seen.contains(Kind::CreateUser));
    EXPECT_TRUE(seen.contains(Kind::RemoveMember)) << "u-dee's membership was added since";
    EXPECT_TRUE(std::any_of(whys.begin(), whys.end(), [](const QString &w) {
        return w.contains(QStringLiteral("u-cy@example.com")) &&
               w.contains(QStringLiteral("window"));
    })) << whys.join(QLatin1Char('\n')).toStdString();
    const AccountSnapshot after = applied(now, steps);
    QStringList left;
    for (const SnapshotChange &c : SnapshotDiff::between(target, after))
        left << c.toText();
    EXPECT_TRUE(left.contains(QStringLiteral("added user user=u-dee")));
    EXPECT_TRUE(left.contains(QStringLiteral("removed user user=u-cy")));
    EXPECT_TRUE(left.contains(QStringLiteral("removed member group=g-ops user=u-cy")));
    EXPECT_EQ(left.size(), 4) << left.join(QLatin1Char('\n')).toStdString();
}

TEST(RestorePlan, MadeAgainAfterAnInterruptedRestoreHoldsOnlyWhatIsStillMissing)
{
    const AccountSnapshot target = sampleSnapshot();
    const AccountSnapshot now = changedSince();
    RestorePlan::Options options;
    options.createUsers = true;
    const QList<RestoreStep> all =
        RestorePlan::of(target, now, SnapshotDiff::between(target, now), options);
    // The first half ran, the group created again under a new id, the user too.
    const QHash<QString, QString> newIds = {{QStringLiteral("g-ops"), QStringLiteral("g-ops-new")},
                                            {QStringLiteral("u-cy"), QStringLiteral("u-cy-new")}};
    const AccountSnapshot halfway = applied(now, all.mid(0, all.size() / 2), newIds);
    const QList<RestoreStep> rest =
        RestorePlan::of(target, halfway, SnapshotDiff::between(target, halfway), options);
    EXPECT_LT(rest.size(), all.size());
    for (const RestoreStep &s : rest) {
        EXPECT_NE(s.kind, Kind::CreateGroup) << "the group is there already";
        EXPECT_NE(s.kind, Kind::CreateUser) << "the user is there already";
    }
    const AccountSnapshot after = applied(halfway, rest, newIds);
    // Everything but the new ids and 2FA is as in the snapshot.
    const QList<RestoreStep> none =
        RestorePlan::of(target, after, SnapshotDiff::between(target, after), options);
    QStringList leftKinds = kinds(none);
    EXPECT_TRUE(std::all_of(none.begin(), none.end(), [](const RestoreStep &s) {
        return s.kind == Kind::CannotRestore;
    })) << leftKinds.join(QLatin1Char('\n')).toStdString();
}

} // namespace
