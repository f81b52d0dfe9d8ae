#include "app/headlesssnapshot.h"

#include "app/headlessrun.h"

#include "models/snapshot/snapshotdiff.h"
#include "models/workspace.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace ionos {

Result<AccountSnapshot> readSnapshot(const QString &path)
{
    Result<AccountSnapshot> read = AccountSnapshot::readFile(path);
    if (read.ok() || read.error().details.isEmpty())
        return read;
    ApiError e = read.error();
    e.message = QStringLiteral("%1: %2").arg(path, e.message);
    return e;
}

int failNow(const QString &message)
{
    std::fprintf(stderr, "ionos-admin: %s\n", message.simplified().toLocal8Bit().constData());
    return 2;
}

namespace {

// Writes the changes and says by the exit code whether there were any.
int writeDiff(const DiffRequest &request, const AccountSnapshot &before,
              const AccountSnapshot &after, HeadlessRun *run)
{
    const QList<SnapshotChange> changes = SnapshotDiff::between(before, after);
    const QByteArray text =
        request.json ? SnapshotDiff::toJson(changes) : SnapshotDiff::toText(changes);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(text) != text.size()) {
        const QString message =
            QCoreApplication::translate("Snapshot", "Standard output cannot be written.");
        if (!run)
            return failNow(message);
        run->fail(message);
        return 2;
    }
    out.flush();
    const int exitCode = changes.isEmpty() ? 0 : 1;
    if (run)
        run->finish(exitCode);
    return exitCode;
}

} // namespace

int runHeadlessSnapshot(const CommandLine &commandLine)
{
    const QString path = commandLine.snapshot->out;
    HeadlessRun run(commandLine, HeadlessRun::fromSnapshot([path](HeadlessRun &self, Workspace &,
                                                                  const AccountSnapshot &taken) {
                        if (const QString problem = taken.writeFile(path); !problem.isEmpty()) {
                            self.fail(
                                QCoreApplication::translate("Snapshot", "%1 cannot be written: %2")
                                    .arg(path, problem));
                            return;
                        }
                        self.finish(0);
                    }));
    return run.untilDone();
}

int runHeadlessDiff(const CommandLine &commandLine)
{
    const DiffRequest request = *commandLine.diff;
    const bool beforeLive = request.before == QLatin1String(DiffRequest::kLive);
    const bool afterLive = request.after == QLatin1String(DiffRequest::kLive);
    Result<AccountSnapshot> before = AccountSnapshot{};
    Result<AccountSnapshot> after = AccountSnapshot{};
    if (!beforeLive && !(before = readSnapshot(request.before)).ok())
        return failNow(before.error().message);
    if (!afterLive && !(after = readSnapshot(request.after)).ok())
        return failNow(after.error().message);
    if (!request.needsSignIn())
        return writeDiff(request, before.value(), after.value(), nullptr);
    HeadlessRun run(commandLine, HeadlessRun::fromSnapshot([&](HeadlessRun &self, Workspace &,
                                                               const AccountSnapshot &live) {
                        writeDiff(request, beforeLive ? live : before.value(),
                                  afterLive ? live : after.value(), &self);
                    }));
    return run.untilDone();
}

} // namespace ionos
