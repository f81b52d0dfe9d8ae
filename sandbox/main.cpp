// ionos-sandbox: the local stand-in for the IONOS API, as a program of its own.
#include "sandbox/quitonsignal.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ionos-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IONOS_ADMIN_VERSION));

    const sandbox::ParsedCommandLine parsed =
        sandbox::parseSandboxCommandLine(QCoreApplication::arguments());
    if (parsed.exitNow) {
        std::fputs(parsed.output.toLocal8Bit().constData(), parsed.exitCode ? stderr : stdout);
        return parsed.exitCode;
    }

    sandbox::QuitOnSignal quitOnSignal;
    sandbox::SandboxServer server(parsed.options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "ionos-sandbox: %s\n", error.toLocal8Bit().constData());
        return 1;
    }
    const QString text =
        parsed.options.quiet ? server.origin().toString() + QLatin1Char('\n') : server.banner();
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
    return app.exec();
}
