#include "app/headlessrestore.h"

#include "app/headlessrun.h"
#include "app/headlesssnapshot.h"

#include "models/restore/restorerunner.h"
#include "models/snapshot/restoreplan.h"
#include "models/workspace.h"

#include <QCoreApplication>

namespace ionos {

int runHeadlessRestore(const CommandLine &commandLine)
{
    const RestoreRequest request = *commandLine.restore;
    const Result<AccountSnapshot> target = readSnapshot(request.file);
    if (!target.ok())
        return failNow(target.error().message);
    RestoreRunner *runner = nullptr;
    HeadlessRun run(
        commandLine, HeadlessRun::fromSnapshot([&](HeadlessRun &self, Workspace &workspace,
                                                   const AccountSnapshot &live) {
            RestorePlan::Options options;
            options.deleteExtra = request.deleteExtra;
            RestorePlan::Choice everything;
            everything.everything = true;
            const RestorePlan::Prepared plan =
                RestorePlan::prepare(target.value(), live, everything, options);
            if (!plan.refusal.isEmpty()) {
                self.fail(plan.refusal);
                return;
            }
            if (plan.steps.isEmpty()) {
                if (self.writeOut(QCoreApplication::translate(
                                      "Snapshot", "Nothing to restore: the account is as "
                                                  "the snapshot has it.\n")
                                      .toUtf8()))
                    self.finish(0);
                return;
            }
            runner = new RestoreRunner(workspace, &self);
            QObject::connect(runner, &RestoreRunner::finished, &self, [&, plan](bool complete) {
                QByteArray lines;
                for (int i = 0; i < runner->steps().size(); ++i) {
                    const RestoreOutcome &o = runner->outcomes().at(i);
                    const QString &what = plan.descriptions.at(i);
                    QString line;
                    if (!o.isLeft())
                        line = QCoreApplication::translate("Snapshot", "restored: %1")
                                   .arg(RestoreRunner::doneText(what, o));
                    else if (o.message.isEmpty() || o.message == what)
                        line = QCoreApplication::translate("Snapshot", "left: %1").arg(what);
                    else
                        line = QCoreApplication::translate("Snapshot", "left: %1: %2")
                                   .arg(what, o.message);
                    lines += line.simplified().toUtf8() + '\n';
                }
                if (self.writeOut(lines))
                    self.finish(complete ? 0 : 1);
            });
            runner->run(plan.steps, {}, plan.descriptions);
        }));
    return run.untilDone();
}

} // namespace ionos
