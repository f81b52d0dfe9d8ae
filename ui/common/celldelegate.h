#pragma once

#include <QStyledItemDelegate>

namespace ionos {

// A delegate of the console's tables: says with what options it draws a cell, as a view's
// paint would, so that a check (of contrast, of clipping) measures what is drawn.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The options a cell is drawn with: its text, icon, alignment and colours, in its rect.
    QStyleOptionViewItem styleOf(const QModelIndex &index, const QWidget *view) const;
};

} // namespace ionos
