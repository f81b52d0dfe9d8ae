#pragma once

#include "ui/navigationtree.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QStackedWidget;

namespace ionos {

class ActivityDock;
class ConnectionDialog;
class GettingStartedDialog;
class GroupsView;
class LoadStatus;
class MatrixView;
class MessageBanner;
class OwnershipView;
class PrivilegeReferenceView;
class ResellerView;
class ResourcesView;
class SessionController;
class SessionScreens;
class UsersView;
class Workspace;

// The console's main window: the navigation, the screens of the session, the activity log, the
// menus, and where it is connected, the requests in progress and the rate limit in the status
// bar. The screens of a session are made and dropped together (SessionScreens).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using Page = NavigationTree::Page;

    explicit MainWindow(SessionController *session = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Signs in with the profile to resume when its secret is at hand; otherwise, or when that
    // fails, opens the connection dialog.
    void startSession();
    // Opens the connection dialog (window-modal, without blocking).
    ConnectionDialog *openConnectionDialog(const QString &problem = {});

    // The loaded session's data, or null when signed out.
    Workspace *workspace() const { return m_workspace; }
    UsersView *usersView() const;
    GroupsView *groupsView() const;
    MatrixView *matrixView() const;
    ResourcesView *resourcesView() const;
    OwnershipView *ownershipView() const;
    ResellerView *resellerView() const;
    NavigationTree *navigation() const { return m_navigation; }
    // Shows a top-level page of the navigation.
    void showPage(Page page);
    // File > Export: the focused table of the current screen, as CSV or JSON.
    void exportCurrentTable(bool shownRowsOnly);
    // Help > Getting Started (F1), non-modal.
    void showGettingStarted();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void sessionChanged();
    // The Overview's links lead to the screens they name.
    void followOverview();
    void showConnection();
    // From TokenExpiry::kWarnDays before the session's token expires: a warning to renew it.
    void warnOfTokenExpiry(const QDateTime &expiry, const QDateTime &now);
    void showNote(const QString &text);
    void open(const NavigationTree::Destination &destination);
    void clearWorkspace();
    void refresh();

    SessionController *m_session;
    QPointer<ConnectionDialog> m_dialog;
    QPointer<GettingStartedDialog> m_gettingStarted;
    Workspace *m_workspace = nullptr;
    std::unique_ptr<SessionScreens> m_screens;
    NavigationTree *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    PrivilegeReferenceView *m_reference = nullptr;
    ActivityDock *m_activity = nullptr;
    MessageBanner *m_noteLabel = nullptr;
    QLabel *m_profileStatus = nullptr;
    LoadStatus *m_loadStatus = nullptr;
};

} // namespace ionos
