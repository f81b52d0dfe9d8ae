#include "app/headlessoffboard.h"

#include "app/headlessrun.h"
#include "models/access/whatif.h"
#include "models/account/resourcetypes.h"
#include "models/offboard/offboardplan.h"
#include "models/restore/restorerunner.h"
#include "models/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace ionos {
namespace {

// The plan, and with the steps' outcomes after a run, as the command prints it.
class OffboardOutput
{
    Q_DECLARE_TR_FUNCTIONS(Offboard)

public:
    OffboardOutput(const OffboardPlan &plan, const RestoreRunner *run)
        : m_plan(plan)
        , m_run(run)
    {}

    QByteArray json(const OffboardPlan::Writes &writes) const
    {
        QJsonArray users;
        for (int i = 0; i < m_plan.users().size(); ++i)
            users << m_plan.userJson(i);
        QJsonObject out{{QStringLiteral("users"), users}};
        if (m_run) {
            QJsonArray steps;
            for (int s = 0; s < m_run->outcomes().size(); ++s) {
                const RestoreOutcome &o = m_run->outcomes().at(s);
                QJsonObject step{
                    {QStringLiteral("email"), m_plan.users().at(writes.userOf.at(s)).email},
                    {QStringLiteral("step"), writes.descriptions.at(s)},
                    {QStringLiteral("outcome"), stateName(o.state)}};
                if (!o.requestId.isEmpty())
                    step.insert(QStringLiteral("request"), o.requestId);
                if (o.isLeft())
                    step.insert(QStringLiteral("reason"), o.message);
                steps << step;
            }
            out.insert(QStringLiteral("steps"), steps);
        }
        return QJsonDocument(out).toJson();
    }

    QByteArray text(const OffboardPlan::Writes &writes, const QStringList &accessLines) const
    {
        QString out;
        for (int i = 0; i < m_plan.users().size(); ++i) {
            const OffboardUser &u = m_plan.users().at(i);
            out += tr("%1: %2").arg(u.email, m_plan.describe(i)) + QLatin1Char('\n');
            for (const OffboardUser::Owned &r : u.owned)
                out += QStringLiteral("  ") + ownedText(r) + QLatin1Char('\n');
        }
        if (m_run) {
            for (int s = 0; s < m_run->outcomes().size(); ++s) {
                const RestoreOutcome &o = m_run->outcomes().at(s);
                out +=
                    (o.isLeft() ? tr("left: %1: %2").arg(writes.descriptions.at(s), o.message)
                                : tr("done: %1")
                                      .arg(RestoreRunner::doneText(writes.descriptions.at(s), o))) +
                    QLatin1Char('\n');
            }
        } else if (!accessLines.isEmpty()) {
            out += tr("What changes in access:") + QLatin1Char('\n');
            for (const QString &l : accessLines)
                out += QStringLiteral("  ") + l + QLatin1Char('\n');
        }
        return out.toUtf8();
    }

private:
    static QString stateName(RestoreOutcome::State state)
    {
        switch (state) {
        case RestoreOutcome::State::Done:
            return QStringLiteral("done");
        case RestoreOutcome::State::Cancelled:
            return QStringLiteral("cancelled");
        case RestoreOutcome::State::Skipped:
            return QStringLiteral("skipped");
        case RestoreOutcome::State::Waiting:
        case RestoreOutcome::State::Failed:
            break;
        }
        return QStringLiteral("failed");
    }

    static QString ownedText(const OffboardUser::Owned &r)
    {
        const QString what = ResourceTypes::nameWithType(r.resource.name, r.resource.type);
        QStringList others;
        for (const User &u : r.others)
            others << u.email;
        QString reach = others.isEmpty()
                            ? tr("nobody else reaches it")
                            : tr("%n other(s) reach it: %1", nullptr, int(others.size()))
                                  .arg(others.join(QStringLiteral(", ")));
        if (r.administrators > 0)
            reach += tr(", and %n administrator(s)", nullptr, r.administrators);
        return r.orphaned ? tr("created %1, left without a keeper: %2").arg(what, reach)
                          : tr("created %1: %2").arg(what, reach);
    }

    const OffboardPlan &m_plan;
    const RestoreRunner *m_run;
};

bool refusedOrLeft(const OffboardPlan &plan, const RestoreRunner *run)
{
    return plan.refusedCount() > 0 || (run && run->leftCount() > 0);
}

} // namespace

int runHeadlessOffboard(const CommandLine &commandLine)
{
    const OffboardRequest request = *commandLine.offboard;
    std::optional<OffboardPlan> plan;
    OffboardPlan::Writes writes;
    RestoreRunner *runner = nullptr;
    HeadlessRun run(commandLine, [&](HeadlessRun &self, Workspace &workspace) {
        const auto access = std::make_shared<const EffectiveAccess>(workspace.accessFacts());
        plan = OffboardPlan::of(request.emails, *access);
        writes = plan->writes();
        const auto print = [&self, &request, &plan, &writes](const RestoreRunner *ran,
                                                             const QStringList &lines) {
            const OffboardOutput output(*plan, ran);
            return self.writeOut(request.json ? output.json(writes) : output.text(writes, lines));
        };
        if (!request.apply || writes.steps.isEmpty()) {
            WhatIf preview(access);
            plan->stage(preview);
            if (print(nullptr, preview.difference().lines()))
                self.finish(refusedOrLeft(*plan, nullptr) ? 1 : 0);
            return;
        }
        runner = new RestoreRunner(workspace, &self);
        runner->setJournal(OffboardOutput::tr("Offboard %n user(s)", nullptr, plan->workCount()));
        // Everything it uses outlives the run; the work's own locals do not.
        QObject::connect(
            runner, &RestoreRunner::finished, &self, [&self, &request, &plan, &writes, &runner] {
                const OffboardOutput output(*plan, runner);
                if (self.writeOut(request.json ? output.json(writes) : output.text(writes, {})))
                    self.finish(refusedOrLeft(*plan, runner) ? 1 : 0);
            });
        runner->run(writes.steps, {}, writes.descriptions);
    });
    return run.untilDone();
}

} // namespace ionos
