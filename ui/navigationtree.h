#pragma once

#include <QPointer>
#include <QSet>
#include <QTreeWidget>

namespace ionos {

class GroupsModel;
class ResourcesModel;

// The navigation on the left: the screens, with the groups (each with its members and shares),
// the resource types and the reseller contracts below theirs. It owns its nodes and builds those
// children from the models it follows. Users dragged from the users table onto a group, its
// members or its shares here become its members; a drop anywhere else is refused.
class NavigationTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum class Page
    {
        Users,
        Groups,
        Group,
        Members,
        Shares,
        Matrix,
        Resources,
        ResourceType,
        Ownership,
        Findings,
        Review,
        Changes,
        Reseller,
        Contract,
        Reference,
        Overview
    };
    Q_ENUM(Page)
    enum Role
    {
        PageRole = Qt::UserRole, // a Page
        GroupIdRole,             // on a group and its members and shares nodes only
        ResourceTypeRole,        // on a resource type node only
        ContractRole             // on a contract node only
    };
    // Where a node leads.
    struct Destination
    {
        Page page = Page::Reference;
        QString groupId;
        QString resourceType;
        qint64 contract = 0;
    };

    explicit NavigationTree(QWidget *parent = nullptr);

    // The models whose groups and resource types are shown; null for none (signed out).
    void follow(const GroupsModel *groups, const ResourcesModel *resources);
    void setContracts(const QList<qint64> &contracts);
    // Marks the screens whose things differ in the comparison on the Changes screen (bold, with
    // a tool tip and a description for screen readers); an empty set clears the marks.
    void markDiffering(const QSet<Page> &pages);
    // Makes the top-level node of a page current.
    void select(Page page);
    Destination destination() const;
    static Destination destinationOf(const QTreeWidgetItem *item);

signals:
    // The current node changed: show where it leads.
    void destinationChanged(const ionos::NavigationTree::Destination &destination);
    void usersDropped(const QString &groupId, const QStringList &userIds);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QTreeWidgetItem *topLevel(Page page) const;
    QTreeWidgetItem *addNode(QTreeWidgetItem *parent, const QString &text, const QIcon &icon,
                             Page page);
    void rebuildGroups();
    void rebuildResourceTypes();
    void relabelResourceTypes();
    void rebuildContracts();
    QString groupAt(const QPoint &position) const;

    QPointer<const GroupsModel> m_groups;
    QPointer<const ResourcesModel> m_resources;
    QList<qint64> m_contracts;
    QList<QMetaObject::Connection> m_follows;
};

} // namespace ionos
