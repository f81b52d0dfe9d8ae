// The scheduler's request classes: a request of a higher class is sent before every waiting
// request of a lower one, requests already sent are not called back, and within a class the
// first in goes first. Checked by the order in which the sandbox received the requests.
#include "budgets.h"
#include "callwaiter.h"
#include "clientharness.h"
#include "network/groupservice.h"
#include "network/requestscheduler.h"
#include "network/shareservice.h"
#include "network/userservice.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

// What each logged request was, by its path: the classes use different operations here.
QString kindOf(const QString &path, const QByteArray &method)
{
    if (method == "POST")
        return QStringLiteral("write");
    if (path.contains(QStringLiteral("/requests/")))
        return QStringLiteral("poll");
    static const QRegularExpression shares(QStringLiteral("/um/groups/([^/]+)/shares$"));
    static const QRegularExpression members(QStringLiteral("/um/groups/([^/]+)/users$"));
    static const QRegularExpression group(QStringLiteral("/um/groups/([^/]+)$"));
    if (const auto m = shares.match(path); m.hasMatch())
        return QStringLiteral("background ") + m.captured(1);
    if (const auto m = members.match(path); m.hasMatch())
        return QStringLiteral("first-screen ") + m.captured(1);
    if (const auto m = group.match(path); m.hasMatch())
        return QStringLiteral("visible ") + m.captured(1);
    return path;
}

} // namespace

TEST(RequestPriorities, AHigherClassGoesBeforeEveryWaitingRequestOfALowerOne)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.latencyMs = 30;
    ClientHarness h(o);
    h.reconfigure([](ConnectionSettings &s) { s.maxConcurrency = 1; });
    const QStringList groups = h.state().groupOrder();
    ASSERT_GE(groups.size(), 3);
    h.server().clearRequestLog();

    int answered = 0;
    auto count = [&answered](const auto &r) { answered += r.ok(); };
    {
        ApiClient::PriorityScope background(RequestPriority::Background);
        for (int i = 0; i < 3; ++i)
            GroupShareService(h.client())
                .shares(groups.at(i), nullptr,
                        [&](const Result<QList<GroupShare>> &r) { count(r); });
    }
    {
        ApiClient::PriorityScope firstScreen(RequestPriority::FirstScreen);
        for (int i = 0; i < 2; ++i)
            GroupMemberService(h.client())
                .members(groups.at(i), nullptr, [&](const Result<QList<User>> &r) { count(r); });
    }
    GroupService(h.client()).get(groups.at(0), nullptr, [&](const Result<Group> &r) { count(r); });
    UserDraft draft;
    draft.firstname = QStringLiteral("Pri");
    draft.lastname = QStringLiteral("Ority");
    draft.email = QStringLiteral("pri.ority@example.com");
    draft.password = QStringLiteral("Priority-2026!");
    UserService(h.client()).create(draft, nullptr, [&](const Result<User> &r) { count(r); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered == 7; }, budget::kServerMs));

    QStringList order;
    for (const auto &logged : h.server().requestLog()) {
        const QString kind = kindOf(logged.path, logged.method);
        if (kind != QStringLiteral("poll"))
            order << kind;
    }
    // The first request left at once and was not called back; then the write, what the person
    // looks at, the first screen and the rest of the background, each class in its own order.
    EXPECT_EQ(order, (QStringList{
                         QStringLiteral("background ") + groups.at(0),
                         QStringLiteral("write"),
                         QStringLiteral("visible ") + groups.at(0),
                         QStringLiteral("first-screen ") + groups.at(0),
                         QStringLiteral("first-screen ") + groups.at(1),
                         QStringLiteral("background ") + groups.at(1),
                         QStringLiteral("background ") + groups.at(2),
                     }));
    EXPECT_EQ(h.server().maxInFlightSeen(), 1);
}

TEST(RequestPriorities, TheStatusPollsOfAWriteGoBeforeTheLoads)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.latencyMs = 20;
    o.requestDoneMs = 150; // the change runs a while: the client polls
    ClientHarness h(o);
    h.reconfigure([](ConnectionSettings &s) { s.maxConcurrency = 1; });
    const QStringList groups = h.state().groupOrder();
    UserDraft draft;
    draft.firstname = QStringLiteral("Poll");
    draft.lastname = QStringLiteral("First");
    draft.email = QStringLiteral("poll.first@example.com");
    draft.password = QStringLiteral("Poll-first-2026!");
    CallWaiter<User> created;
    UserService(h.client()).create(draft, nullptr, created.callback());
    // A long background load queued behind the write.
    int loaded = 0;
    {
        ApiClient::PriorityScope background(RequestPriority::Background);
        for (int round = 0; round < 4; ++round) {
            for (const QString &g : groups)
                GroupShareService(h.client())
                    .shares(g, nullptr, [&](const Result<QList<GroupShare>> &) { ++loaded; });
        }
    }
    const int queued = int(groups.size()) * 4;
    ASSERT_TRUE(created.wait(budget::kServerMs));
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    // The write was settled while most of the load still waited.
    EXPECT_LT(loaded, queued / 2) << "the polls waited behind the load";
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded == queued; }, budget::kServerMs));
}

