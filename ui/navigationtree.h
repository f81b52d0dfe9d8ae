#pragma once

#include <QTreeWidget>

namespace ionos {

// The navigation on the left: Users, Groups (each with its members), the privilege matrix and
// reference. Users dragged from the users table onto a group here become its members.
class NavigationTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum Role
    {
        PageRole = Qt::UserRole,
        GroupIdRole
    };

    explicit NavigationTree(QWidget *parent = nullptr);

signals:
    void usersDropped(const QString &groupId, const QStringList &userIds);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString groupAt(const QPoint &position) const;
};

} // namespace ionos
