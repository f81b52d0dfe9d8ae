#pragma once

#include "ui/navigationtree.h"

#include <QCoreApplication>

#include <memory>

class QStackedWidget;
class QWidget;

namespace ionos {

class AccessReviewView;
class ChangesView;
class SnapshotSaver;
class FindingsView;
class GroupsView;
class MatrixView;
class OverviewView;
class PostureSaver;
class SessionMemory;
class OwnershipView;
class ResellerView;
class ResourcesView;
class SessionController;
class UsersView;
class Workspace;

// The screens of one signed-in session: created together in the page stack when the session
// starts and deleted together when it ends, so that none outlives the workspace it shows.
class ImportDialog;

class SessionScreens
{
    Q_DECLARE_TR_FUNCTIONS(SessionScreens)

public:
    SessionScreens(Workspace &workspace, SessionController &session, QStackedWidget &pages);
    ~SessionScreens();
    SessionScreens(const SessionScreens &) = delete;
    SessionScreens &operator=(const SessionScreens &) = delete;

    // Prepares the screen a navigation node leads to (the group, resource type or contract it
    // names) and returns it; null for a page that is not one of these screens.
    QWidget *open(const NavigationTree::Destination &destination);
    // Users dropped on a group in the navigation: the groups screen adds them as members.
    QWidget *addMembers(const QString &groupId, const QStringList &userIds);
    // File > Import Users…: the import dialog, opened over the window.
    ImportDialog *importUsers();

    OverviewView *overview() const { return m_overview; }
    SessionMemory *memory() const { return m_memory.get(); }
    PostureSaver *posture() const { return m_posture; }
    UsersView *users() const { return m_users; }
    GroupsView *groups() const { return m_groups; }
    MatrixView *matrix() const { return m_matrix; }
    ResourcesView *resources() const { return m_resources; }
    OwnershipView *ownership() const { return m_ownership; }
    ResellerView *reseller() const { return m_reseller; }
    FindingsView *findings() const { return m_findings; }
    AccessReviewView *review() const { return m_review; }
    ChangesView *changes() const { return m_changes; }
    SnapshotSaver *snapshots() const { return m_snapshots; }

private:
    void bringListsForward(NavigationTree::Page page);

    Workspace &m_workspace;
    QStackedWidget &m_pages;
    OverviewView *m_overview;
    UsersView *m_users;
    GroupsView *m_groups;
    MatrixView *m_matrix;
    ResourcesView *m_resources;
    OwnershipView *m_ownership;
    ResellerView *m_reseller;
    FindingsView *m_findings;
    AccessReviewView *m_review;
    ChangesView *m_changes;
    SnapshotSaver *m_snapshots;
    std::unique_ptr<SessionMemory> m_memory;
    PostureSaver *m_posture;
};

} // namespace ionos
