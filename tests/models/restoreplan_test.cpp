// The restore plan: the writes that put chosen changes back, worked out against the account
// now. Applied (here, to a copy of the state, as the API would), the diff against the snapshot
// is empty but for what only the window can restore; made again after an interrupted restore,
// it holds only what is still missing.
#include "models/overloaded.h"
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
    namespace step = restore;
    for (const RestoreStep &s : steps) {
        std::visit(
            Overloaded{
                [&](const step::CreateGroup &a) {
                    Group g = a.draft;
                    g.id = id(a.group);
                    now.account.groups << g;
                },
                [&](const step::UpdateGroup &a) {
                    if (a.change.name)
                        group(a.group)->name = *a.change.name;
                    for (auto it = a.change.privileges.begin(); it != a.change.privileges.end();
                         ++it)
                        group(a.group)->privileges.set(it.key(), it.value());
                },
                [&](const step::UpdateUser &a) { a.draft.applyTo(*user(a.user)); },
                [&](const step::CreateUser &a) {
                    User u;
                    u.id = id(a.user);
                    now.account.users << u;
                    a.draft.applyTo(*user(a.user));
                },
                [&](const step::AddMember &a) { now.account.members[id(a.group)] << id(a.user); },
                [&](const step::RemoveMember &a) {
                    now.account.members[id(a.group)].removeAll(id(a.user));
                },
                [&](const step::PutShare &a) {
                    QList<GroupShare> &shares = now.account.shares[id(a.group)];
                    shares.removeIf(
                        [&](const GroupShare &x) { return x.resourceId == a.share.resourceId; });
                    shares << a.share;
                },
                [&](const step::RemoveShare &a) {
                    now.account.shares[id(a.group)].removeIf(
                        [&](const GroupShare &x) { return x.resourceId == a.resource; });
                },
                [&](const step::UpdateAdmin &a) {
                    for (Admin &admin : now.admins[a.contract]) {
                        if (admin.id == a.admin) {
                            admin.firstName = a.draft.firstName;
                            admin.lastName = a.draft.lastName;
                            admin.email = a.draft.email;
                        }
                    }
                },
                [&](const step::SetKeyActive &a) {
                    for (ObjectStorageKey &k : now.account.keys[a.user]) {
                        if (k.id == a.key)
                            k.active = a.active;
                    }
                },
                [&](const step::DeleteUser &a) {
                    now.account.users.removeIf([&](const User &u) { return u.id == a.user; });
                    for (QStringList &members : now.account.members)
                        members.removeAll(a.user);
                },
                [&](const step::DeleteGroup &a) {
                    now.account.groups.removeIf([&](const Group &g) { return g.id == a.group; });
                    now.account.members.remove(a.group);
                    now.account.shares.remove(a.group);
                },
                [](const step::CannotRestore &) {},
            },
            s.action());
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
        out << QString::number(int(s.kind())) + QLatin1Char(' ') + s.group() + QLatin1Char(' ') +
                   s.user();
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
    EXPECT_EQ(steps.first().kind(), Kind::CreateGroup);
    int cannot = 0;
    for (const RestoreStep &s : steps) {
        if (const auto *cannotRestore = s.as<restore::CannotRestore>()) {
            ++cannot;
            EXPECT_TRUE(cannotRestore->why.contains(QStringLiteral("2-factor")))
                << cannotRestore->why.toStdString();
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

TEST(RestorePlan, PutsKeysActiveFlagsBackAndSaysWhyADeletedKeyCannotComeBack)
{
    const AccountSnapshot target = sampleSnapshot();
    AccountSnapshot now = target;
    QList<ObjectStorageKey> &ana = now.account.keys[QStringLiteral("u-ana")];
    ana[0].active = true; // k-ana-2 switched on since
    ana.removeAt(1);      // k-ana-1 deleted since
    const QList<RestoreStep> steps =
        RestorePlan::of(target, now, SnapshotDiff::between(target, now), {});
    ASSERT_EQ(steps.size(), 2);
    const auto *set = steps.at(0).as<restore::SetKeyActive>();
    ASSERT_NE(set, nullptr);
    EXPECT_EQ(*set,
              (restore::SetKeyActive{QStringLiteral("u-ana"), QStringLiteral("k-ana-2"), false}));
    EXPECT_TRUE(RestorePlan::describe(steps.at(0), target, now).contains(u"k-ana-2"));
    const auto *cannot = steps.at(1).as<restore::CannotRestore>();
    ASSERT_NE(cannot, nullptr);
    EXPECT_TRUE(cannot->why.contains(u"k-ana-1") &&
                cannot->why.contains(u"cannot be created again"))
        << cannot->why.toStdString();
    QStringList left;
    for (const SnapshotChange &c : SnapshotDiff::between(target, applied(now, steps)))
        left << c.toText();
    EXPECT_EQ(left, QStringList{QStringLiteral("removed key user=u-ana key=k-ana-1")});

    // An undo of a bulk change of keys puts back what it touched alone.
    UndoScope scope;
    scope.keys.insert(UndoScope::pair(QStringLiteral("u-ana"), QStringLiteral("k-ana-2")));
    QList<SnapshotChange> within;
    for (const SnapshotChange &c : SnapshotDiff::between(target, now)) {
        if (c.isWithin(scope))
            within << c;
    }
    ASSERT_EQ(within.size(), 1);
    EXPECT_EQ(within.first().key, QStringLiteral("k-ana-2"));
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
        seen.insert(s.kind());
        if (const auto *cannotRestore = s.as<restore::CannotRestore>())
            whys << cannotRestore->why;
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
        EXPECT_NE(s.kind(), Kind::CreateGroup) << "the group is there already";
        EXPECT_NE(s.kind(), Kind::CreateUser) << "the user is there already";
    }
    const AccountSnapshot after = applied(halfway, rest, newIds);
    // Everything but the new ids and 2FA is as in the snapshot.
    const QList<RestoreStep> none =
        RestorePlan::of(target, after, SnapshotDiff::between(target, after), options);
    QStringList leftKinds = kinds(none);
    EXPECT_TRUE(std::all_of(none.begin(), none.end(), [](const RestoreStep &s) {
        return s.kind() == Kind::CannotRestore;
    })) << leftKinds.join(QLatin1Char('\n')).toStdString();
}

} // namespace
