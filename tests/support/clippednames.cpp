#include "clippednames.h"

#include "celloptions.h"
#include "ui/common/tablecolumns.h"

#include <QHeaderView>
#include <QTableView>

namespace {

// Every index of a column, in trees the rows of every branch; those of collapsed branches
// have no place on screen and are left out by the caller.
QModelIndexList indexesOf(const QAbstractItemModel *model, int column)
{
    QModelIndexList found;
    QModelIndexList parents{QModelIndex()};
    while (!parents.isEmpty()) {
        const QModelIndex parent = parents.takeLast();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            found << model->index(row, column, parent);
            const QModelIndex first = model->index(row, 0, parent);
            if (model->hasChildren(first))
                parents << first;
        }
    }
    return found;
}

} // namespace

QStringList clippedCells(QWidget *under, const QList<ionos::TableColumns::Kind> &kinds,
                         Tooltips tooltips)
{
    QStringList found;
    const CellOptions cells;
    for (QAbstractItemView *view : under->findChildren<QAbstractItemView *>()) {
        const QHeaderView *header = ionos::TableColumns::headerOf(view);
        if (!header || !view->isVisibleTo(under) || !view->isVisible() || !view->model())
            continue;
        const QRect viewport = view->viewport()->rect();
        QStyle *style = view->style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        QList<int> columns;
        for (const ionos::TableColumns::Kind kind : kinds)
            columns << ionos::TableColumns::columnsOf(view, kind);
        for (const int column : std::as_const(columns)) {
            if (header->isSectionHidden(column))
                continue;
            for (const QModelIndex &index : indexesOf(view->model(), column)) {
                const QRect cell = view->visualRect(index);
                // Rows on screen only: above or below the viewport is for scrolling, rows of
                // collapsed branches and hidden rows have no place.
                if (!cell.isValid() || cell.isEmpty() || cell.bottom() < 0 ||
                    cell.top() > viewport.bottom())
                    continue;
                const QStyleOptionViewItem option = cells.of(view, index);
                if (option.text.isEmpty())
                    continue;
                const QRect text =
                    style->subElementRect(QStyle::SE_ItemViewItemText, &option, view);
                const int room = (text & viewport).width() - 2 * margin;
                const int needed = QFontMetrics(option.font).horizontalAdvance(option.text);
                const bool readable = tooltips == Tooltips::Count &&
                                      index.data(Qt::ToolTipRole).toString().contains(option.text);
                if (needed > room && !readable)
                    found << QStringLiteral("%1 row %2 '%3' (%4): %5 of %6 px")
                                 .arg(view->objectName())
                                 .arg(index.row())
                                 .arg(option.text)
                                 .arg(view->model()->headerData(column, Qt::Horizontal).toString())
                                 .arg(std::max(room, 0))
                                 .arg(needed);
            }
        }
    }
    return found;
}

QStringList clippedNames(QWidget *window)
{
    using Kind = ionos::TableColumns::Kind;
    return clippedCells(window, {Kind::Name, Kind::Email});
}

QStringList unreadableExplanations(QWidget *window)
{
    return clippedCells(window, {ionos::TableColumns::Kind::Text}, Tooltips::Count);
}
