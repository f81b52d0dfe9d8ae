#include "app/headlessreport.h"

#include "app/headlessrun.h"
#include "app/headlesssnapshot.h"
#include "models/overview/posturereport.h"
#include "ui/overview/posturedocument.h"

#include "models/access/accessreport.h"
#include "models/access/effectiveaccessmodel.h"
#include "models/access/findingsmodel.h"
#include "models/keys/keysreportmodel.h"
#include "models/tableexport.h"
#include "models/workspace.h"

#include <QFile>
#include <QJsonDocument>

namespace ionos {
namespace {

void writeAccess(QFile &out, const ReportRequest &request, const EffectiveAccess &access)
{
    if (!request.csv) {
        accessreport::writeAccessJson(out, access, request.asOf);
        return;
    }
    // A user at a time: all of them at once could be millions of lines.
    EffectiveAccessModel lines;
    out.write(toCsv(lines, CsvHeader));
    for (const User &u : access.facts().users) {
        lines.show(access.of(u), access);
        out.write(toCsv(lines, CsvRows));
    }
}

void writeFindings(QFile &out, const ReportRequest &request, const EffectiveAccess &access)
{
    FindingsRules::Options options;
    options.asOf = request.asOf;
    options.inactiveDays = request.inactiveDays;
    options.keyMaxAgeDays = request.keyMaxAgeDays;
    const QList<Finding> findings = FindingsRules::find(access, options);
    if (!request.csv) {
        out.write(QJsonDocument(accessreport::findingsJson(findings, options))
                      .toJson(QJsonDocument::Indented));
        return;
    }
    FindingsModel table;
    table.show(findings);
    out.write(toCsv(table, CsvHeader | CsvRows));
}

void writeKeys(QFile &out, const ReportRequest &request, const AccessFacts &facts)
{
    KeysReportModel keys;
    keys.show(facts, request.asOf);
    out.write(request.csv ? toCsv(keys, CsvHeader | CsvRows) : keys.toJson());
}

// The posture report: the account now (and the baseline's changes) as a PDF file.
int runPostureReport(const CommandLine &commandLine)
{
    const ReportRequest request = *commandLine.report;
    std::optional<AccountSnapshot> baseline;
    if (!request.baseline.isEmpty()) {
        const Result<AccountSnapshot> read = readSnapshot(request.baseline);
        if (!read.ok())
            return failNow(read.error().message);
        baseline = read.value();
    }
    HeadlessRun run(
        commandLine,
        HeadlessRun::fromSnapshot([&](HeadlessRun &self, Workspace &, const AccountSnapshot &now) {
            FindingsRules::Options options;
            options.asOf = request.asOf;
            options.inactiveDays = request.inactiveDays;
            options.keyMaxAgeDays = request.keyMaxAgeDays;
            const QString account = now.contractNumber
                                        ? HeadlessRun::tr("Cloud API %1, contract %2")
                                              .arg(now.apiUrl)
                                              .arg(*now.contractNumber)
                                        : HeadlessRun::tr("Cloud API %1").arg(now.apiUrl);
            PostureDocument document(PostureReport::of(account, now, options, baseline));
            if (const QString problem = document.writePdf(request.out); !problem.isEmpty()) {
                self.fail(HeadlessRun::tr("%1 cannot be written: %2").arg(request.out, problem));
                return;
            }
            self.finish(0);
        }));
    return run.untilDone();
}

} // namespace

int runHeadlessReport(const CommandLine &commandLine)
{
    const ReportRequest request = *commandLine.report;
    if (request.kind == ReportRequest::Kind::Posture)
        return runPostureReport(commandLine);
    HeadlessRun run(commandLine, [request](HeadlessRun &self, Workspace &workspace) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            self.fail(HeadlessRun::tr("Standard output cannot be written."));
            return;
        }
        if (request.kind == ReportRequest::Kind::Keys) {
            writeKeys(out, request, workspace.accessFacts());
            out.flush();
            self.finish(0);
            return;
        }
        const EffectiveAccess access(workspace.accessFacts());
        if (request.kind == ReportRequest::Kind::Access)
            writeAccess(out, request, access);
        else
            writeFindings(out, request, access);
        out.flush();
        self.finish(0);
    });
    return run.untilDone();
}

} // namespace ionos
