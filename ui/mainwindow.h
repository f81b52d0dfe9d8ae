#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace ionos {

class ActivityDock;
class GroupsView;
class MatrixView;
class MessageBanner;
class NavigationTree;
class OwnershipView;
class ResellerView;
class ResourcesView;
class ConnectionDialog;
class GettingStartedDialog;
class PrivilegeReferenceModel;
class UsersView;
class Workspace;
class SessionController;
struct RateLimitFigures;

// The console's main window: where it is connected, the requests in progress and the rate
// limit in the status bar, and the screens (the privilege reference for now; users, groups,
// resources and reseller admins come with their own issues).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(SessionController *session = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Signs in with the profile used last (or named on the command line) when its secret is at
    // hand; otherwise, or when that fails, opens the connection dialog.
    void startSession();
    // Opens the connection dialog (window-modal, without blocking).
    ConnectionDialog *openConnectionDialog(const QString &problem = {});

    // The loaded session's data, or null when signed out.
    Workspace *workspace() const { return m_workspace; }
    UsersView *usersView() const { return m_usersView; }
    GroupsView *groupsView() const { return m_groupsView; }
    MatrixView *matrixView() const { return m_matrixView; }
    NavigationTree *navigation() const { return m_navigation; }
    ResourcesView *resourcesView() const { return m_resourcesView; }
    OwnershipView *ownershipView() const { return m_ownershipView; }
    ResellerView *resellerView() const { return m_resellerView; }
    // Shows a page of the navigation: "users", "groups", "matrix", "reference".
    void showPage(const QString &page);
    // File > Export: the focused table of the current screen, as CSV or JSON.
    void exportCurrentTable(bool shownRowsOnly);
    // Help > Getting Started (F1), non-modal.
    void showGettingStarted();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void arrangeKeyboardOrder();
    void sessionChanged();
    void showActivity(int queued, int inFlight);
    void showRateLimit(const RateLimitFigures &figures);
    void showNote(const QString &text);
    QWidget *buildReferencePage();
    void navigationChanged();
    void rebuildGroupNodes();
    void rebuildResourceNodes();
    void rebuildContractNodes();
    void clearWorkspace();
    void refresh();

    SessionController *m_session;
    QPointer<ConnectionDialog> m_dialog;
    QPointer<GettingStartedDialog> m_gettingStarted;
    Workspace *m_workspace = nullptr;
    NavigationTree *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_referencePage = nullptr;
    UsersView *m_usersView = nullptr;
    GroupsView *m_groupsView = nullptr;
    MatrixView *m_matrixView = nullptr;
    ResourcesView *m_resourcesView = nullptr;
    OwnershipView *m_ownershipView = nullptr;
    ResellerView *m_resellerView = nullptr;
    ActivityDock *m_activity = nullptr;
    QLabel *m_connectionLabel = nullptr;
    MessageBanner *m_noteLabel = nullptr;
    QLabel *m_profileStatus = nullptr;
    QLabel *m_activityStatus = nullptr;
    QLabel *m_rateStatus = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    PrivilegeReferenceModel *m_privileges = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace ionos
