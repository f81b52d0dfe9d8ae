#include "commandline.h"

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
    return result;
}

} // namespace ionos
