#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>

namespace ionos {
namespace {

// The options of the whole program and of each command, and the parser that knows them.
struct Options
{
    Options();

    QCommandLineParser parser;
    QCommandLineOption help = parser.addHelpOption();
    QCommandLineOption version = parser.addVersionOption();
    QCommandLineOption demo{
        QStringLiteral("demo"),
        CommandLine::tr("Start a local sandbox with sample data and work against it; "
                        "nothing leaves this machine.")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               CommandLine::tr("Use the saved profile NAME for this run."),
                               QStringLiteral("name")};
    QCommandLineOption apiUrl{
        QStringLiteral("api-url"),
        CommandLine::tr("Use this Cloud API address for this run (like IONOS_API_URL); "
                        "the Reseller API is taken on the same host."),
        QStringLiteral("url")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        CommandLine::tr("Show the console in this language (en, de) instead of the "
                        "system's."),
        QStringLiteral("language")};
    QCommandLineOption format{QStringLiteral("format"),
                              CommandLine::tr("Report: json (the default) or csv. Diff, "
                                              "watch, import and offboard: text (the default) "
                                              "or json."),
                              QStringLiteral("format"), QStringLiteral("json")};
    QCommandLineOption asOf{QStringLiteral("as-of"),
                            CommandLine::tr("Report: the time the report is as of, in ISO 8601 "
                                            "(2026-01-31T12:00:00Z); now by default."),
                            QStringLiteral("time")};
    QCommandLineOption inactiveDays{
        QStringLiteral("inactive-days"),
        CommandLine::tr("Findings: a user who has not signed in for this many days "
                        "is inactive (90 by default)."),
        QStringLiteral("days"), QStringLiteral("90")};
    QCommandLineOption keyMaxAgeDays{
        QStringLiteral("key-max-age-days"),
        CommandLine::tr("Findings: an active Object Storage key older than this many days is "
                        "old (365 by default)."),
        QStringLiteral("days"), QStringLiteral("365")};
    QCommandLineOption out{QStringLiteral("out"),
                           CommandLine::tr("Snapshot and posture report: the file to write."),
                           QStringLiteral("file")};
    QCommandLineOption yes{QStringLiteral("yes"),
                           CommandLine::tr("Restore, import and offboard: change the account "
                                           "without asking.")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"),
                              CommandLine::tr("Import and offboard: print what would change, "
                                              "and change nothing.")};
    QCommandLineOption exactGroups{
        QStringLiteral("exact-groups"),
        CommandLine::tr("Import: a row's groups are all its groups; the user also leaves the "
                        "groups it does not list.")};
    QCommandLineOption passwordsOut{
        QStringLiteral("passwords-out"),
        CommandLine::tr("Import: generate a password for each new user whose row gives none, "
                        "and write them to this new file (readable by you alone)."),
        QStringLiteral("file")};
    QCommandLineOption baseline{
        QStringLiteral("baseline"),
        CommandLine::tr("Watch and posture report: the snapshot file the account is compared "
                        "with."),
        QStringLiteral("file")};
    QCommandLineOption update{
        QStringLiteral("update"),
        CommandLine::tr("Watch: afterwards, write the account now to the baseline file.")};
    QCommandLineOption notify{
        QStringLiteral("notify"),
        CommandLine::tr("Watch: also show a desktop notification when there are alerts.")};
    QCommandLineOption deleteExtra{
        QStringLiteral("delete-extra"),
        CommandLine::tr("Restore: also delete the users and groups that are not in "
                        "the snapshot.")};
};

Options::Options()
{
    parser.setApplicationDescription(CommandLine::tr(
        "Desktop administration console for IONOS Cloud: users, groups, privileges, shares, "
        "resource ownership and reseller admins."));
    for (const QCommandLineOption *o :
         {&demo, &out, &yes, &dryRun, &deleteExtra, &exactGroups, &passwordsOut, &baseline, &update,
          &notify, &profile, &apiUrl, &lang, &format, &asOf, &inactiveDays, &keyMaxAgeDays})
        parser.addOption(*o);
}

// What a command's parse found wrong; empty when nothing.
using Mistake = QString;

// One command without a window: its name, its help, its own options and how its arguments
// become its request on the command line.
struct Command
{
    QString name;
    QString syntax;
    QString help;
    QList<const QCommandLineOption *> options;
    // positional: the command's name and what follows it.
    std::function<Mistake(const Options &, const QStringList &positional, CommandLine &)> parse;
};

// --dry-run or --yes, exactly one: what the command is to do.
Mistake dryRunOrYes(const Options &o, const QString &command, bool &apply)
{
    const bool dryRun = o.parser.isSet(o.dryRun);
    apply = o.parser.isSet(o.yes);
    if (dryRun == apply)
        return CommandLine::tr("Say --dry-run to see what the %1 would change, or --yes to "
                               "change the account.")
            .arg(command);
    return {};
}

// text (the default) or json.
Mistake textOrJson(const Options &o, bool &json)
{
    const QString formatName =
        o.parser.isSet(o.format) ? o.parser.value(o.format) : QStringLiteral("text");
    if (formatName != QStringLiteral("json") && formatName != QStringLiteral("text"))
        return CommandLine::tr("The format %1 is not known: use text or json.").arg(formatName);
    json = formatName == QStringLiteral("json");
    return {};
}

Mistake parseReport(const Options &o, const QStringList &positional, CommandLine &result)
{
    const QStringList kinds{QStringLiteral("access"), QStringLiteral("findings"),
                            QStringLiteral("keys"), QStringLiteral("posture")};
    if (positional.size() != 2 || !kinds.contains(positional.at(1)))
        return CommandLine::tr("Say which report: \"report access\", \"report findings\", "
                               "\"report keys\" or \"report posture --out FILE.pdf\".");
    ReportRequest report;
    report.kind = ReportRequest::Kind(kinds.indexOf(positional.at(1)));
    if (report.kind == ReportRequest::Kind::Posture) {
        if (o.parser.value(o.out).isEmpty())
            return CommandLine::tr("Say where to write it: \"report posture --out FILE.pdf\".");
        if (o.parser.isSet(o.format))
            return CommandLine::tr("The posture report is a PDF: it takes no --format.");
        report.out = o.parser.value(o.out);
        report.baseline = o.parser.value(o.baseline);
    } else if (o.parser.isSet(o.out) || o.parser.isSet(o.baseline)) {
        return CommandLine::tr("--out and --baseline are options of \"report posture\".");
    }
    const QString formatName = o.parser.value(o.format);
    if (formatName != QStringLiteral("json") && formatName != QStringLiteral("csv"))
        return CommandLine::tr("The format %1 is not known: use json or csv.").arg(formatName);
    report.csv = formatName == QStringLiteral("csv");
    report.asOf = QDateTime::currentDateTimeUtc();
    if (o.parser.isSet(o.asOf)) {
        report.asOf = QDateTime::fromString(o.parser.value(o.asOf), Qt::ISODateWithMs);
        if (!report.asOf.isValid())
            return CommandLine::tr("%1 is not a time in ISO 8601, such as 2026-01-31T12:00:00Z.")
                .arg(o.parser.value(o.asOf));
    }
    bool number = false;
    report.inactiveDays = o.parser.value(o.inactiveDays).toInt(&number);
    if (!number || report.inactiveDays < 1)
        return CommandLine::tr("--inactive-days wants a whole number of days of 1 or more, not %1.")
            .arg(o.parser.value(o.inactiveDays));
    report.keyMaxAgeDays = o.parser.value(o.keyMaxAgeDays).toInt(&number);
    if (!number || report.keyMaxAgeDays < 1)
        return CommandLine::tr(
                   "--key-max-age-days wants a whole number of days of 1 or more, not %1.")
            .arg(o.parser.value(o.keyMaxAgeDays));
    result.report = report;
    return {};
}

Mistake parseSnapshot(const Options &o, const QStringList &positional, CommandLine &result)
{
    if (positional.size() != 1 || o.parser.value(o.out).isEmpty())
        return CommandLine::tr("Say where to write it: \"snapshot --out FILE\".");
    result.snapshot = SnapshotRequest{o.parser.value(o.out)};
    return {};
}

Mistake parseDiff(const Options &o, const QStringList &positional, CommandLine &result)
{
    if (positional.size() != 3)
        return CommandLine::tr(
            "Say what to compare: \"diff A B\", each a snapshot file or \"live\".");
    DiffRequest diff;
    diff.before = positional.at(1);
    diff.after = positional.at(2);
    if (Mistake mistake = textOrJson(o, diff.json); !mistake.isEmpty())
        return mistake;
    result.diff = diff;
    return {};
}

Mistake parseRestore(const Options &o, const QStringList &positional, CommandLine &result)
{
    if (positional.size() != 2)
        return CommandLine::tr("Say which snapshot to restore: \"restore FILE --yes\".");
    if (!o.parser.isSet(o.yes))
        return CommandLine::tr(
            "A restore changes the account: add --yes to go ahead (see \"diff FILE live\" "
            "for what it would change).");
    result.restore = RestoreRequest{positional.at(1), o.parser.isSet(o.deleteExtra)};
    return {};
}

Mistake parseWatch(const Options &o, const QStringList &positional, CommandLine &result)
{
    if (positional.size() != 1 || o.parser.value(o.baseline).isEmpty())
        return CommandLine::tr("Say what to compare with: \"watch --baseline FILE\".");
    WatchRequest watch;
    watch.baseline = o.parser.value(o.baseline);
    if (Mistake mistake = textOrJson(o, watch.json); !mistake.isEmpty())
        return mistake;
    watch.update = o.parser.isSet(o.update);
    watch.notify = o.parser.isSet(o.notify);
    result.watch = watch;
    return {};
}

Mistake parseImport(const Options &o, const QStringList &positional, CommandLine &result)
{
    if (positional.size() != 2)
        return CommandLine::tr("Say which file to import: \"import FILE --dry-run\" or "
                               "\"import FILE --yes\".");
    ImportRequest import;
    import.file = positional.at(1);
    import.exactGroups = o.parser.isSet(o.exactGroups);
    import.passwordsOut = o.parser.value(o.passwordsOut);
    Mistake mistake = dryRunOrYes(o, QStringLiteral("import"), import.apply);
    if (mistake.isEmpty())
        mistake = textOrJson(o, import.json);
    if (mistake.isEmpty())
        result.import = import;
    return mistake;
}

Mistake parseOffboard(const Options &o, const QStringList &positional, CommandLine &result)
{
    if (positional.size() < 2)
        return CommandLine::tr("Say who leaves: \"offboard EMAIL... --dry-run\" or "
                               "\"offboard EMAIL... --yes\".");
    OffboardRequest offboard;
    offboard.emails = positional.mid(1);
    Mistake mistake = dryRunOrYes(o, QStringLiteral("offboard"), offboard.apply);
    if (mistake.isEmpty())
        mistake = textOrJson(o, offboard.json);
    if (mistake.isEmpty())
        result.offboard = offboard;
    return mistake;
}

QList<Command> commandsOf(const Options &o)
{
    return {
        {QStringLiteral("report"),
         QStringLiteral("[report access|findings|keys|posture]"),
         CommandLine::tr(
             "Without a window: \"report access\" writes every user's effective access, "
             "\"report findings\" what is risky now, \"report keys\" every user's Object "
             "Storage keys (never their secrets), to standard output; \"report posture --out "
             "FILE.pdf [--baseline FILE]\" writes the posture report for auditors. Signs in with "
             "the profile (--profile, else the last used) or the IONOS_* variables."),
         {&o.format, &o.asOf, &o.inactiveDays, &o.keyMaxAgeDays, &o.out, &o.baseline},
         parseReport},
        {QStringLiteral("snapshot"),
         QStringLiteral("[snapshot --out FILE]"),
         CommandLine::tr(
             "Without a window: \"snapshot --out FILE\" writes the account's users, groups, "
             "privileges, members, shares, resources and reseller admins to a file."),
         {&o.out},
         parseSnapshot},
        {QStringLiteral("diff"),
         QStringLiteral("[diff A B]"),
         CommandLine::tr(
             "Without a window: \"diff A B\" lists what changed from A to B, each a snapshot "
             "file or \"live\" (the account now); --format text (the default) or json. Exit "
             "status 0: no differences, 1: differences, 2: trouble."),
         {&o.format},
         parseDiff},
        {QStringLiteral("restore"),
         QStringLiteral("[restore FILE]"),
         CommandLine::tr(
             "Without a window: \"restore FILE --yes\" puts privileges, members, shares, user "
             "properties and groups back as the snapshot FILE has them; users and groups that "
             "are not in it are deleted only with --delete-extra. Exit status 0: all restored, "
             "1: something was left (a line for each), 2: trouble."),
         {&o.yes, &o.deleteExtra},
         parseRestore},
        {QStringLiteral("watch"),
         QStringLiteral("[watch --baseline FILE]"),
         CommandLine::tr(
             "Without a window: \"watch --baseline FILE\" compares the account now with the "
             "snapshot FILE and reports new administrators, 2-factor authentication no longer "
             "required, users active again, privileges granted, shares granted or widened, "
             "members added and new users; --format text (the default) or json; --update then "
             "makes the account now the baseline (and writes a missing one); --notify also "
             "shows a desktop notification. Exit status 0: no alerts, 1: alerts, 2: trouble."),
         {&o.format, &o.baseline, &o.update, &o.notify},
         parseWatch},
        {QStringLiteral("import"),
         QStringLiteral("[import FILE]"),
         CommandLine::tr(
             "Without a window: \"import FILE --dry-run\" reads users and their groups from a "
             "CSV file (columns email, firstname, lastname, administrator, forceSecAuth, "
             "active, groups separated by ;, password) and prints what it would change; "
             "\"import FILE --yes\" changes it and prints each row's outcome. --exact-groups "
             "also removes users from the groups their row does not list; --passwords-out FILE "
             "generates the passwords of new users whose row gives none. --format text (the "
             "default) or json. Exit status 0: every row planned (and done), 1: a row was "
             "refused or failed, 2: trouble."),
         {&o.format, &o.yes, &o.dryRun, &o.exactGroups, &o.passwordsOut},
         parseImport},
        {QStringLiteral("offboard"),
         QStringLiteral("[offboard EMAIL...]"),
         CommandLine::tr(
             "Without a window: \"offboard EMAIL... --dry-run\" prints what offboarding these "
             "people takes: deactivating them, removing them from every group and deactivating "
             "their Object Storage keys, with the resources they created, who else reaches each "
             "and which is left without a keeper; \"offboard EMAIL... --yes\" does it and "
             "prints each step's outcome. --format text (the default) or json. Exit status 0: "
             "everyone planned (and done), 1: someone refused or a step failed, 2: trouble."),
         {&o.format, &o.yes, &o.dryRun},
         parseOffboard},
    };
}

// An option of some command given with another command, or with none.
Mistake misplacedOption(const Options &o, const QList<Command> &commands, const QString &command)
{
    QList<const QCommandLineOption *> checked;
    for (const Command &c : commands) {
        for (const QCommandLineOption *option : c.options) {
            if (checked.contains(option) || !o.parser.isSet(*option))
                continue;
            checked << option;
            QStringList owners;
            for (const Command &owner : commands) {
                if (owner.options.contains(option))
                    owners << owner.name;
            }
            if (owners.contains(command))
                continue;
            const QString last = owners.takeLast();
            const QString named = owners.isEmpty() ? last
                                                   : owners.join(QStringLiteral(", ")) +
                                                         CommandLine::tr(" and ") + last;
            return CommandLine::tr("--%1 is an option of %2.").arg(option->names().first(), named);
        }
    }
    return {};
}

CommandLine answered(int exitCode, const QString &output)
{
    CommandLine result;
    result.exitNow = true;
    result.exitCode = exitCode;
    result.output = output;
    return result;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    Options o;
    const QList<Command> commands = commandsOf(o);
    for (const Command &c : commands)
        o.parser.addPositionalArgument(c.name, c.help, c.syntax);
    if (!o.parser.parse(arguments))
        return answered(2, o.parser.errorText() + QLatin1Char('\n'));
    if (o.parser.isSet(o.help))
        return answered(0, o.parser.helpText());
    if (o.parser.isSet(o.version))
        return answered(
            0, QStringLiteral("ionos-admin %1\n").arg(QStringLiteral(IONOS_ADMIN_VERSION)));
    const QStringList positional = o.parser.positionalArguments();
    const QString name = positional.value(0);
    const auto command = std::find_if(commands.begin(), commands.end(),
                                      [&](const Command &c) { return c.name == name; });
    if (!name.isEmpty() && command == commands.end())
        return answered(2,
                        CommandLine::tr("Unexpected argument: %1").arg(name) + QLatin1Char('\n'));
    CommandLine result;
    Mistake mistake = misplacedOption(o, commands, name);
    if (mistake.isEmpty() && command != commands.end())
        mistake = command->parse(o, positional, result);
    if (!mistake.isEmpty())
        return answered(2, mistake + QLatin1Char('\n'));
    result.demo = o.parser.isSet(o.demo);
    result.profile = o.parser.value(o.profile);
    result.apiUrl = o.parser.value(o.apiUrl);
    result.language = o.parser.value(o.lang);
    return result;
}

} // namespace ionos
