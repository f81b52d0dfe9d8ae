#include "models/tableexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace ionos {
namespace {

// One exported cell: what CSV shows and what JSON carries.
struct Cell
{
    QString text;
    QJsonValue value;
};

struct Column
{
    QString header;
    QString key;
};

// Whether the rows are named by the vertical header and identified by ExportRowIdRole.
bool hasRowHeaders(const QAbstractItemModel &model)
{
    return model.rowCount() > 0 && model.headerData(0, Qt::Vertical, ExportRowIdRole).isValid();
}

bool isTree(const QAbstractItemModel &model)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.hasChildren(model.index(r, 0)))
            return true;
    }
    return false;
}

QString keyFromHeader(const QString &header)
{
    QString key;
    bool upper = false;
    for (const QChar c : header) {
        if (c.isLetterOrNumber()) {
            key += key.isEmpty() ? c.toLower() : upper ? c.toUpper() : c;
            upper = false;
        } else {
            upper = !key.isEmpty();
        }
    }
    return key;
}

QJsonValue jsonValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QDateTime:
        return value.toDateTime().isValid() ? QJsonValue(value.toDateTime().toString(Qt::ISODate))
                                            : QJsonValue(QJsonValue::Null);
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        return value.toString();
    }
}

Cell cell(const QModelIndex &index)
{
    const QVariant check = index.data(Qt::CheckStateRole);
    QString text = index.data(Qt::DisplayRole).toString();
    if (check.isValid()) {
        const bool on = check.toInt() == Qt::Checked;
        if (text.isEmpty())
            text = on ? QCoreApplication::translate("TableExport", "Yes")
                      : QCoreApplication::translate("TableExport", "No");
        return {text, on};
    }
    const QVariant typed = index.data(ExportValueRole);
    return {text, typed.isValid() ? jsonValue(typed) : QJsonValue(text)};
}

// Calls row(parent, cells) for each exported row, in the model's order; parent is the top-level
// row of a tree, invalid in a flat table.
template <typename RowFunction> void forEachRow(const QAbstractItemModel &model, RowFunction row)
{
    const bool rowHeaders = hasRowHeaders(model);
    auto cellsOf = [&model, rowHeaders](int r, const QModelIndex &parent) {
        QList<Cell> cells;
        if (rowHeaders) {
            const QString id = model.headerData(r, Qt::Vertical, ExportRowIdRole).toString();
            const QString name = model.headerData(r, Qt::Vertical).toString();
            cells << Cell{id, id} << Cell{name, name};
        }
        for (int c = 0; c < model.columnCount(parent); ++c)
            cells << cell(model.index(r, c, parent));
        return cells;
    };
    if (!isTree(model)) {
        for (int r = 0; r < model.rowCount(); ++r)
            row(QModelIndex(), cellsOf(r, {}));
        return;
    }
    for (int top = 0; top < model.rowCount(); ++top) {
        const QModelIndex parent = model.index(top, 0);
        for (int r = 0; r < model.rowCount(parent); ++r)
            row(parent, cellsOf(r, parent));
    }
}

QList<Column> columns(const QAbstractItemModel &model)
{
    QList<Column> result;
    if (isTree(model))
        result.push_back(
            {QCoreApplication::translate("TableExport", "Type"), QStringLiteral("type")});
    if (hasRowHeaders(model)) {
        result.push_back({QCoreApplication::translate("TableExport", "Id"), QStringLiteral("id")});
        result.push_back(
            {QCoreApplication::translate("TableExport", "Name"), QStringLiteral("name")});
    }
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString header = model.headerData(c, Qt::Horizontal).toString();
        const QString key = model.headerData(c, Qt::Horizontal, ExportKeyRole).toString();
        result.push_back({header, key.isEmpty() ? keyFromHeader(header) : key});
    }
    return result;
}

} // namespace

QByteArray csvField(const QString &text)
{
    QString field = text;
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return (quote ? QLatin1Char('"') + field + QLatin1Char('"') : field).toUtf8();
}

QByteArray toCsv(const QAbstractItemModel &model, int parts)
{
    QByteArray out;
    if (parts & CsvByteOrderMark)
        out += "\xEF\xBB\xBF";
    auto line = [&out](const QList<QByteArray> &fields) {
        out += fields.join(',');
        out += "\r\n";
    };
    if (parts & CsvHeader) {
        QList<QByteArray> header;
        for (const Column &column : columns(model))
            header << csvField(column.header);
        line(header);
    }
    if (!(parts & CsvRows))
        return out;
    const bool tree = isTree(model);
    forEachRow(model, [&](const QModelIndex &parent, const QList<Cell> &cells) {
        QList<QByteArray> fields;
        if (tree)
            fields << csvField(parent.data().toString());
        for (const Cell &c : cells)
            fields << csvField(c.text);
        line(fields);
    });
    return out;
}

QJsonArray toJsonArray(const QAbstractItemModel &model)
{
    const QList<Column> cols = columns(model);
    const bool tree = isTree(model);
    QJsonArray rows;
    forEachRow(model, [&](const QModelIndex &parent, const QList<Cell> &cells) {
        QJsonObject object;
        int c = 0;
        if (tree)
            object.insert(cols.at(c++).key, cell(parent).value);
        for (const Cell &value : cells)
            object.insert(cols.at(c++).key, value.value);
        rows.append(object);
    });
    return rows;
}

QByteArray toJson(const QAbstractItemModel &model)
{
    return QJsonDocument(toJsonArray(model)).toJson(QJsonDocument::Indented);
}

ExportFormat exportFormatForPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? ExportFormat::Json
                                                                       : ExportFormat::Csv;
}

QByteArray exportTable(const QAbstractItemModel &model, ExportFormat format)
{
    return format == ExportFormat::Json ? toJson(model) : toCsv(model);
}

} // namespace ionos
