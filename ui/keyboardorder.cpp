#include "ui/keyboardorder.h"

#include <QTableView>
#include <QWidget>

namespace ionos {

void arrangeKeyboardOrder(QWidget *window, QWidget *navigation, QWidget *activityLog)
{
    for (QTableView *table : window->findChildren<QTableView *>())
        table->setTabKeyNavigation(false);
    // Qt moves a widget in the chain only after one that takes the focus.
    QWidget *last = navigation;
    for (QWidget *w = navigation->nextInFocusChain(); w != navigation; w = w->nextInFocusChain()) {
        if (w->focusPolicy() != Qt::NoFocus && !activityLog->isAncestorOf(w))
            last = w;
    }
    for (QWidget *w : activityLog->findChildren<QWidget *>()) {
        if (w->focusPolicy() & Qt::TabFocus) {
            QWidget::setTabOrder(last, w);
            last = w;
        }
    }
}

} // namespace ionos
