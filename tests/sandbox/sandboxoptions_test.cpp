// Rule 3k: the command line, as ionos-sandbox reads it.
#include "sandbox/sandboxoptions.h"

#include <gtest/gtest.h>

namespace {

sandbox::ParsedCommandLine parse(QStringList args)
{
    args.prepend(QStringLiteral("ionos-sandbox"));
    return sandbox::parseSandboxCommandLine(args);
}

} // namespace

TEST(SandboxOptions, DefaultsAreTheDemo)
{
    const sandbox::ParsedCommandLine p = parse({});
    EXPECT_FALSE(p.exitNow);
    EXPECT_EQ(p.options.host, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(p.options.port, 0);
    EXPECT_EQ(p.options.users, 250);
    EXPECT_EQ(p.options.groups, 40);
    EXPECT_EQ(p.options.resourcesPerType, 40);
    EXPECT_EQ(p.options.contracts, 3);
}

TEST(SandboxOptions, EveryOptionIsRead)
{
    const sandbox::ParsedCommandLine p = parse({QStringLiteral("--port"),
                                                QStringLiteral("8443"),
                                                QStringLiteral("--username"),
                                                QStringLiteral("u@example.com"),
                                                QStringLiteral("--password"),
                                                QStringLiteral("pw-123456"),
                                                QStringLiteral("--token"),
                                                QStringLiteral("tk"),
                                                QStringLiteral("--seed"),
                                                QStringLiteral("9"),
                                                QStringLiteral("--users"),
                                                QStringLiteral("5"),
                                                QStringLiteral("--groups"),
                                                QStringLiteral("4"),
                                                QStringLiteral("--resources-per-type"),
                                                QStringLiteral("3"),
                                                QStringLiteral("--contracts"),
                                                QStringLiteral("2"),
                                                QStringLiteral("--admins-per-contract"),
                                                QStringLiteral("1"),
                                                QStringLiteral("--latency-ms"),
                                                QStringLiteral("50"),
                                                QStringLiteral("--jitter-ms"),
                                                QStringLiteral("10"),
                                                QStringLiteral("--request-done-ms"),
                                                QStringLiteral("700"),
                                                QStringLiteral("--rate-per-minute"),
                                                QStringLiteral("120"),
                                                QStringLiteral("--burst"),
                                                QStringLiteral("10"),
                                                QStringLiteral("--fail-rate"),
                                                QStringLiteral("0.1"),
                                                QStringLiteral("--bad-gateway-rate"),
                                                QStringLiteral("0.2"),
                                                QStringLiteral("--truncate-rate"),
                                                QStringLiteral("0.3"),
                                                QStringLiteral("--drop-rate"),
                                                QStringLiteral("0.4"),
                                                QStringLiteral("--write-fail-rate"),
                                                QStringLiteral("0.5"),
                                                QStringLiteral("--quiet")});
    ASSERT_FALSE(p.exitNow) << p.output.toStdString();
    const sandbox::SandboxOptions &o = p.options;
    EXPECT_EQ(o.port, 8443);
    EXPECT_EQ(o.username, QStringLiteral("u@example.com"));
    EXPECT_EQ(o.password, QStringLiteral("pw-123456"));
    EXPECT_EQ(o.token, QStringLiteral("tk"));
    EXPECT_EQ(o.seed, 9u);
    EXPECT_EQ(o.users, 5);
    EXPECT_EQ(o.groups, 4);
    EXPECT_EQ(o.resourcesPerType, 3);
    EXPECT_EQ(o.contracts, 2);
    EXPECT_EQ(o.adminsPerContract, 1);
    EXPECT_EQ(o.latencyMs, 50);
    EXPECT_EQ(o.jitterMs, 10);
    EXPECT_EQ(o.requestDoneMs, 700);
    EXPECT_EQ(o.ratePerMinute, 120);
    EXPECT_EQ(o.burst, 10);
    EXPECT_DOUBLE_EQ(o.failRate, 0.1);
    EXPECT_DOUBLE_EQ(o.badGatewayRate, 0.2);
    EXPECT_DOUBLE_EQ(o.truncateRate, 0.3);
    EXPECT_DOUBLE_EQ(o.dropRate, 0.4);
    EXPECT_DOUBLE_EQ(o.writeFailRate, 0.5);
    EXPECT_TRUE(o.quiet);
}

TEST(SandboxOptions, NonLoopbackHostNeedsPublic)
{
    const sandbox::ParsedCommandLine refused =
        parse({QStringLiteral("--host"), QStringLiteral("0.0.0.0")});
    EXPECT_TRUE(refused.exitNow);
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.output.contains(QStringLiteral("--public")));
    const sandbox::ParsedCommandLine allowed =
        parse({QStringLiteral("--host"), QStringLiteral("0.0.0.0"), QStringLiteral("--public")});
    EXPECT_FALSE(allowed.exitNow);
    EXPECT_FALSE(parse({QStringLiteral("--host"), QStringLiteral("::1")}).exitNow);
}

TEST(SandboxOptions, BadValuesAreRefusedWithAMessage)
{
    const QList<QStringList> bad = {
        {QStringLiteral("--port"), QStringLiteral("70000")},
        {QStringLiteral("--users"), QStringLiteral("-1")},
        {QStringLiteral("--burst"), QStringLiteral("0")},
        {QStringLiteral("--fail-rate"), QStringLiteral("1.5")},
        {QStringLiteral("--latency-ms"), QStringLiteral("soon")},
        {QStringLiteral("--no-such-option")},
        {QStringLiteral("--host"), QStringLiteral("example.com")},
        {QStringLiteral("--token"), QString()},
    };
    for (const QStringList &args : bad) {
        const sandbox::ParsedCommandLine p = parse(args);
        EXPECT_TRUE(p.exitNow) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(p.exitCode, 2);
        EXPECT_FALSE(p.output.trimmed().isEmpty());
    }
}

TEST(SandboxOptions, HelpListsEveryOption)
{
    const sandbox::ParsedCommandLine p = parse({QStringLiteral("--help")});
    EXPECT_TRUE(p.exitNow);
    EXPECT_EQ(p.exitCode, 0);
    for (const char *option : {"--host",
                               "--public",
                               "--port",
                               "--username",
                               "--password",
                               "--token",
                               "--seed",
                               "--users",
                               "--groups",
                               "--resources-per-type",
                               "--contracts",
                               "--admins-per-contract",
                               "--latency-ms",
                               "--jitter-ms",
                               "--request-done-ms",
                               "--rate-per-minute",
                               "--burst",
                               "--fail-rate",
                               "--bad-gateway-rate",
                               "--truncate-rate",
                               "--drop-rate",
                               "--write-fail-rate",
                               "--quiet"})
        EXPECT_TRUE(p.output.contains(QLatin1String(option))) << option;
}
