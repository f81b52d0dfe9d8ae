#include "ui/common/celldelegate.h"

#include <QAbstractItemView>
#include <QStyle>

namespace ionos {

QStyleOptionViewItem CellDelegate::styleOf(const QModelIndex &index, const QWidget *view) const
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    // As the view gives it to its delegates: the size its icons are drawn at, the cell's rect.
    const auto *items = qobject_cast<const QAbstractItemView *>(view);
    const int small = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
    option.decorationSize =
        items && items->iconSize().isValid() ? items->iconSize() : QSize(small, small);
    if (items)
        option.rect = items->visualRect(index);
    option.widget = view;
    initStyleOption(&option, index);
    return option;
}

} // namespace ionos
