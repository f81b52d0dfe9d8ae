// A bulk change while the server is under pressure: a tenth of all requests answered 500 or
// 503, storms of 429 with Retry-After, and a cancel half-way. Every member ends up added exactly
// once, and the per-item report says what the group shows.
#include "budgets.h"
#include "clientharness.h"
#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/bulkresult.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/membershipcontroller.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class BulkUnderPressure : public ::testing::Test
{
protected:
    static sandbox::SandboxOptions options()
    {
        sandbox::SandboxOptions o = SandboxHarness::testOptions();
        o.users = 240;
        o.groups = 2;
        o.requestDoneMs = 20;
        o.failRate = 0.1;
        return o;
    }

    QList<User> nonMembers(const QString &groupId, int count) const
    {
        QList<User> users;
        for (const QString &id : h.state().userOrder()) {
            if (users.size() == count)
                break;
            if (h.state().isMember(groupId, id))
                continue;
            User u;
            u.id = id;
            u.email = h.state().user(id)->email;
            users << u;
        }
        return users;
    }

    // 429 storms: the first requests, and again later, answered "rate limit used up".
    void storm(int requests)
    {
        h.server().injectFaults(QList<sandbox::Fault>(requests, sandbox::Fault::RateLimited));
    }

    ClientHarness h{options()};
    AccountState state;
    GroupsModel groups{state};
    ActivityModel activity;
    // Who the members are: nobody by name here (no users are loaded), the ids are enough.
    MembershipController membership{h.client(), state, activity};
};

} // namespace

TEST_F(BulkUnderPressure, TwoHundredMembersAreAddedExactlyOnceWithAReportPerItem)
{
    const QString groupId = h.state().groupOrder().first();
    const int before = int(h.state().membersOf(groupId).size());
    const QList<User> users = nonMembers(groupId, 200);
    ASSERT_EQ(users.size(), 200);
    QSignalSpy finished(&membership, &MembershipController::bulkFinished);
    QSignalSpy progress(&membership, &MembershipController::bulkProgress);
    storm(12);
    membership.add(groupId, users);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !progress.isEmpty() && progress.last().at(0).toInt() >= 100; },
                        budget::kServerMs));
    storm(12); // and once more half-way
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, budget::kServerMs));

    const auto results = finished.last().at(0).value<QList<ItemResult>>();
    ASSERT_EQ(results.size(), 200);
    auto postsFor = [&](const QString &userId) {
        int n = 0;
        for (const auto &r : h.server().requestLog())
            n += r.method == "POST" && r.body.contains(userId.toUtf8());
        return n;
    };
    for (int i = 0; i < users.size(); ++i) {
        // Named as a person recognises them: by name and e-mail, by e-mail when nameless.
        const QString name = users.at(i).displayName();
        EXPECT_EQ(results.at(i).target,
                  name.isEmpty() ? users.at(i).email
                                 : QStringLiteral("%1 <%2>").arg(name, users.at(i).email));
        EXPECT_TRUE(results.at(i).ok)
            << users.at(i).email.toStdString() << ": " << results.at(i).message.toStdString()
            << " (sent " << postsFor(users.at(i).id) << " times)";
        EXPECT_TRUE(h.state().isMember(groupId, users.at(i).id)) << users.at(i).email.toStdString();
    }
    EXPECT_EQ(h.state().membersOf(groupId).size(), before + 200) << "each added exactly once";
    EXPECT_EQ(progress.last().at(0).toInt(), 200);

    // The pressure was real: some adds were sent more than once, some answers refused.
    int posts = 0;
    for (const auto &r : h.server().requestLog())
        posts += r.method == "POST";
    EXPECT_GT(posts, 200) << "some adds had to be sent again";
}

TEST_F(BulkUnderPressure, CancellingHalfWayLeavesWhatTheReportDescribes)
{
    const QString groupId = h.state().groupOrder().last();
    const QList<User> users = nonMembers(groupId, 200);
    ASSERT_EQ(users.size(), 200);
    h.reconfigure([](ConnectionSettings &s) { s.maxConcurrency = 4; });
    QSignalSpy finished(&membership, &MembershipController::bulkFinished);
    QSignalSpy progress(&membership, &MembershipController::bulkProgress);
    storm(6);
    membership.add(groupId, users);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !progress.isEmpty() && progress.last().at(0).toInt() >= 100; },
                        budget::kServerMs));
    membership.cancelBulk();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, budget::kServerMs));

    const auto results = finished.last().at(0).value<QList<ItemResult>>();
    ASSERT_EQ(results.size(), 200);
    int ok = 0;
    int cancelled = 0;
    for (int i = 0; i < users.size(); ++i) {
        const ItemResult &r = results.at(i);
        EXPECT_EQ(r.ok, h.state().isMember(groupId, users.at(i).id))
            << users.at(i).email.toStdString() << ": " << r.message.toStdString();
        ok += r.ok;
        cancelled += r.cancelled;
        if (r.cancelled) {
            EXPECT_TRUE(r.message.contains(QStringLiteral("nothing was changed")))
                << r.message.toStdString();
        }
    }
    EXPECT_GE(ok, 100);
    EXPECT_GT(cancelled, 0) << "the cancel came before the end";
    EXPECT_EQ(ok + cancelled +
                  int(std::count_if(results.begin(), results.end(),
                                    [](const ItemResult &r) { return !r.ok && !r.cancelled; })),
              200);
    // Nothing is still on its way to the group after the report.
    QTest::qWait(300);
    for (int i = 0; i < users.size(); ++i)
        EXPECT_EQ(results.at(i).ok, h.state().isMember(groupId, users.at(i).id));
}
