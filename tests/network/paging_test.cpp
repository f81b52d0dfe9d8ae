// All users: every user once, in order, for 0, 1, 100, 101 and 2,537 users, with several pages
// in flight at once.
#include "budgets.h"
#include "callwaiter.h"
#include "clientharness.h"
#include "network/userservice.h"

#include <QSet>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class AllUsers : public ::testing::TestWithParam<int>
{};

} // namespace

TEST_P(AllUsers, EveryUserOnceInOrder)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.users = GetParam();
    o.latencyMs = 20;
    ClientHarness h(o);
    CallWaiter<QList<User>> users;
    ApiCall *call = UserService(h.client()).all(nullptr, users.callback());
    QSignalSpy progress(call, &ApiCall::progressed);
    ASSERT_TRUE(users.wait(budget::kServerMs));
    ASSERT_TRUE(users.ok()) << users.error().message.toStdString();
    QStringList ids;
    for (const User &u : users.value())
        ids << u.id;
    EXPECT_EQ(ids, h.state().userOrder());
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), GetParam());
    EXPECT_GE(progress.count(), 1);
    for (const auto &r : h.server().requestLog())
        EXPECT_TRUE(r.query.contains(QStringLiteral("limit=100")));
    if (GetParam() > 200) {
        EXPECT_GT(h.server().maxInFlightSeen(), 1) << "pages are fetched ahead";
    }
}

INSTANTIATE_TEST_SUITE_P(Sizes, AllUsers, ::testing::Values(0, 1, 100, 101, 2537));

TEST(AllUsersLoad, AFailingPageFailsTheLoadOnce)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.users = 450;
    ClientHarness h(o);
    h.reconfigure([](ConnectionSettings &s) { s.retry.maxAttempts = 1; });
    h.server().injectFaults({sandbox::Fault::None, sandbox::Fault::ServerError});
    CallWaiter<QList<User>> users;
    UserService(h.client()).all(nullptr, users.callback());
    ASSERT_TRUE(users.wait());
    EXPECT_EQ(users.error().httpStatus, 500);
    QTest::qWait(100);
    EXPECT_EQ(users.calls(), 1);
    EXPECT_EQ(h.client().inFlightCount(), 0) << "the other pages were cancelled";
}

// A page is read after its answer is in; the next page is on its way meanwhile, so that reading
// never holds up the chain.
TEST(AllUsersLoad, TheNextPageGoesOutWhileAPageIsRead)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.users = 450;
    ClientHarness h(o);
    h.reconfigure([](ConnectionSettings &s) { s.maxConcurrency = 1; });
    QList<int> inFlightWhileRead;
    CallWaiter<QList<User>> users;
    UserService(h.client()).all(nullptr, users.callback(), [&](const QList<User> &) {
        inFlightWhileRead << h.client().inFlightCount();
    });
    ASSERT_TRUE(users.wait());
    ASSERT_TRUE(users.ok()) << users.error().message.toStdString();
    EXPECT_EQ(users.value().size(), 450);
    ASSERT_EQ(inFlightWhileRead.size(), 5);
    for (int page = 0; page < 4; ++page)
        EXPECT_EQ(inFlightWhileRead.at(page), 1) << "page " << page;
    EXPECT_LE(h.server().maxInFlightSeen(), 1) << "one at a time, as configured";
}
