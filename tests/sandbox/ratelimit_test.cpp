// Rule 3h: a token bucket with a per-minute rate and a cap on requests in flight; every response
// carries the rate-limit headers; past either limit the answer is 429 with Retry-After.
#include "budgets.h"
#include "sandboxharness.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <gtest/gtest.h>

TEST(SandboxRateLimit, EveryResponseCarriesTheHeaders)
{
    // Six a minute: the bucket gains a token every 10 s, so that the five requests below, even
    // on a busy machine, see it shrink by one each (at 500 a minute a token comes back every
    // 120 ms, and a slow moment between two requests left the count unchanged).
    sandbox::SandboxOptions options = SandboxHarness::testOptions();
    options.ratePerMinute = 6;
    options.burst = 7;
    SandboxHarness h(options);
    const QList<ProbeReply> replies = {
        h.probe().get(h.cloud(QStringLiteral("/um/users"))),
        h.probe().get(h.cloud(QStringLiteral("/um/users/missing"))),
        h.probe().get(h.reseller(QStringLiteral("/contracts/1/admins"))),
        h.probe().get(h.reseller(QStringLiteral("/contracts/9/admins"))),
        h.probe().post(h.cloud(QStringLiteral("/um/groups")),
                       QJsonObject{{QStringLiteral("properties"),
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("G")}}}}),
    };
    int previous = 6;
    for (const ProbeReply &r : replies) {
        EXPECT_EQ(r.header("X-RateLimit-Limit"), QByteArrayLiteral("6"));
        EXPECT_EQ(r.header("X-RateLimit-Burst"), QByteArrayLiteral("7"));
        bool ok = false;
        const int remaining = r.header("X-RateLimit-Remaining").toInt(&ok);
        EXPECT_TRUE(ok);
        EXPECT_LT(remaining, previous);
        previous = remaining;
    }
    h.probe().setAuthorization({});
    EXPECT_FALSE(h.probe()
                     .get(h.cloud(QStringLiteral("/um/users")))
                     .header("X-RateLimit-Remaining")
                     .isEmpty());
}

TEST(SandboxRateLimit, PastTheRateTheAnswerIs429WithRetryAfter)
{
    sandbox::SandboxOptions options = SandboxHarness::testOptions();
    options.ratePerMinute = 5;
    SandboxHarness h(options);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(h.probe().get(h.cloud(QStringLiteral("/um/groups"))).status, 200) << i;
    const ProbeReply limited = h.probe().get(h.reseller(QStringLiteral("/contracts/1/admins")));
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.object().value(QStringLiteral("httpStatus")).toInt(), 429);
    EXPECT_FALSE(limited.errorMessage().isEmpty());
    bool whole = false;
    const int retryAfter = limited.header("Retry-After").toInt(&whole);
    EXPECT_TRUE(whole) << "whole seconds";
    EXPECT_GE(retryAfter, 1);
    EXPECT_LE(retryAfter, 13) << "one token comes back every 12 s";
    EXPECT_EQ(limited.header("X-RateLimit-Remaining"), QByteArrayLiteral("0"));
}

TEST(SandboxRateLimit, MoreThanBurstInFlightIs429)
{
    sandbox::SandboxOptions options = SandboxHarness::testOptions();
    options.burst = 2;
    options.latencyMs = 400;
    SandboxHarness h(options);

    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 5; ++i) {
        QNetworkRequest request(h.cloud(QStringLiteral("/um/groups")));
        request.setRawHeader("Authorization", h.bearerAuth());
        replies << manager.get(request);
    }
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return std::all_of(replies.begin(), replies.end(),
                               [](QNetworkReply *r) { return r->isFinished(); });
        },
        budget::kServerMs));
    int ok = 0;
    int limited = 0;
    for (QNetworkReply *r : replies) {
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200)
            ++ok;
        if (status == 429) {
            ++limited;
            EXPECT_EQ(r->rawHeader("Retry-After"), QByteArrayLiteral("1"));
        }
        r->deleteLater();
    }
    EXPECT_EQ(ok + limited, 5);
    EXPECT_GE(ok, 2);
    EXPECT_GE(limited, 1);
    EXPECT_EQ(h.server().requestsInFlight(), 0);
}
