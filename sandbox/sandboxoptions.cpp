#include "sandbox/sandboxoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace sandbox {
namespace {

struct IntOption
{
    const char *name;
    const char *help;
    int SandboxOptions::*field;
    int minimum;
    int maximum;
};

struct RateOption
{
    const char *name;
    const char *help;
    double SandboxOptions::*field;
};

constexpr IntOption kIntOptions[] = {
    {"users", "Number of sample users.", &SandboxOptions::users, 0, 1000000},
    {"groups", "Number of sample groups.", &SandboxOptions::groups, 0, 100000},
    {"resources-per-type", "Sample resources of each type.", &SandboxOptions::resourcesPerType, 0,
     100000},
    {"contracts", "Reseller contracts, numbered 1 to N.", &SandboxOptions::contracts, 0, 10000},
    {"admins-per-contract", "Admins of each reseller contract.", &SandboxOptions::adminsPerContract,
     0, 10000},
    {"latency-ms", "Added latency of every answer, in milliseconds.", &SandboxOptions::latencyMs, 0,
     600000},
    {"jitter-ms", "Random extra latency up to this many milliseconds.", &SandboxOptions::jitterMs,
     0, 600000},
    {"request-done-ms", "How long an accepted write takes until its request status is DONE.",
     &SandboxOptions::requestDoneMs, 0, 3600000},
    {"rate-per-minute", "Requests allowed per minute (token bucket refill rate).",
     &SandboxOptions::ratePerMinute, 1, 100000000},
    {"burst", "Requests allowed in flight at once.", &SandboxOptions::burst, 1, 100000},
    {"token-lifetime-ms",
     "How long a bearer token stays valid after the start, in milliseconds; then 401 (0: for "
     "ever).",
     &SandboxOptions::tokenLifetimeMs, 0, 2000000000},
};

constexpr RateOption kRateOptions[] = {
    {"fail-rate", "Fraction of requests answered 500 or 503.", &SandboxOptions::failRate},
    {"bad-gateway-rate", "Fraction of requests answered 502 with an HTML body.",
     &SandboxOptions::badGatewayRate},
    {"truncate-rate", "Fraction of answers whose JSON body is cut off.",
     &SandboxOptions::truncateRate},
    {"drop-rate", "Fraction of answers whose connection is closed mid-response.",
     &SandboxOptions::dropRate},
    {"write-fail-rate", "Fraction of accepted writes that end FAILED and apply nothing.",
     &SandboxOptions::writeFailRate},
};

QString text(const char *s)
{
    return QString::fromLatin1(s);
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ParsedCommandLine parseSandboxCommandLine(const QStringList &arguments)
{
    ParsedCommandLine result;
    SandboxOptions &options = result.options;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local stand-in for the IONOS Cloud API v6 (User Management) and the Reseller API v2, "
        "with seeded sample data, rate limits and fault injection.\n"
        "The first line on standard output is the base URL. SIGINT or SIGTERM stop it."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();

    const QCommandLineOption hostOption(
        QStringLiteral("host"),
        QStringLiteral("Address to listen on (default %1).").arg(options.host),
        QStringLiteral("address"), options.host);
    const QCommandLineOption publicOption(
        QStringLiteral("public"), QStringLiteral("Allow listening on a non-loopback address."));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port; 0 picks a free one (default 0)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption usernameOption(
        QStringLiteral("username"),
        QStringLiteral("Username accepted for Basic auth (default %1).").arg(options.username),
        QStringLiteral("name"), options.username);
    const QCommandLineOption passwordOption(
        QStringLiteral("password"),
        QStringLiteral("Password accepted for Basic auth (default: see README)."),
        QStringLiteral("password"), options.password);
    const QCommandLineOption tokenOption(
        QStringLiteral("token"), QStringLiteral("Bearer token accepted (default: see README)."),
        QStringLiteral("token"), options.token);
    const QCommandLineOption viewerTokenOption(
        QStringLiteral("viewer-token"),
        QStringLiteral("Also accept this token, for a user who may not manage users (403)."),
        QStringLiteral("token"));
    const QCommandLineOption twoFactorOption(
        QStringLiteral("two-factor"),
        QStringLiteral("The Basic-auth user has 2-factor authentication: Basic auth is refused."));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QStringLiteral("Seed of the sample data generator (default %1).").arg(options.seed),
        QStringLiteral("n"), QString::number(options.seed));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QStringLiteral("Print only the base URL."));
    const QCommandLineOption publicUrlOption(
        QStringLiteral("public-url"),
        QStringLiteral("The origin clients use when a proxy stands in front of the sandbox; hrefs "
                       "and Locations name it (default: the sandbox's own address)."),
        QStringLiteral("url"));
    parser.addOptions({hostOption, publicOption, portOption, usernameOption, passwordOption,
                       tokenOption, viewerTokenOption, twoFactorOption, seedOption, quietOption,
                       publicUrlOption});

