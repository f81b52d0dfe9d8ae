#include "models/import/csvtable.h"

#include <QStringDecoder>

namespace ionos {
namespace {

ApiError unreadable(const QString &why)
{
    ApiError e;
    e.kind = ApiError::Kind::Parse;
    e.message = why;
    return e;
}

// The separator the header row uses: a comma, or else a semicolon or tab when it has one.
QChar separatorOf(const QString &text)
{
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n')
            break;
        else if (c == u',')
            return u',';
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (tabs > 0 && tabs >= semicolons)
        return u'\t';
    return semicolons > 0 ? u';' : u',';
}

bool isBlank(const QStringList &row)
{
    return std::all_of(row.begin(), row.end(),
                       [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

} // namespace

Result<CsvTable> CsvTable::parse(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return unreadable(tr("The file is not in UTF-8: save it from the spreadsheet as "
                             "\"CSV UTF-8\"."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar separator = separatorOf(text);

    QList<QStringList> records;
    QList<int> starts;
    QStringList record;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false; // the cell had quotes: text after its closing quote is an error
    int line = 1;
    int recordLine = 1;
    const auto endCell = [&] {
        record << cell;
        cell.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endCell();
        records << record;
        starts << recordLine;
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == separator) {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (c == u'"' && cell.trimmed().isEmpty() && !wasQuoted) {
            quoted = true;
            cell.clear();
        } else if (wasQuoted && !c.isSpace()) {
            return unreadable(tr("Line %1 has text after a quoted cell's closing quote; a quote "
                                 "inside a quoted cell is written twice (\"\").")
                                  .arg(line));
        } else if (!wasQuoted) {
            cell += c;
        }
    }
    if (quoted)
        return unreadable(tr("The quote opened on line %1 is never closed.").arg(recordLine));
    if (!cell.isEmpty() || !record.isEmpty())
        endRecord();

    CsvTable table;
    int first = 0;
    while (first < records.size() && isBlank(records.at(first)))
        ++first;
    if (first == records.size())
        return unreadable(tr("The file is empty: it needs a header row, such as "
                             "email,firstname,lastname,groups."));
    for (const QString &name : records.at(first))
        table.header << name.trimmed();
    for (int r = first + 1; r < records.size(); ++r) {
        QStringList row = records.at(r);
        if (isBlank(row))
            continue;
        if (row.size() > table.header.size()) {
            const QStringList extra = row.mid(table.header.size());
            if (!isBlank(extra))
                return unreadable(tr("Line %1 has %2 cells, more than the header's %3.")
                                      .arg(starts.at(r))
                                      .arg(row.size())
                                      .arg(table.header.size()));
            row = row.first(table.header.size());
        }
        while (row.size() < table.header.size())
            row << QString();
        table.rows << row;
        table.lines << starts.at(r);
    }
    return table;
}

} // namespace ionos
