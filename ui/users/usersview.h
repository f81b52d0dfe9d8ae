#pragma once

#include "network/user.h"
#include "ui/common/listscreen.h"

class QLabel;
class QListWidget;

namespace ionos {

class EffectiveAccessPane;
class ObjectStorageKeysPane;
class OffboardDialog;

// The users of the account: a filterable, sortable table; the selected user's properties,
// groups and owned resources; new, edit and delete.
class UsersView : public ListScreen
{
    Q_OBJECT

public:
    explicit UsersView(Workspace &workspace, QWidget *parent = nullptr);

    QStringList selectedIds() const;

    void newUser();
    void editUser();
    void deleteUsers();
    // Turns off every Object Storage key of the selected users, as one change that can be undone.
    void deactivateKeys();
    // The offboarding of the selected users, in its dialog (opened); null without a selection.
    OffboardDialog *offboard();
    ObjectStorageKeysPane *keysPane() const { return m_keys; }

private:
    void selectionChanged();
    void showDetails(const QString &userId);
    // The Access tab wants more room than a line of properties: the pane grows when it opens.
    void makeRoomForTab(int tab);
    // The properties of the user shown, as the model has them now.
    void showProperties(const User &user);
    // Selects a user and scrolls to it (a user just created).
    void selectUser(const QString &userId);
    QLabel *m_properties;
    QListWidget *m_groups;
    QListWidget *m_owns;
    EffectiveAccessPane *m_access;
    ObjectStorageKeysPane *m_keys;
    QAction *m_deactivateKeys;
    QAction *m_offboard;
    QString m_shownId;            // the user whose details the pane shows
    bool m_detailsFailed = false; // a read of its groups or resources failed
};

} // namespace ionos
