#include "app/headlessimport.h"

#include "app/headlessrun.h"
#include "app/headlesssnapshot.h"
#include "models/access/whatif.h"
#include "models/import/importplan.h"
#include "models/import/passwordsfile.h"
#include "models/restore/batchchange.h"
#include "models/restore/snapshottaker.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ionos {
namespace {

// The plan, and with the outcomes after a run, as the command prints it.
class ImportOutput
{
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    ImportOutput(const ImportPlan &plan, const QList<ItemOutcome> *outcomes)
        : m_plan(plan)
        , m_outcomes(outcomes)
    {}

    QByteArray json() const
    {
        QJsonArray rows;
        for (int i = 0; i < m_plan.rows().size(); ++i) {
            QJsonObject row = m_plan.rowJson(i);
            if (m_outcomes && m_plan.rows().at(i).action != ImportRow::Action::Refused) {
                const ItemOutcome &o = m_outcomes->at(i);
                const bool done =
                    o.state == ItemOutcome::State::Done || o.state == ItemOutcome::State::NotRun;
                row.insert(QStringLiteral("outcome"),
                           done ? QStringLiteral("done") : QStringLiteral("failed"));
                if (!done)
                    row.insert(QStringLiteral("reason"), o.message);
                if (!o.requestIds.isEmpty())
                    row.insert(QStringLiteral("requests"),
                               QJsonArray::fromStringList(o.requestIds));
                if (!o.createdId.isEmpty())
                    row.insert(QStringLiteral("user"), o.createdId);
            }
            rows << row;
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("rows"), rows}}).toJson();
    }

    QByteArray text(const QStringList &accessLines) const
    {
        QString out;
        for (int i = 0; i < m_plan.rows().size(); ++i) {
            const ImportRow &r = m_plan.rows().at(i);
            QString line =
                ImportOutput::tr("row %1 %2: %3").arg(r.row).arg(r.email, m_plan.describe(i));
            if (m_outcomes && r.action != ImportRow::Action::Refused &&
                r.action != ImportRow::Action::Same)
                line += QStringLiteral(" — ") + outcomeText(m_outcomes->at(i));
            out += line + QLatin1Char('\n');
        }
        out += m_plan.summary() + QLatin1Char('\n');
        if (!m_outcomes && !accessLines.isEmpty()) {
            out += ImportOutput::tr("What changes in access:") + QLatin1Char('\n');
            for (const QString &l : accessLines)
                out += QStringLiteral("  ") + l + QLatin1Char('\n');
        }
        return out.toUtf8();
    }

private:
    static QString outcomeText(const ItemOutcome &o)
    {
        switch (o.state) {
        case ItemOutcome::State::Done:
        case ItemOutcome::State::NotRun:
            if (o.requestIds.isEmpty())
                return ImportOutput::tr("done");
            return (o.requestIds.size() == 1 ? ImportOutput::tr("done (request %1)")
                                             : ImportOutput::tr("done (requests %1)"))
                .arg(o.requestIds.join(QStringLiteral(", ")));
        case ItemOutcome::State::Cancelled:
            return ImportOutput::tr("cancelled: %1").arg(o.message);
        case ItemOutcome::State::Waiting:
        case ItemOutcome::State::Failed:
            break;
        }
        return ImportOutput::tr("failed: %1").arg(o.message);
    }

    const ImportPlan &m_plan;
    const QList<ItemOutcome> *m_outcomes;
};

bool print(HeadlessRun &run, const ImportRequest &request, const ImportPlan &plan,
           const QList<ItemOutcome> *outcomes, const QStringList &access = {})
{
    const ImportOutput output(plan, outcomes);
    return run.writeOut(request.json ? output.json() : output.text(access));
}

bool refusedOrFailed(const ImportPlan &plan, const QList<ItemOutcome> *outcomes)
{
    if (plan.count(ImportRow::Action::Refused) > 0)
        return true;
    return outcomes && std::any_of(outcomes->begin(), outcomes->end(), [](const ItemOutcome &o) {
               return o.state != ItemOutcome::State::Done && o.state != ItemOutcome::State::NotRun;
           });
}

} // namespace

int runHeadlessImport(const CommandLine &commandLine)
{
    const ImportRequest request = *commandLine.import;
    QFile file(request.file);
    if (!file.open(QIODevice::ReadOnly))
        return failNow(
            ImportOutput::tr("%1 cannot be read: %2").arg(request.file, file.errorString()));
    const Result<CsvTable> table = CsvTable::parse(file.readAll());
    if (!table.ok())
        return failNow(ImportOutput::tr("%1: %2").arg(request.file, table.error().message));
    if (!request.passwordsOut.isEmpty()) {
        if (const QString taken = PasswordsFile::taken(request.passwordsOut); !taken.isEmpty())
            return failNow(taken);
    }

    std::optional<ImportPlan> plan;
    PasswordsFile passwordsFile;
    QList<PasswordsFile::Entry> generated;
    QHash<int, QString> generatedByRow; // by row index, for the file after the run
    BatchChange *change = nullptr;
    HeadlessRun run(commandLine, [&](HeadlessRun &self, Workspace &workspace) {
        const AccessFacts facts = SnapshotTaker::ofLoaded(workspace).account;
        ImportPlan::Options options;
        options.exactGroups = request.exactGroups;
        options.generatePasswords = !request.passwordsOut.isEmpty();
        Result<ImportPlan> planned = ImportPlan::of(table.value(), facts, options);
        if (!planned.ok()) {
            self.fail(ImportOutput::tr("%1: %2").arg(request.file, planned.error().message));
            return;
        }
        plan = std::move(planned.value());
        if (!request.apply) {
            WhatIf preview(facts);
            plan->stage(preview);
            if (print(self, request, *plan, nullptr, preview.difference().lines()))
                self.finish(refusedOrFailed(*plan, nullptr) ? 1 : 0);
            return;
        }
        const ImportPlan::Writes writes = plan->writes();
        const ImportPlan::Passwords passwords = plan->passwords();
        generatedByRow = passwords.generated;
        if (!generatedByRow.isEmpty()) {
            if (const QString problem = passwordsFile.create(request.passwordsOut);
                !problem.isEmpty()) {
                self.fail(problem);
                return;
            }
        }
        change = new BatchChange(workspace, &self);
        // Everything it uses outlives the run; the work's own locals do not.
        QObject::connect(
            change, &BatchChange::finished, &self,
            [&self, &request, &plan, &change, &generatedByRow, &generated, &passwordsFile] {
                const QList<ItemOutcome> &outcomes = change->outcomes();
                for (auto it = generatedByRow.constBegin(); it != generatedByRow.constEnd(); ++it) {
                    if (outcomes.at(it.key()).state == ItemOutcome::State::Done)
                        generated << PasswordsFile::Entry{plan->rows().at(it.key()).email,
                                                          it.value()};
                }
                generatedByRow.clear();
                if (!passwordsFile.path().isEmpty()) {
                    if (const QString problem = passwordsFile.write(generated);
                        !problem.isEmpty()) {
                        self.fail(problem);
                        return;
                    }
                }
                if (print(self, request, *plan, &outcomes))
                    self.finish(refusedOrFailed(*plan, &outcomes) ? 1 : 0);
            });
        change->run(
            int(plan->rows().size()), writes.steps, writes.rowOf, writes.descriptions,
            ImportOutput::tr("Import users from %1").arg(QFileInfo(request.file).fileName()),
            passwords.byCreation);
    });
    return run.untilDone();
}

} // namespace ionos
