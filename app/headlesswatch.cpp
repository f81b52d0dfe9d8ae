#include "app/headlesswatch.h"

#include "app/desktopnotification.h"
#include "app/headlessrun.h"
#include "app/headlesssnapshot.h"
#include "models/watch/watchrules.h"

#include <QFileInfo>

#include <optional>

namespace ionos {
namespace {

// What the desktop is told of the alerts: how many, and the first few in a sentence each.
DesktopNotification notificationOf(const QList<WatchAlert> &alerts)
{
    constexpr int kShown = 5;
    DesktopNotification n;
    n.summary = QCoreApplication::translate("Watch", "IONOS Cloud: %n alert(s) in the account",
                                            nullptr, int(alerts.size()));
    QStringList lines;
    for (const WatchAlert &a : alerts.first(std::min<qsizetype>(alerts.size(), kShown)))
        lines << a.detail;
    if (alerts.size() > kShown)
        lines << QCoreApplication::translate("Watch", "and %n more.", nullptr,
                                             int(alerts.size() - kShown));
    n.body = lines.join(QLatin1Char('\n'));
    const bool high = std::any_of(alerts.begin(), alerts.end(), [](const WatchAlert &a) {
        return a.severity == WatchAlert::Severity::High;
    });
    n.urgency =
        high ? DesktopNotification::Urgency::Critical : DesktopNotification::Urgency::Normal;
    return n;
}

// After the report: the baseline updated when asked, then the exit code by the alerts.
void updateAndFinish(HeadlessRun &run, const WatchRequest &request, const AccountSnapshot &now,
                     qsizetype alertCount)
{
    if (request.update) {
        if (const QString problem = now.writeFile(request.baseline); !problem.isEmpty()) {
            run.fail(QCoreApplication::translate("Watch", "%1 cannot be written: %2")
                         .arg(request.baseline, problem));
            return;
        }
    }
    run.finish(alertCount > 0 ? 1 : 0);
}

void report(HeadlessRun &run, const WatchRequest &request,
            const std::optional<AccountSnapshot> &baseline, const AccountSnapshot &now)
{
    if (!baseline) {
        if (run.writeOut(QCoreApplication::translate(
                             "Watch",
                             "There was no baseline: the account now is written to %1 as the "
                             "baseline.\n")
                             .arg(request.baseline)
                             .toUtf8()))
            updateAndFinish(run, request, now, 0);
        return;
    }
    const QList<WatchAlert> alerts = WatchRules::between(*baseline, now);
    if (!run.writeOut(request.json ? WatchRules::toJson(*baseline, now, alerts)
                                   : WatchRules::toText(*baseline, now, alerts)))
        return;
    if (!request.notify || alerts.isEmpty()) {
        updateAndFinish(run, request, now, alerts.size());
        return;
    }
    notificationOf(alerts).send(
        &run, [&run, request, now, count = alerts.size()](const QString &problem) {
            if (!problem.isEmpty()) {
                run.fail(problem);
                return;
            }
            updateAndFinish(run, request, now, count);
        });
}

} // namespace

int runHeadlessWatch(const CommandLine &commandLine)
{
    const WatchRequest request = *commandLine.watch;
    std::optional<AccountSnapshot> baseline;
    if (QFileInfo::exists(request.baseline)) {
        const Result<AccountSnapshot> read = readSnapshot(request.baseline);
        if (!read.ok())
            return failNow(read.error().message);
        baseline = read.value();
    } else if (!request.update) {
        return failNow(QCoreApplication::translate(
                           "Watch",
                           "%1 does not exist: run the watch with --update once to make the "
                           "account as it is then the baseline.")
                           .arg(request.baseline));
    }
    HeadlessRun run(commandLine, HeadlessRun::fromSnapshot([&](HeadlessRun &self, Workspace &,
                                                               const AccountSnapshot &now) {
                        report(self, request, baseline, now);
                    }));
    return run.untilDone();
}

} // namespace ionos
