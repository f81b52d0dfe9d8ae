#pragma once

#include <QString>
#include <QStringList>

namespace sandbox {

// Everything the sandbox can be told on its command line. The defaults are the demo's.
struct SandboxOptions
{
    QString host = QStringLiteral("127.0.0.1");
    bool allowPublic = false;
    quint16 port = 0;

    // Throwaway credentials of a local stand-in, documented in the README.
    QString username = QStringLiteral("demo@example.com");
    QString password = QStringLiteral("demo-password");
    QString token = QStringLiteral("demo-token");
    // A valid token of a user who is neither owner nor administrator: user management is 403.
    QString viewerToken;
    // The Basic-auth user has 2-factor authentication: Basic auth is refused, tokens work.
    bool twoFactor = false;
    // How long a bearer token stays valid from the start (or from being issued); 0: for ever.
    int tokenLifetimeMs = 0;

    quint32 seed = 42;
    int users = 250;
    int groups = 40;
    int resourcesPerType = 40;
    int contracts = 3;
    int adminsPerContract = 4;

    int latencyMs = 0;
    int jitterMs = 0;
    int requestDoneMs = 400;
    int ratePerMinute = 6000;
    int burst = 50;

    double failRate = 0.0;       // answered 500 or 503 with the error envelope
    double badGatewayRate = 0.0; // answered 502 with an HTML page, as a proxy in front would
    double truncateRate = 0.0;   // a JSON body cut off in the middle
    double dropRate = 0.0;       // connection closed mid-response
    double writeFailRate = 0.0;  // accepted writes that end FAILED and apply nothing

    bool quiet = false;

    // Where clients reach the APIs when a proxy stands in front of the sandbox: the hrefs and
    // Locations it answers with name these bases. Empty: its own address.
    QString publicCloudBase;
    QString publicResellerBase;
};

struct ParsedCommandLine
{
    SandboxOptions options;
    bool exitNow = false; // --help or --version was answered
    int exitCode = 0;
    QString output; // what to print before exiting
};

// Parses the ionos-sandbox command line (arguments[0] is the program name).
ParsedCommandLine parseSandboxCommandLine(const QStringList &arguments);

bool isLoopbackHost(const QString &host);

} // namespace sandbox