    QList<QCommandLineOption> intOptions;
    for (const IntOption &o : kIntOptions) {
        intOptions.append(QCommandLineOption(
            text(o.name), text(o.help) + QStringLiteral(" (default %1).").arg(options.*(o.field)),
            QStringLiteral("n"), QString::number(options.*(o.field))));
        parser.addOption(intOptions.last());
    }
    QList<QCommandLineOption> rateOptions;
    for (const RateOption &o : kRateOptions) {
        rateOptions.append(QCommandLineOption(text(o.name),
                                              text(o.help) + QStringLiteral(" 0 to 1 (default 0)."),
                                              QStringLiteral("fraction"), QStringLiteral("0")));
        parser.addOption(rateOptions.last());
    }

    auto fail = [&result](const QString &message) {
        result.exitNow = true;
        result.exitCode = 2;
        result.output = message + QLatin1Char('\n');
        return result;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        result.exitNow = true;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.exitNow = true;
        result.output =
            QStringLiteral("ionos-sandbox %1\n").arg(QStringLiteral(IONOS_ADMIN_VERSION));
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(
            QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().first()));

    options.host = parser.value(hostOption);
    options.allowPublic = parser.isSet(publicOption);
    if (QHostAddress(options.host).isNull() && options.host != QStringLiteral("localhost"))
        return fail(QStringLiteral("--host must be an IP address, not \"%1\".").arg(options.host));
    if (!isLoopbackHost(options.host) && !options.allowPublic)
        return fail(QStringLiteral("Refusing to listen on %1, which is not a loopback address: "
                                   "add --public to allow it.")
                        .arg(options.host));

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QStringLiteral("--port must be a number from 0 to 65535."));
    options.port = static_cast<quint16>(port);

    options.username = parser.value(usernameOption);
    options.password = parser.value(passwordOption);
    options.token = parser.value(tokenOption);
    options.viewerToken = parser.value(viewerTokenOption);
    options.twoFactor = parser.isSet(twoFactorOption);
    if (options.username.isEmpty() || options.password.isEmpty() || options.token.isEmpty())
        return fail(QStringLiteral("--username, --password and --token must not be empty."));

    options.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a non-negative whole number."));
    options.quiet = parser.isSet(quietOption);
    if (parser.isSet(publicUrlOption)) {
        const QUrl origin(parser.value(publicUrlOption), QUrl::StrictMode);
        if (!origin.isValid() || origin.host().isEmpty() ||
            (origin.scheme() != QStringLiteral("http") &&
             origin.scheme() != QStringLiteral("https")))
            return fail(QStringLiteral("--public-url must be an http or https origin."));
        QString text = origin.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        options.publicCloudBase = text + QStringLiteral("/cloudapi/v6");
        options.publicResellerBase = text + QStringLiteral("/reseller/v2");
    }

    for (qsizetype i = 0; i < intOptions.size(); ++i) {
        const IntOption &o = kIntOptions[i];
        const int value = parser.value(intOptions[i]).toInt(&ok);
        if (!ok || value < o.minimum || value > o.maximum)
            return fail(QStringLiteral("--%1 must be a whole number from %2 to %3.")
                            .arg(text(o.name))
                            .arg(o.minimum)
                            .arg(o.maximum));
        options.*(o.field) = value;
    }
    for (qsizetype i = 0; i < rateOptions.size(); ++i) {
        const RateOption &o = kRateOptions[i];
        const double value = parser.value(rateOptions[i]).toDouble(&ok);
        if (!ok || value < 0.0 || value > 1.0)
            return fail(QStringLiteral("--%1 must be a fraction from 0 to 1.").arg(text(o.name)));
        options.*(o.field) = value;
    }
    return result;
}

} // namespace sandbox
