#pragma once

#include "ui/common/celldelegate.h"

#include <QAbstractItemView>
#include <QStyle>
#include <QStyledItemDelegate>

// The options a view's cell is drawn with, as its delegate makes them: the console's delegates
// say so themselves; for Qt's own, the same steps are taken here.
class CellOptions : public QStyledItemDelegate
{
public:
    QStyleOptionViewItem of(const QAbstractItemView *view, const QModelIndex &index) const
    {
        if (auto *own = qobject_cast<ionos::CellDelegate *>(view->itemDelegateForIndex(index)))
            return own->styleOf(index, view);
        QStyleOptionViewItem option;
        option.initFrom(view);
        const int small = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
        option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(small, small);
        option.rect = view->visualRect(index);
        option.widget = view;
        initStyleOption(&option, index);
        return option;
    }
};
