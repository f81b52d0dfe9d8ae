#pragma once

#include "network/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ionos {

// A spreadsheet saved as CSV: a header row and the data rows below it, as RFC 4180 has them
// (quoted cells with "" for a quote and line breaks inside, CRLF or LF), in UTF-8 with or without
// a byte order mark. The cells are separated by commas, or by semicolons or tabs when the header
// row has those and no comma (as spreadsheets save CSV in many languages). Rows that are empty
// are skipped; the others are counted from 1.
struct CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    QStringList header;
    QList<QStringList> rows; // each as long as the header, short rows padded with empty cells
    QList<int> lines;        // the line of the file each row starts on, for messages

    // The table, or why the bytes are not one (in plain words, the line named).
    static Result<CsvTable> parse(const QByteArray &bytes);
};

} // namespace ionos
