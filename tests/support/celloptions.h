#pragma once

#include "ui/common/icons.h"
#include "ui/common/tablecolumns.h"

#include <QAbstractItemView>
#include <QStyle>
#include <QStyledItemDelegate>

// The options a view's cell is drawn with, as its delegate makes them.
class CellOptions : public QStyledItemDelegate
{
public:
    QStyleOptionViewItem of(const QAbstractItemView *view, const QModelIndex &index) const
    {
        QAbstractItemDelegate *own = view->itemDelegateForIndex(index);
        QStyleOptionViewItem option;
        if (auto *icons = qobject_cast<ionos::IconDelegate *>(own)) {
            option = icons->styleOf(index, view);
        } else {
            option.initFrom(view);
            const int small = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
            option.decorationSize =
                view->iconSize().isValid() ? view->iconSize() : QSize(small, small);
            initStyleOption(&option, index);
            if (qobject_cast<ionos::BooleanDelegate *>(own))
                option.text.clear(); // drawn as a check mark
        }
        option.widget = view;
        option.rect = view->visualRect(index);
        return option;
    }
};
