#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ionos {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Desktop administration console for IONOS Cloud: users, groups, "
                       "privileges, shares, resource ownership and reseller admins."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine", "Start a local sandbox with sample data and "
                                                   "work against it; nothing leaves this "
                                                   "machine."));
    parser.addOption(demo);
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("CommandLine", "Use the saved profile NAME for this run."),
        QStringLiteral("name"));
    const QCommandLineOption apiUrl(
        QStringLiteral("api-url"),
        QCoreApplication::translate("CommandLine",
                                    "Use this Cloud API address for this run (like IONOS_API_URL); "
                                    "the Reseller API is taken on the same host."),
        QStringLiteral("url"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine",
                                    "Show the console in this language (en, de) instead of the "
                                    "system's."),
        QStringLiteral("language"));
    parser.addOption(profile);
    parser.addOption(apiUrl);
    parser.addOption(lang);

    if (!parser.parse(arguments)) {
        result.exitNow = true;
        result.exitCode = 2;
        result.output = parser.errorText() + QLatin1Char('\n');
        return result;
    }
    if (parser.isSet(help)) {
        result.exitNow = true;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.exitNow = true;
        result.output = QStringLiteral("ionos-admin %1\n").arg(QStringLiteral(IONOS_ADMIN_VERSION));
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.exitNow = true;
        result.exitCode = 2;
        result.output = QCoreApplication::translate("CommandLine", "Unexpected argument: %1\n")
                            .arg(parser.positionalArguments().first());
        return result;
    }
    result.demo = parser.isSet(demo);
    result.profile = parser.value(profile);
    result.apiUrl = parser.value(apiUrl);
    result.language = parser.value(lang);
    return result;
}

} // namespace ionos
