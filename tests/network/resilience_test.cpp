// The scheduler on the sandbox's bad days: 429, 503, exhausted retries, dropped connections,
// HTML and truncated answers, concurrency caps and slowing down near the rate limit.
#include "budgets.h"
#include "callwaiter.h"
#include "clientharness.h"
#include "network/groupservice.h"
#include "network/userservice.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace ionos;
using sandbox::Fault;

namespace {

int countRequests(sandbox::SandboxServer &server, const QByteArray &method, const QString &pathPart)
{
    int n = 0;
    for (const auto &r : server.requestLog())
        n += r.method == method && r.path.contains(pathPart);
    return n;
}

QString createGroupName()
{
    return QStringLiteral("Resilience");
}

} // namespace

TEST(Resilience, WaitsOutA429AndSucceeds)
{
    ClientHarness h;
    h.server().injectFaults({Fault::RateLimited});
    QElapsedTimer clock;
    clock.start();
    CallWaiter<QList<Group>> groups;
    GroupService(h.client()).all(nullptr, groups.callback());
    ASSERT_TRUE(groups.wait());
    EXPECT_TRUE(groups.ok()) << groups.error().message.toStdString();
    EXPECT_EQ(countRequests(h.server(), "GET", QStringLiteral("/um/groups")), 2);
    EXPECT_GE(clock.elapsed(), 950) << "the full Retry-After of one second was waited";
}

TEST(Resilience, RetriesA503AndSucceeds)
{
    ClientHarness h;
    h.server().injectFaults({Fault::Unavailable, Fault::ServerError});
    CallWaiter<QList<Group>> groups;
    GroupService(h.client()).all(nullptr, groups.callback());
    ASSERT_TRUE(groups.wait());
    EXPECT_FALSE(groups.ok()) << "a 500 is not retried: the server may have done the work";
    EXPECT_EQ(groups.error().httpStatus, 500);
    EXPECT_EQ(countRequests(h.server(), "GET", QStringLiteral("/um/groups")), 2);

    h.server().injectFaults({Fault::Unavailable, Fault::BadGatewayHtml});
    CallWaiter<QList<Group>> again;
    GroupService(h.client()).all(nullptr, again.callback());
    ASSERT_TRUE(again.wait());
    EXPECT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(countRequests(h.server(), "GET", QStringLiteral("/um/groups")), 5);
}

TEST(Resilience, RetriesAreBoundedAndTheLastErrorIsReported)
{
    ClientHarness h;
    h.reconfigure([](ConnectionSettings &s) { s.retry.maxAttempts = 3; });
    h.server().injectFaults(
        {Fault::Unavailable, Fault::Unavailable, Fault::Unavailable, Fault::Unavailable});
    CallWaiter<QList<Group>> groups;
    GroupService(h.client()).all(nullptr, groups.callback());
    ASSERT_TRUE(groups.wait());
    ASSERT_FALSE(groups.ok());
    EXPECT_EQ(groups.error().kind, ApiError::Kind::Http);
    EXPECT_EQ(groups.error().httpStatus, 503);
    EXPECT_FALSE(groups.error().serverMessage.isEmpty()) << "the server's words";
    EXPECT_EQ(countRequests(h.server(), "GET", QStringLiteral("/um/groups")), 3);
}

TEST(Resilience, APostIsNotRepeatedAfterADroppedConnection)
{
    ClientHarness h;
    h.server().injectFaults({Fault::DroppedConnection});
    const qsizetype before = h.state().groupOrder().size();
    CallWaiter<Group> created;
    GroupService(h.client())
        .create(createGroupName(), GroupPrivileges(), nullptr, created.callback());
    ASSERT_TRUE(created.wait());
    EXPECT_FALSE(created.ok());
    EXPECT_EQ(created.error().kind, ApiError::Kind::Network);
    EXPECT_EQ(countRequests(h.server(), "POST", QStringLiteral("/um/groups")), 1);
    QTest::qWait(100);
    EXPECT_EQ(h.state().groupOrder().size(), before + 1) << "the server had taken it; no duplicate";
}

TEST(Resilience, AGetIsRepeatedAfterADroppedConnection)
{
    ClientHarness h;
    h.server().injectFaults({Fault::DroppedConnection, Fault::TruncatedBody});
    CallWaiter<QList<Group>> groups;
    GroupService(h.client()).all(nullptr, groups.callback());
    ASSERT_TRUE(groups.wait());
    EXPECT_FALSE(groups.ok()) << "a truncated 200 is a parse error, not a transport failure";
    EXPECT_EQ(groups.error().kind, ApiError::Kind::Parse);
    EXPECT_EQ(countRequests(h.server(), "GET", QStringLiteral("/um/groups")), 2);
}

