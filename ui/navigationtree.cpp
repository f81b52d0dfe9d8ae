#include "ui/navigationtree.h"

#include "models/groups/groupsmodel.h"
#include "models/resources/resourcesmodel.h"
#include "models/users/usersmodel.h"
#include "ui/common/icons.h"

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
    setObjectName(QStringLiteral("navigationTree"));
    setAccessibleName(tr("Navigation"));
    setAccessibleDescription(
        tr("The screens of the console; arrow keys move between them, Right opens a group or "
           "contract"));
    setHeaderHidden(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    addNode(nullptr, tr("Overview"), Icons::overview(), Page::Overview);
    addNode(nullptr, tr("Users"), Icons::user(), Page::Users);
    addNode(nullptr, tr("Groups"), Icons::group(), Page::Groups);
    addNode(nullptr, tr("Privilege Matrix"), Icons::matrix(), Page::Matrix);
    addNode(nullptr, tr("Resources"), Icons::resourceType(QString()), Page::Resources);
    addNode(nullptr, tr("Ownership"), Icons::ownership(), Page::Ownership);
    addNode(nullptr, tr("Findings"), Icons::findings(), Page::Findings);
    addNode(nullptr, tr("Access Review"), Icons::review(), Page::Review);
    addNode(nullptr, tr("Changes"), Icons::changes(), Page::Changes);
    addNode(nullptr, tr("Reseller Contracts"), Icons::contract(), Page::Reseller);
    addNode(nullptr, tr("Privilege Reference"), Icons::reference(), Page::Reference);
    connect(this, &QTreeWidget::currentItemChanged, this,
            [this] { emit destinationChanged(destination()); });
}

QTreeWidgetItem *NavigationTree::addNode(QTreeWidgetItem *parent, const QString &text,
                                         const QIcon &icon, Page page)
{
    auto *item = parent ? new QTreeWidgetItem(parent, {text}) : new QTreeWidgetItem(this, {text});
    item->setIcon(0, icon);
    item->setData(0, PageRole, QVariant::fromValue(page));
    return item;
}

void NavigationTree::markDiffering(const QSet<Page> &pages)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const bool differs = pages.contains(item->data(0, PageRole).value<Page>());
        QFont font = item->font(0);
        font.setBold(differs);
        item->setFont(0, font);
        const QString note =
            differs ? tr("Differs in the comparison on the Changes screen") : QString();
        item->setToolTip(0, note);
        item->setData(0, Qt::AccessibleDescriptionRole, note);
    }
}

QTreeWidgetItem *NavigationTree::topLevel(Page page) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, PageRole).value<Page>() == page)
            return topLevelItem(i);
    }
    return nullptr;
}

void NavigationTree::follow(const GroupsModel *groups, const ResourcesModel *resources)
{
    for (const QMetaObject::Connection &c : std::as_const(m_follows))
        disconnect(c);
    m_follows.clear();
    m_groups = groups;
    m_resources = resources;
    if (groups) {
        m_follows << connect(groups, &QAbstractItemModel::modelReset, this,
                             &NavigationTree::rebuildGroups)
                  << connect(groups, &QAbstractItemModel::rowsInserted, this,
                             &NavigationTree::rebuildGroups)
                  << connect(groups, &QAbstractItemModel::rowsRemoved, this,
                             &NavigationTree::rebuildGroups)
                  << connect(groups, &QAbstractItemModel::dataChanged, this,
                             [this](const QModelIndex &topLeft) {
                                 if (topLeft.column() == GroupsModel::NameColumn)
                                     rebuildGroups();
                             });
    }
    if (resources)
        m_follows << connect(resources, &QAbstractItemModel::modelReset, this,
                             &NavigationTree::rebuildResourceTypes)
                  << connect(resources, &QAbstractItemModel::rowsInserted, this,
                             [this](const QModelIndex &parent) {
                                 if (!parent.isValid()) // a new type
                                     rebuildResourceTypes();
                             })
                  << connect(resources, &QAbstractItemModel::dataChanged, this,
                             &NavigationTree::relabelResourceTypes);
    rebuildGroups();
    rebuildResourceTypes();
}

void NavigationTree::setContracts(const QList<qint64> &contracts)
{
    m_contracts = contracts;
    rebuildContracts();
}

void NavigationTree::select(Page page)
{
    if (QTreeWidgetItem *item = topLevel(page))
        setCurrentItem(item);
}

NavigationTree::Destination NavigationTree::destinationOf(const QTreeWidgetItem *item)
{
    if (!item)
        return {};
    return {item->data(0, PageRole).value<Page>(), item->data(0, GroupIdRole).toString(),
            item->data(0, ResourceTypeRole).toString(), item->data(0, ContractRole).toLongLong()};
}

NavigationTree::Destination NavigationTree::destination() const
{
    return destinationOf(currentItem());
}

void NavigationTree::rebuildGroups()
{
    QTreeWidgetItem *top = topLevel(Page::Groups);
    const QSignalBlocker block(this);
    qDeleteAll(top->takeChildren());
    if (!m_groups)
        return;
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        const Group &g = m_groups->at(row);
        QTreeWidgetItem *group = addNode(top, g.name, Icons::group(), Page::Group);
        QTreeWidgetItem *members = addNode(group, tr("Members"), Icons::user(), Page::Members);
        QTreeWidgetItem *shares = addNode(group, tr("Shares"), Icons::share(), Page::Shares);
        for (QTreeWidgetItem *item : {group, members, shares})
            item->setData(0, GroupIdRole, g.id);
    }
    top->sortChildren(0, Qt::AscendingOrder);
}

void NavigationTree::rebuildResourceTypes()
{
    QTreeWidgetItem *top = topLevel(Page::Resources);
    const QSignalBlocker block(this);
    qDeleteAll(top->takeChildren());
    if (!m_resources)
        return;
    for (int row = 0; row < m_resources->rowCount(); ++row) {
        const QModelIndex type = m_resources->index(row, 0);
        const QString id = type.data(ResourcesModel::TypeRole).toString();
        addNode(top, type.data().toString(), Icons::resourceType(id), Page::ResourceType)
            ->setData(0, ResourceTypeRole, id);
    }
}

void NavigationTree::relabelResourceTypes()
{
    // A type loaded again keeps its node (and the selection); only its count changes.
    QTreeWidgetItem *top = topLevel(Page::Resources);
    if (!m_resources || top->childCount() != m_resources->rowCount())
        return;
    for (int row = 0; row < m_resources->rowCount(); ++row)
        top->child(row)->setText(0, m_resources->index(row, 0).data().toString());
}

void NavigationTree::rebuildContracts()
{
    QTreeWidgetItem *top = topLevel(Page::Reseller);
    const QSignalBlocker block(this);
    qDeleteAll(top->takeChildren());
    for (const qint64 contract : std::as_const(m_contracts))
        addNode(top, tr("Contract %1").arg(contract), Icons::administrator(), Page::Contract)
            ->setData(0, ContractRole, contract);
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
    // Only a group's own nodes carry its id: a drop on a screen, a resource type or a contract
    // is refused rather than sent to whichever group was selected before.
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
