#pragma once

#include "network/user.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QTableView;
class QTabWidget;

namespace ionos {

class MessageBanner;
class EffectiveAccessPane;
class SortFilterProxy;
class Workspace;
struct ItemResult;

// The users of the account: a filterable, sortable table; the selected user's properties,
// groups and owned resources; new, edit and delete.
class UsersView : public QWidget
{
    Q_OBJECT

public:
    explicit UsersView(Workspace &workspace, QWidget *parent = nullptr);
    ~UsersView() override;

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QTableView *table() const { return m_table; }
    QTabWidget *details() const { return m_details; }
    QStringList selectedIds() const;

    void newUser();
    void editUser();
    void deleteUsers();

private:
    void selectionChanged();
    void showDetails(const QString &userId);
    // The Access tab wants more room than a line of properties: the pane grows when it opens.
    void makeRoomForTab(int tab);
    // The properties of the user shown, as the model has them now.
    void showProperties(const User &user);
    // Selects a user and scrolls to it (a user just created).
    void selectUser(const QString &userId);
    void showRemoveResults(const QList<ItemResult> &results);

    Workspace &m_workspace;
    MessageBanner *m_banner;
    QLineEdit *m_filter;
    QProgressBar *m_progress;
    QTableView *m_table;
    SortFilterProxy *m_proxy;
    QTabWidget *m_details;
    QLabel *m_properties;
    QListWidget *m_groups;
    QListWidget *m_owns;
    EffectiveAccessPane *m_access;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QString m_shownId; // the user whose details the pane shows
};

} // namespace ionos
