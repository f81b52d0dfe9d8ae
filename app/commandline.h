#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace ionos {

// A report written without a window: `report access|findings|keys --format json|csv`, or
// `report posture --out FILE.pdf [--baseline FILE]`.
struct ReportRequest
{
    enum class Kind
    {
        Access,
        Findings,
        Keys,
        Posture
    };
    Kind kind = Kind::Access;
    bool csv = false;
    QDateTime asOf; // the report time; now unless --as-of
    int inactiveDays = 90;
    int keyMaxAgeDays = 365;
    QString out;      // posture: the PDF to write
    QString baseline; // posture: the snapshot the changes are counted from; empty for none
};

// `snapshot --out FILE`: the account as a snapshot file.
struct SnapshotRequest
{
    QString out;
};

// `diff A B --format json|text`: A and B are snapshot files or "live".
struct DiffRequest
{
    static constexpr const char *kLive = "live";
    QString before;
    QString after;
    bool json = false;
    bool needsSignIn() const
    {
        return before == QLatin1String(kLive) || after == QLatin1String(kLive);
    }
};

// `restore FILE --yes [--delete-extra]`: the account put back as the snapshot file has it.
struct RestoreRequest
{
    QString file;
    bool deleteExtra = false; // also delete users and groups that are not in the snapshot
};

// `watch --baseline FILE [--format text|json] [--update] [--notify]`: the account now against a
// snapshot, by the watch's rules.
struct WatchRequest
{
    QString baseline;
    bool json = false;
    bool update = false; // write the account now as the new baseline after the report
    bool notify = false; // also a desktop notification when there are alerts
};

// `import FILE (--dry-run | --yes) [--exact-groups] [--passwords-out FILE] [--format text|json]`:
// users and their memberships from a spreadsheet saved as CSV.
struct ImportRequest
{
    QString file;
    bool apply = false; // --yes; else --dry-run: the plan alone
    bool exactGroups = false;
    QString passwordsOut; // where generated passwords go; passwords are generated only with it
    bool json = false;
};

// `offboard EMAIL... (--dry-run | --yes) [--format text|json]`: people leaving, in one step.
struct OffboardRequest
{
    QStringList emails;
    bool apply = false; // --yes; else --dry-run: the plan alone
    bool json = false;
};

// The console's command line.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    bool demo = false;
    std::optional<ReportRequest> report;     // report ...: no window
    std::optional<SnapshotRequest> snapshot; // snapshot ...: no window
    std::optional<DiffRequest> diff;         // diff ...: no window
    std::optional<RestoreRequest> restore;   // restore ...: no window
    std::optional<WatchRequest> watch;       // watch ...: no window
    std::optional<ImportRequest> import;     // import ...: no window
    std::optional<OffboardRequest> offboard; // offboard ...: no window
    QString profile;                         // --profile NAME
    QString apiUrl;                          // --api-url URL
    QString language;                        // --lang LANGUAGE; empty: the system's
    bool exitNow = false;                    // --help, --version or a mistake was answered
    int exitCode = 0;
    QString output;

    static CommandLine parse(const QStringList &arguments);
};

} // namespace ionos