TEST(Resilience, AnHtml502IsAClearErrorWithoutTheHtml)
{
    ClientHarness h;
    h.reconfigure([](ConnectionSettings &s) { s.retry.maxAttempts = 1; });
    h.server().injectFaults({Fault::BadGatewayHtml});
    CallWaiter<QList<User>> users;
    UserService(h.client()).all(nullptr, users.callback());
    ASSERT_TRUE(users.wait());
    EXPECT_EQ(users.error().kind, ApiError::Kind::Http);
    EXPECT_EQ(users.error().httpStatus, 502);
    EXPECT_FALSE(users.error().message.contains(QStringLiteral("<")));
    EXPECT_TRUE(users.error().serverMessage.isEmpty());
}

TEST(Resilience, MalformedAndTruncatedJsonAreParseErrors)
{
    ClientHarness h;
    h.server().injectFaults({Fault::TruncatedBody});
    CallWaiter<User> user;
    UserService(h.client()).get(h.state().userOrder().first(), nullptr, user.callback());
    ASSERT_TRUE(user.wait());
    EXPECT_EQ(user.error().kind, ApiError::Kind::Parse);
    EXPECT_TRUE(user.error().details.contains(QStringLiteral("127.0.0.1")))
        << user.error().details.toStdString();
    EXPECT_FALSE(user.error().message.contains(QStringLiteral("127.0.0.1")))
        << "the host only behind Details";
}

TEST(Resilience, NeverMoreInFlightThanTheCap)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.users = 900;
    o.latencyMs = 40;
    ClientHarness h(o);
    h.reconfigure([](ConnectionSettings &s) { s.maxConcurrency = 2; });
    CallWaiter<QList<User>> users;
    UserService(h.client()).all(nullptr, users.callback());
    ASSERT_TRUE(users.wait());
    ASSERT_TRUE(users.ok());
    EXPECT_EQ(h.server().maxInFlightSeen(), 2);
}

TEST(Resilience, NeverMoreInFlightThanTheServersBurstOnceSeen)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.users = 1500;
    o.burst = 3;
    o.latencyMs = 40;
    ClientHarness h(o);
    CallWaiter<QList<User>> first;
    UserService(h.client()).get(h.state().userOrder().first(), nullptr, [&](const Result<User> &) {
    });
    QTest::qWait(200);
    h.server().clearRequestLog();
    UserService(h.client()).all(nullptr, first.callback());
    ASSERT_TRUE(first.wait());
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first.value().size(), 1500);
    EXPECT_LE(h.server().maxInFlightSeen(), 3);
    EXPECT_EQ(h.client().allowedConcurrency(ApiRequest::Api::Cloud), 3);
}

TEST(Resilience, SlowsDownAsTheRemainingRequestsNearZero)
{
    ClientHarness h(SandboxHarness::pacedOptions());
    ASSERT_TRUE(h.useUpRateBudget(3));
    h.server().clearRequestLog();
    // A load in the background: paced to the refill rate, leaving a reserve for people.
    constexpr int kLoad = 8;
    int done = 0;
    {
        ApiClient::PriorityScope background(RequestPriority::Background);
        for (int i = 0; i < kLoad; ++i)
            GroupService(h.client())
                .get(h.state().groupOrder().first(), nullptr,
                     [&](const Result<Group> &r) { done += r.ok(); });
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return done == kLoad; }, budget::kServerMs));
    const auto &log = h.server().requestLog();
    ASSERT_EQ(log.size(), kLoad) << "no request was refused with 429";
    // At most the few requests the budget still had went at once; the rest came at the refill
    // rate (200 ms each), with some leeway for timers.
    EXPECT_GE(log.last().receivedMs - log.first().receivedMs, (kLoad - 4) * 180);
}

TEST(Resilience, AnEmptyBodyIsAParseError)
{
    ClientHarness h;
    h.server().injectFaults({Fault::EmptyBody});
    CallWaiter<QList<Group>> groups;
    GroupService(h.client()).all(nullptr, groups.callback());
    ASSERT_TRUE(groups.wait());
    EXPECT_EQ(groups.error().kind, ApiError::Kind::Parse);
    EXPECT_FALSE(groups.error().message.isEmpty());
}
