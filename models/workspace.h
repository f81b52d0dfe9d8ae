#pragma once

#include "models/access/accessfacts.h"
#include "network/apierror.h"

#include <QObject>

namespace ionos {

class AccessEngine;
class AccountState;
class AdminsController;
class ActivityModel;
class ApiClient;
class ConnectionMonitor;
class GroupsController;
class GroupsModel;
class MembershipController;
class ObjectStorageKeysController;
class PrivilegeMatrixModel;
class ResourcesController;
class ResourcesModel;
class SharesController;
class UsersController;
class UndoHistory;
class UsersModel;

// Everything one signed-in session loads and changes: the models and the controllers that feed
// them. A new session gets a new workspace, so nothing of the previous one stays.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(ApiClient &client, QObject *parent = nullptr);
    ~Workspace() override;

    ApiClient &client() { return m_client; }
    // Who is in which group and what each group shares, as loaded and changed.
    AccountState &state() { return *m_state; }
    UsersModel &users() { return *m_users; }
    GroupsModel &groups() { return *m_groups; }
    PrivilegeMatrixModel &matrix() { return *m_matrix; }
    ActivityModel &activity() { return *m_activity; }
    UsersController &usersController() { return *m_usersController; }
    GroupsController &groupsController() { return *m_groupsController; }
    MembershipController &membership() { return *m_membership; }
    ResourcesModel &resources() { return *m_resources; }
    ResourcesController &resourcesController() { return *m_resourcesController; }
    SharesController &shares() { return *m_shares; }
    // The Object Storage keys of users: loaded when a user's keys are asked for.
    ObjectStorageKeysController &keys() { return *m_keys; }
    // Effective access of what is loaded, kept up to date with every change.
    AccessEngine &accessEngine() { return *m_engine; }
    AdminsController &admins() { return *m_admins; }
    ConnectionMonitor &monitor() { return *m_monitor; }
    // The state before each bulk change of the session, to undo it.
    UndoHistory &undo() { return *m_undo; }

    // Loads users, groups and resources as the first screen needs them (class FirstScreen:
    // users first), then in the background every group's members and shares.
    void loadAll();
    // After a lost connection (called when the monitor says it is restored): loads what is
    // missing or whose last load failed, without asking again for what is in.
    void resume();
    // A screen showing this list was opened: while the list still loads, its requests go before
    // the background (class Visible).
    enum class List
    {
        Users,
        Groups,
        Resources
    };
    void bringForward(List list);
    // Users, groups with their members and shares, and resources are all in.
    bool isEverythingLoaded() const;
    // Every user's Object Storage keys are in too (read in the background after everything
    // else, so that they never hold up the lists).
    bool areKeysLoaded() const { return m_keysLoaded; }
    // What is loaded, as effective access and the findings read it.
    AccessFacts accessFacts() const;

signals:
    // Background completion: groups whose members and shares are in.
    void backgroundProgress(int done, int total);
    void everythingLoaded();
    // Then every user's Object Storage keys.
    void keysProgress(int done, int total);
    void keysLoaded();
    // A list or some group's members or shares could not be loaded (the load stays resumable).
    void loadFailed(const ionos::ApiError &error);
    // resume() has asked for what the workspace keeps; a screen asks again for what it loads
    // itself (a selection's details) when that failed.
    void resumed();

private:
    void loadKeys();
    // Keeps *failed saying whether the controller's last load failed.
    template <typename Controller> void followFailure(Controller *controller, bool *failed)
    {
        connect(controller, &Controller::loadFailed, this, [failed] { *failed = true; });
        connect(controller, &Controller::loaded, this, [failed] { *failed = false; });
    }

    ApiClient &m_client;
    AccountState *m_state;
    UsersModel *m_users;
    GroupsModel *m_groups;
    PrivilegeMatrixModel *m_matrix;
    ActivityModel *m_activity;
    UsersController *m_usersController;
    GroupsController *m_groupsController;
    MembershipController *m_membership;
    AccessEngine *m_engine;
    ResourcesModel *m_resources;
    ResourcesController *m_resourcesController;
    SharesController *m_shares;
    ObjectStorageKeysController *m_keys;
    AdminsController *m_admins;
    ConnectionMonitor *m_monitor;
    // Whose last load failed (a refresh while the server was lost): asked again on resume().
    bool m_usersFailed = false;
    bool m_adminsFailed = false; // the shown contract's admins
    UndoHistory *m_undo;
    bool m_resourcesLoaded = false;
    bool m_everythingReported = false;
    bool m_keysLoaded = false;
};

} // namespace ionos
