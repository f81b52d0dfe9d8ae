#include "ui/groups/groupcommands.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

namespace ionos {

GroupCommands::GroupCommands(QTableView *table, QPushButton *addButton, QPushButton *removeButton,
                             QAction *add, QAction *remove)
    : QObject(table)
    , m_table(table)
    , m_addButton(addButton)
    , m_removeButton(removeButton)
    , m_add(add)
    , m_remove(remove)
{
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupCommands::update);
    connect(table->model(), &QAbstractItemModel::modelReset, this, &GroupCommands::update);
    update();
}

void GroupCommands::setGroupShown(bool shown)
{
    m_groupShown = shown;
    update();
}

QList<QAction *> GroupCommands::actions() const
{
    return {m_add, m_remove};
}

void GroupCommands::update()
{
    const bool selected = m_groupShown && m_table->selectionModel()->hasSelection();
    m_addButton->setEnabled(m_groupShown);
    m_add->setEnabled(m_groupShown);
    m_removeButton->setEnabled(selected);
    m_remove->setEnabled(selected);
}

} // namespace ionos
