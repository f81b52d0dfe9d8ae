#pragma once

#include "ui/common/listscreen.h"

class QAction;
class QListWidget;

namespace ionos {

class CloneGroupDialog;
class GroupDialog;
class MembersPanel;
class RoleTemplatesDialog;
struct RoleTemplate;
class SharesPanel;

// The groups: a filterable, sortable table with member, share and privilege counts; the
// selected group's privileges and members; new, edit and delete. Users dropped on a group
// become its members.
class GroupsView : public ListScreen
{
    Q_OBJECT

public:
    explicit GroupsView(Workspace &workspace, QWidget *parent = nullptr);

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
    // The selected group cloned, in its dialog (opened); null without one group selected.
    CloneGroupDialog *cloneGroup();
    // The selected group's privileges kept as a role template under this name.
    void saveRoleTemplate(const QString &name);
    // The role templates, in their dialog (opened); New Group… there opens the group dialog.
    RoleTemplatesDialog *roleTemplates();
    // The group dialog for a new group with the template's privileges (opened).
    GroupDialog *newGroupFrom(const RoleTemplate &role);

private:
    void selectionChanged();
    void showResources();
    QListWidget *m_privileges;
    MembersPanel *m_members;
    SharesPanel *m_shares;
    QListWidget *m_resources;
    QAction *m_clone;
    QAction *m_saveTemplate;
    QAction *m_templates;
    bool m_resourcesFailed = false; // the shown group's resources could not be read
};

} // namespace ionos
