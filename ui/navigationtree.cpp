#include "navigationtree.h"

#include "usersmodel.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>

namespace ionos {
namespace {

bool carriesUsers(const QMimeData *mime)
{
    return mime && mime->hasFormat(QString::fromLatin1(UsersModel::userIdsMimeType()));
}

} // namespace

NavigationTree::NavigationTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
}

QString NavigationTree::groupAt(const QPoint &position) const
{
    const QTreeWidgetItem *item = itemAt(position);
    return item ? item->data(0, GroupIdRole).toString() : QString();
}

void NavigationTree::dragEnterEvent(QDragEnterEvent *event)
{
    if (carriesUsers(event->mimeData()))
        event->acceptProposedAction();
}

void NavigationTree::dragMoveEvent(QDragMoveEvent *event)
{
    if (carriesUsers(event->mimeData()) && !groupAt(event->position().toPoint()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void NavigationTree::dropEvent(QDropEvent *event)
{
    const QString groupId = groupAt(event->position().toPoint());
    if (!carriesUsers(event->mimeData()) || groupId.isEmpty()) {
        event->ignore();
        return;
    }
    const QStringList ids =
        QString::fromUtf8(
            event->mimeData()->data(QString::fromLatin1(UsersModel::userIdsMimeType())))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    event->acceptProposedAction();
    emit usersDropped(groupId, ids);
}

} // namespace ionos
