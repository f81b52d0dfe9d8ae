#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

class QAbstractItemModel;

namespace ionos {

// Roles a model may answer to make its export stable and typed. Without them the export uses the
// header text as the JSON key and the displayed text as the value.
enum ExportRole
{
    ExportKeyRole =
        Qt::UserRole + 900, // headerData: a JSON key that does not change with the language
    ExportValueRole,        // data: a typed value for JSON (bool, number, ISO date)
    // headerData(row, Qt::Vertical): the id of a row that a vertical header names (a group of
    // the privilege matrix). Such rows are exported with "id" and "name" before their cells.
    ExportRowIdRole,
};

// A table as CSV that spreadsheet programs open correctly: UTF-8 with a byte order mark, every
// field quoted when it holds a comma, a quote or a line break (quotes doubled), CRLF line ends,
// the header first. A tree is exported as the rows below its top level, with the top-level row's
// text in a first column.
// Parts of it, for a file written in pieces (a report on standard output: no byte order mark,
// the header once, then the rows of each piece).
enum CsvPart
{
    CsvByteOrderMark = 0x1,
    CsvHeader = 0x2,
    CsvRows = 0x4,
    CsvWhole = CsvByteOrderMark | CsvHeader | CsvRows
};
QByteArray toCsv(const QAbstractItemModel &model, int parts = CsvWhole);
QByteArray csvField(const QString &text);

// The same rows as a JSON array of objects, one per row, keyed by ExportKeyRole.
QJsonArray toJsonArray(const QAbstractItemModel &model);
QByteArray toJson(const QAbstractItemModel &model);

enum class ExportFormat
{
    Csv,
    Json
};
ExportFormat exportFormatForPath(const QString &path);
QByteArray exportTable(const QAbstractItemModel &model, ExportFormat format);

} // namespace ionos
