#pragma once

#include <QByteArray>

class QAbstractItemModel;

namespace ionos {

// A table as CSV that spreadsheet programs open correctly: UTF-8 with a byte order mark, every
// field quoted when it holds a comma, a quote or a line break (quotes doubled), CRLF line ends,
// the header first.
QByteArray toCsv(const QAbstractItemModel &model);
QByteArray csvField(const QString &text);

} // namespace ionos
