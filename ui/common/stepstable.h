#pragma once

#include <QString>

class QTableView;

namespace ionos {

class RestoreReportModel;

// A table of the writes a change makes (a restore, an undo, an offboarding), each with its
// outcome and request id once it ran: rows selected whole, read-only, the outcome's column
// sharing the width with the steps, exportable; its widths kept under "views/<name>Columns".
void installStepsTable(QTableView *table, RestoreReportModel *model, const QString &name);

} // namespace ionos
