#pragma once

#include <QList>
#include <QObject>

class QAction;
class QPushButton;
class QTableView;

namespace ionos {

// The add and remove of a group's panel (members, shares), each as a button and as an action
// for the context menu, the toolbar and the Edit menu: add needs a group, remove also a
// selection in the panel's table.
class GroupCommands : public QObject
{
    Q_OBJECT

public:
    GroupCommands(QTableView *table, QPushButton *addButton, QPushButton *removeButton,
                  QAction *add, QAction *remove);

    void setGroupShown(bool shown);
    QList<QAction *> actions() const;

private:
    void update();

    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QAction *m_add;
    QAction *m_remove;
    bool m_groupShown = false;
};

} // namespace ionos
