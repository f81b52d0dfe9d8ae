#pragma once

#include "models/bulkresult.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QTabWidget;
class QTableView;

namespace ionos {

class MembersPanel;
class SharesPanel;
class MessageBanner;
class SortFilterProxy;
class Workspace;

// The groups: a filterable, sortable table with member, share and privilege counts; the
// selected group's privileges and members; new, edit and delete. Users dropped on a group
// become its members.
class GroupsView : public QWidget
{
    Q_OBJECT

public:
    explicit GroupsView(Workspace &workspace, QWidget *parent = nullptr);
    ~GroupsView() override;

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QTableView *table() const { return m_table; }
    QTabWidget *details() const { return m_details; }
    QListWidget *resourcesList() const { return m_resources; }
    MembersPanel *members() const { return m_members; }
    SharesPanel *shares() const { return m_shares; }
    QString selectedId() const;
    void selectGroup(const QString &groupId);

    // Makes users members of a group (dropped on it here or in the navigation).
    void addMembers(const QString &groupId, const QStringList &userIds);
    void newGroup();
    void editGroup();
    void deleteGroups();

private:
    void selectionChanged();
    void showResources();
    void showRemoveResults(const QList<ItemResult> &results);

    Workspace &m_workspace;
    MessageBanner *m_banner;
    QLineEdit *m_filter;
    QProgressBar *m_progress;
    QTableView *m_table;
    SortFilterProxy *m_proxy;
    QTabWidget *m_details;
    QListWidget *m_privileges;
    MembersPanel *m_members;
    SharesPanel *m_shares;
    QListWidget *m_resources;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace ionos
