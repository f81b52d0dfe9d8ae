// Rule 3i: every fault mode, configured, reaches the client as it would from a bad day of the
// real API.
#include "sandboxharness.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

namespace {

sandbox::SandboxOptions withFaults(void (*configure)(sandbox::SandboxOptions &))
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    configure(o);
    return o;
}

} // namespace

TEST(SandboxFaults, FailRateAnswers500Or503WithTheEnvelope)
{
    SandboxHarness h(withFaults([](sandbox::SandboxOptions &o) { o.failRate = 1.0; }));
    QSet<int> seen;
    for (int i = 0; i < 30; ++i) {
        const ProbeReply r = h.probe().get(h.cloud(QStringLiteral("/um/users")));
        EXPECT_TRUE(r.status == 500 || r.status == 503) << r.status;
        EXPECT_EQ(r.object().value(QStringLiteral("httpStatus")).toInt(), r.status);
        EXPECT_FALSE(r.errorMessage().isEmpty());
        seen.insert(r.status);
    }
    EXPECT_EQ(seen, (QSet<int>{500, 503}));
}

TEST(SandboxFaults, AFractionOfRequestsFails)
{
    SandboxHarness h(withFaults([](sandbox::SandboxOptions &o) { o.failRate = 0.3; }));
    int failed = 0;
    for (int i = 0; i < 200; ++i)
        failed += h.probe().get(h.cloud(QStringLiteral("/um/groups"))).status != 200;
    EXPECT_GT(failed, 20);
    EXPECT_LT(failed, 100);
}

TEST(SandboxFaults, BadGatewayIsAnHtmlPage)
{
    SandboxHarness h(withFaults([](sandbox::SandboxOptions &o) { o.badGatewayRate = 1.0; }));
    const ProbeReply r = h.probe().get(h.reseller(QStringLiteral("/contracts/1/admins")));
    EXPECT_EQ(r.status, 502);
    EXPECT_TRUE(r.header("Content-Type").startsWith("text/html"));
    EXPECT_TRUE(r.body.contains("<html>"));
    EXPECT_FALSE(r.isJson());
}

TEST(SandboxFaults, TruncatedBodyIsCutOffJson)
{
    SandboxHarness h(withFaults([](sandbox::SandboxOptions &o) { o.truncateRate = 1.0; }));
    const ProbeReply r = h.probe().get(h.cloud(QStringLiteral("/um/groups?depth=1")));
    EXPECT_EQ(r.status, 200);
    EXPECT_FALSE(r.body.isEmpty());
    EXPECT_TRUE(r.body.startsWith("{"));
    EXPECT_FALSE(r.isJson());
}

TEST(SandboxFaults, DroppedConnectionEndsMidResponse)
{
    SandboxHarness h(withFaults([](sandbox::SandboxOptions &o) { o.dropRate = 1.0; }));
    for (int i = 0; i < 20; ++i) {
        const ProbeReply r = h.probe().get(h.cloud(QStringLiteral("/um/users?depth=1")));
        EXPECT_TRUE(r.endedEarly());
        EXPECT_FALSE(r.isJson() && !r.body.isEmpty());
    }
}

TEST(SandboxFaults, ADroppedWriteMayStillHaveBeenAccepted)
{
    // As against the real API: the connection fails after the server took the write, so a client
    // must not repeat a POST blindly.
    SandboxHarness h(withFaults([](sandbox::SandboxOptions &o) { o.dropRate = 1.0; }));
    const qsizetype before = h.state().groupOrder().size();
    const ProbeReply r = h.probe().post(
        h.cloud(QStringLiteral("/um/groups")),
        QJsonObject{{QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Dropped")}}}});
    EXPECT_TRUE(r.endedEarly());
    EXPECT_EQ(h.state().groupOrder().size(), before + 1);
}

TEST(SandboxFaults, LatencyAndJitterDelayTheAnswer)
{
    SandboxHarness h(withFaults([](sandbox::SandboxOptions &o) {
        o.latencyMs = 150;
        o.jitterMs = 100;
    }));
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer clock;
        clock.start();
        EXPECT_EQ(h.probe().get(h.cloud(QStringLiteral("/um/groups"))).status, 200);
        EXPECT_GE(clock.elapsed(), 150);
    }
}

TEST(SandboxFaults, WriteFailRateEndsAcceptedWritesFailed)
{
    SandboxHarness h(withFaults([](sandbox::SandboxOptions &o) { o.writeFailRate = 1.0; }));
    const QString group = h.state().groupOrder().first();
    const ProbeReply r = h.probe().del(h.cloud(QStringLiteral("/um/groups/") + group));
    ASSERT_EQ(r.status, 202);
    EXPECT_EQ(h.waitForRequest(r), QStringLiteral("FAILED"));
    EXPECT_NE(h.state().group(group), nullptr);
}
