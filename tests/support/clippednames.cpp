#include "clippednames.h"

#include "celloptions.h"
#include "ui/common/tablecolumns.h"

#include <QHeaderView>
#include <QTableView>

QStringList clippedNames(QWidget *window)
{
    QStringList found;
    const CellOptions cells;
    for (QTableView *table : window->findChildren<QTableView *>()) {
        if (!table->isVisibleTo(window) || !table->isVisible() || !table->model())
            continue;
        const QRect viewport = table->viewport()->rect();
        QStyle *style = table->style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
        for (const int column : ionos::TableColumns::namingColumns(table)) {
            if (table->isColumnHidden(column))
                continue;
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QModelIndex index = table->model()->index(row, column);
                const QRect cell = table->visualRect(index);
                // Rows on screen only: above or below the viewport is for scrolling.
                if (table->isRowHidden(row) || cell.bottom() < 0 || cell.top() > viewport.bottom())
                    continue;
                const QStyleOptionViewItem option = cells.of(table, index);
                if (option.text.isEmpty())
                    continue;
                const QRect text =
                    style->subElementRect(QStyle::SE_ItemViewItemText, &option, table);
                const int room = (text & viewport).width() - 2 * margin;
                const int needed = QFontMetrics(option.font).horizontalAdvance(option.text);
                if (needed > room)
                    found << QStringLiteral("%1 row %2 '%3' (%4): %5 of %6 px")
                                 .arg(table->objectName())
                                 .arg(row)
                                 .arg(option.text)
                                 .arg(table->model()->headerData(column, Qt::Horizontal).toString())
                                 .arg(std::max(room, 0))
                                 .arg(needed);
            }
        }
    }
    return found;
}