TEST(RequestPriorities, ALoadLeavesPartOfTheRateBudgetToPeople)
{
    ClientHarness h(SandboxHarness::pacedOptions());
    ASSERT_TRUE(h.useUpRateBudget(3));
    // A background load paced to the refill rate keeps a reserve: once it runs at that pace, a
    // click goes at once instead of waiting for the budget to refill.
    int background = 0;
    constexpr int kLoad = 8;
    {
        ApiClient::PriorityScope scope(RequestPriority::Background);
        for (int i = 0; i < kLoad; ++i)
            GroupShareService(h.client())
                .shares(h.state().groupOrder().first(), nullptr,
                        [&](const Result<QList<GroupShare>> &r) { background += r.ok(); });
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return background >= 3; }, budget::kServerMs));
    CallWaiter<Group> click;
    const QPointer<ApiCall> clicked =
        GroupService(h.client()).get(h.state().groupOrder().first(), nullptr, click.callback());
    // Sent as it was asked for, not held until the budget refills behind the load.
    ASSERT_FALSE(clicked.isNull());
    EXPECT_TRUE(clicked->wasSent()) << "the click waited for the budget behind the load";
    ASSERT_TRUE(click.wait(budget::kServerMs));
    EXPECT_TRUE(click.ok());
    EXPECT_LT(background, kLoad);
    ASSERT_TRUE(QTest::qWaitFor([&] { return background == kLoad; }, budget::kServerMs));
}

TEST(RequestPriorities, RetryAfterIsReadInSecondsOrAsAnHttpDate)
{
    const QDateTime now(QDate(2026, 11, 28), QTime(21, 0, 0), Qt::UTC);
    EXPECT_EQ(RequestScheduler::retryAfterMs("7", now), 7000);
    EXPECT_EQ(RequestScheduler::retryAfterMs(" 0 ", now), 0);
    EXPECT_EQ(RequestScheduler::retryAfterMs("Sat, 28 Nov 2026 21:00:42 GMT", now), 42000);
    EXPECT_EQ(RequestScheduler::retryAfterMs("Sat, 28 Nov 2026 20:59:00 GMT", now), 0)
        << "a date in the past: at once";
    EXPECT_EQ(RequestScheduler::retryAfterMs("soon", now), 1000) << "neither: one second";
    EXPECT_EQ(RequestScheduler::retryAfterMs("", now), 1000);
}

TEST(RequestPriorities, APromotedCallGoesBeforeTheClassItLeft)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.latencyMs = 30;
    ClientHarness h(o);
    h.reconfigure([](ConnectionSettings &s) { s.maxConcurrency = 1; });
    const QStringList groups = h.state().groupOrder();
    h.server().clearRequestLog();
    int answered = 0;
    ApiCall *opened = nullptr;
    {
        ApiClient::PriorityScope background(RequestPriority::Background);
        for (int i = 0; i < 3; ++i) {
            ApiCall *call = GroupShareService(h.client())
                                .shares(groups.at(i), nullptr,
                                        [&](const Result<QList<GroupShare>> &) { ++answered; });
            if (i == 2)
                opened = call;
        }
    }
    {
        ApiClient::PriorityScope firstScreen(RequestPriority::FirstScreen);
        GroupMemberService(h.client())
            .members(groups.at(0), nullptr, [&](const Result<QList<User>> &) { ++answered; });
    }
    // The person opens what the third background request loads.
    opened->promote(RequestPriority::Visible);
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered == 4; }, budget::kServerMs));
    QStringList order;
    for (const auto &logged : h.server().requestLog())
        order << kindOf(logged.path, logged.method);
    EXPECT_EQ(order, (QStringList{
                         QStringLiteral("background ") + groups.at(0),
                         QStringLiteral("background ") + groups.at(2),
                         QStringLiteral("first-screen ") + groups.at(0),
                         QStringLiteral("background ") + groups.at(1),
                     }));
}
