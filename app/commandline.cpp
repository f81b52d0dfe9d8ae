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
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("CommandLine", "Report: json (the default) or csv."),
        QStringLiteral("format"), QStringLiteral("json"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        QCoreApplication::translate("CommandLine",
                                    "Report: the time the report is as of, in ISO 8601 "
                                    "(2026-01-31T12:00:00Z); now by default."),
        QStringLiteral("time"));
    const QCommandLineOption inactiveDays(
        QStringLiteral("inactive-days"),
        QCoreApplication::translate("CommandLine",
                                    "Findings: a user who has not signed in for this many days "
                                    "is inactive (90 by default)."),
        QStringLiteral("days"), QStringLiteral("90"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("CommandLine", "Snapshot: the file to write."),
        QStringLiteral("file"));
    const QCommandLineOption yes(
        QStringLiteral("yes"),
        QCoreApplication::translate("CommandLine",
                                    "Restore: change the account without asking (required)."));
    const QCommandLineOption deleteExtra(
        QStringLiteral("delete-extra"),
        QCoreApplication::translate("CommandLine",
                                    "Restore: also delete the users and groups that are not in "
                                    "the snapshot."));
    parser.addOption(out);
    parser.addOption(yes);
    parser.addOption(deleteExtra);
    parser.addOption(profile);
    parser.addOption(apiUrl);
    parser.addOption(lang);
    parser.addOption(format);
    parser.addOption(asOf);
    parser.addOption(inactiveDays);
    parser.addPositionalArgument(
        QStringLiteral("report"),
        QCoreApplication::translate(
            "CommandLine",
            "Without a window: \"report access\" writes every user's effective access, "
            "\"report findings\" what is risky now, to standard output. Signs in with the "
            "profile (--profile, else the last used) or the IONOS_* variables."),
        QStringLiteral("[report access|findings]"));
    parser.addPositionalArgument(
        QStringLiteral("snapshot"),
        QCoreApplication::translate(
            "CommandLine",
            "Without a window: \"snapshot --out FILE\" writes the account's users, groups, "
            "privileges, members, shares, resources and reseller admins to a file."),
        QStringLiteral("[snapshot --out FILE]"));
    parser.addPositionalArgument(
        QStringLiteral("diff"),
        QCoreApplication::translate(
            "CommandLine",
            "Without a window: \"diff A B\" lists what changed from A to B, each a snapshot "
            "file or \"live\" (the account now); --format text (the default) or json. Exit "
            "status 0: no differences, 1: differences, 2: trouble."),
        QStringLiteral("[diff A B]"));
    parser.addPositionalArgument(
        QStringLiteral("restore"),
        QCoreApplication::translate(
            "CommandLine",
            "Without a window: \"restore FILE --yes\" puts privileges, members, shares, user "
            "properties and groups back as the snapshot FILE has them; users and groups that "
            "are not in it are deleted only with --delete-extra. Exit status 0: all restored, "
            "1: something was left (a line for each), 2: trouble."),
        QStringLiteral("[restore FILE]"));

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
    auto mistake = [&result](const QString &text) {
        result.exitNow = true;
        result.exitCode = 2;
        result.output = text + QLatin1Char('\n');
        return result;
    };
    const QStringList positional = parser.positionalArguments();
    const QStringList commands{QStringLiteral("report"), QStringLiteral("snapshot"),
                               QStringLiteral("diff"), QStringLiteral("restore")};
    if (!positional.isEmpty() && !commands.contains(positional.first()))
        return mistake(QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                           .arg(positional.first()));
    const QString command = positional.value(0);
    // Each option belongs to its commands.
    const std::pair<const QCommandLineOption *, QStringList> owners[] = {
        {&format, {QStringLiteral("report"), QStringLiteral("diff")}},
        {&asOf, {QStringLiteral("report")}},
        {&inactiveDays, {QStringLiteral("report")}},
        {&out, {QStringLiteral("snapshot")}},
        {&yes, {QStringLiteral("restore")}},
        {&deleteExtra, {QStringLiteral("restore")}}};
    for (const auto &[option, of] : owners) {
        if (parser.isSet(*option) && !of.contains(command))
            return mistake(QCoreApplication::translate("CommandLine", "--%1 is an option of %2.")
                               .arg(option->names().first(),
                                    of.join(QCoreApplication::translate("CommandLine", " and "))));
    }
    if (command == QStringLiteral("snapshot")) {
        if (positional.size() != 1 || parser.value(out).isEmpty())
            return mistake(QCoreApplication::translate(
                "CommandLine", "Say where to write it: \"snapshot --out FILE\"."));
        result.snapshot = SnapshotRequest{parser.value(out)};
    } else if (command == QStringLiteral("diff")) {
        if (positional.size() != 3)
            return mistake(QCoreApplication::translate(
                "CommandLine", "Say what to compare: \"diff A B\", each a snapshot file or "
                               "\"live\"."));
        DiffRequest diff;
        diff.before = positional.at(1);
        diff.after = positional.at(2);
        const QString formatName =
            parser.isSet(format) ? parser.value(format) : QStringLiteral("text");
        if (formatName != QStringLiteral("json") && formatName != QStringLiteral("text"))
            return mistake(QCoreApplication::translate(
                               "CommandLine", "The format %1 is not known: use text or json.")
                               .arg(formatName));
        diff.json = formatName == QStringLiteral("json");
        result.diff = diff;
    } else if (command == QStringLiteral("restore")) {
        if (positional.size() != 2)
            return mistake(QCoreApplication::translate(
                "CommandLine", "Say which snapshot to restore: \"restore FILE --yes\"."));
        if (!parser.isSet(yes))
            return mistake(QCoreApplication::translate(
                "CommandLine", "A restore changes the account: add --yes to go ahead (see "
                               "\"diff FILE live\" for what it would change)."));
        result.restore = RestoreRequest{positional.at(1), parser.isSet(deleteExtra)};
    } else if (command == QStringLiteral("report")) {
        const QStringList kinds{QStringLiteral("access"), QStringLiteral("findings")};
        if (positional.size() != 2 || !kinds.contains(positional.at(1)))
            return mistake(QCoreApplication::translate(
                "CommandLine", "Say which report: \"report access\" or \"report findings\"."));
        ReportRequest report;
        report.kind = positional.at(1) == kinds.first() ? ReportRequest::Kind::Access
                                                        : ReportRequest::Kind::Findings;
        const QString formatName = parser.value(format);
        if (formatName != QStringLiteral("json") && formatName != QStringLiteral("csv"))
            return mistake(QCoreApplication::translate(
                               "CommandLine", "The format %1 is not known: use json or csv.")
                               .arg(formatName));
        report.csv = formatName == QStringLiteral("csv");
        report.asOf = QDateTime::currentDateTimeUtc();
        if (parser.isSet(asOf)) {
            report.asOf = QDateTime::fromString(parser.value(asOf), Qt::ISODateWithMs);
            if (!report.asOf.isValid())
                return mistake(QCoreApplication::translate("CommandLine",
                                                           "%1 is not a time in ISO 8601, such as "
                                                           "2026-01-31T12:00:00Z.")
                                   .arg(parser.value(asOf)));
        }
        bool number = false;
        report.inactiveDays = parser.value(inactiveDays).toInt(&number);
        if (!number || report.inactiveDays < 1)
            return mistake(QCoreApplication::translate(
                               "CommandLine", "--inactive-days wants a whole number of days "
                                              "of 1 or more, not %1.")
                               .arg(parser.value(inactiveDays)));
        result.report = report;
    }
    result.demo = parser.isSet(demo);
    result.profile = parser.value(profile);
    result.apiUrl = parser.value(apiUrl);
    result.language = parser.value(lang);
    return result;
}

} // namespace ionos
