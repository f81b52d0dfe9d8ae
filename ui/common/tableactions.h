#pragma once

#include <QString>

class QAction;
class QLineEdit;
class QPushButton;
class QTableView;
class QWidget;

namespace ionos {

// The standard actions of a list screen: New (Ctrl+N), Edit (F2, Enter), Delete (Del) and Find
// (Ctrl+F to the filter), active while the screen has the focus, offered in the table's context
// menu and given to the main window's toolbar and Edit menu (ScreenCommands).
struct TableActions
{
    QAction *create = nullptr;
    QAction *edit = nullptr;
    QAction *remove = nullptr;

    // names: e.g. "User" gives the texts "New User…", "Edit User…" and the object names
    // newUserAction, editUserAction, deleteUserAction.
    static TableActions install(QWidget *screen, QTableView *table, QLineEdit *filter,
                                const QString &newText, const QString &editText,
                                const QString &objectNoun);
};

// A push button for an action: it triggers it and follows its text, tool tip and whether it is
// enabled.
QPushButton *actionButton(QAction *action, const char *objectName, QWidget *parent);

} // namespace ionos
