#include "csvexport.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace ionos {

QByteArray csvField(const QString &text)
{
    QString field = text;
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return (quote ? QLatin1Char('"') + field + QLatin1Char('"') : field).toUtf8();
}

QByteArray toCsv(const QAbstractItemModel &model)
{
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&out](const QList<QByteArray> &fields) {
        out += fields.join(',');
        out += "\r\n";
    };
    QList<QByteArray> header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << csvField(model.headerData(c, Qt::Horizontal).toString());
    line(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        QList<QByteArray> fields;
        for (int c = 0; c < model.columnCount(); ++c)
            fields << csvField(model.index(r, c).data().toString());
        line(fields);
    }
    return out;
}

} // namespace ionos
