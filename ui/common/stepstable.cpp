#include "ui/common/stepstable.h"

#include "models/restore/restorereportmodel.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"

#include <QHeaderView>
#include <QTableView>

namespace ionos {

void installStepsTable(QTableView *table, RestoreReportModel *model, const QString &name)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    using Kind = TableColumns::Kind;
    TableColumns::install(table,
                          // The outcome first: it takes what the steps leave.
                          {{RestoreReportModel::OutcomeColumn, Kind::Text},
                           {RestoreReportModel::StepColumn, Kind::Text},
                           {RestoreReportModel::RequestColumn, Kind::Id}},
                          QStringLiteral("views/%1Columns").arg(name));
    TableExporter::install(table, name + QStringLiteral("-report"));
}

} // namespace ionos
