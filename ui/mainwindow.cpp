#include "ui/mainwindow.h"

#include "models/access/accessengine.h"
#include "models/connection/sessioncontroller.h"
#include "models/displaytime.h"
#include "models/resources/resourcescontroller.h"
#include "models/restore/sessionmemory.h"
#include "models/sessionstart.h"
#include "models/workspace.h"
#include "network/requeststatus.h"
#include "network/tokenexpiry.h"
#include "ui/access/findingsview.h"
#include "ui/activitydock.h"
#include "ui/commandbar.h"
#include "ui/common/icons.h"
#include "ui/common/messagebanner.h"
#include "ui/common/tableexporter.h"
#include "ui/connection/connectiondialog.h"
#include "ui/connection/connectionnotices.h"
#include "ui/groups/groupsview.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/gettingstarteddialog.h"
#include "ui/help/privilegereferenceview.h"
#include "ui/keyboardorder.h"
#include "ui/loadstatus.h"
#include "ui/overview/overviewview.h"
#include "ui/overview/posturesaver.h"
#include "ui/reseller/resellerview.h"
#include "ui/resources/resourcesview.h"
#include "ui/sessionscreens.h"
#include "ui/snapshot/changesview.h"
#include "ui/snapshot/snapshotsaver.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ionos {

MainWindow::MainWindow(SessionController *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("IONOS Cloud Admin Console"));
    setWindowIcon(Icons::named(QStringLiteral("ionos-admin")));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_noteLabel = new MessageBanner(central);
    m_noteLabel->setObjectName(QStringLiteral("sessionNote"));
    layout->addWidget(m_noteLabel);

    m_navigation = new NavigationTree(central);
    connect(m_navigation, &NavigationTree::destinationChanged, this, &MainWindow::open);
    connect(m_navigation, &NavigationTree::usersDropped, this,
            [this](const QString &groupId, const QStringList &userIds) {
                if (m_screens)
                    m_pages->setCurrentWidget(m_screens->addMembers(groupId, userIds));
            });
    auto *refreshNavigation = new QAction(tr("&Refresh"), m_navigation);
    connect(refreshNavigation, &QAction::triggered, this, &MainWindow::refresh);
    m_navigation->addAction(refreshNavigation);
    m_navigation->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_reference = new PrivilegeReferenceView(m_pages);
    m_pages->addWidget(m_reference);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({220, 980});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_activity = new ActivityDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_activity);
    buildMenus();
    buildStatusBar();
    if (m_session) {
        connect(m_session, &SessionController::sessionChanged, this, &MainWindow::sessionChanged);
        connect(m_session, &SessionController::signedOut, this, &MainWindow::showNote);
        connect(m_session, &SessionController::resellerContractsChanged, m_navigation,
                &NavigationTree::setContracts);
    }

    resize(1200, 780);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    showPage(Page::Reference);
}

MainWindow::~MainWindow()
{
    // The screens and the workspace go before the window's own members, without calling back.
    disconnect(m_navigation, nullptr, this, nullptr);
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_navigation->follow(nullptr, nullptr);
    m_screens.reset();
    m_reference->followAccess(nullptr);
    delete m_workspace;
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    if (m_session) {
        QAction *connectAction =
            fileMenu->addAction(tr("&Connect…"), this, [this] { openConnectionDialog(); });
        connectAction->setObjectName(QStringLiteral("connectAction"));
        connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
        QAction *signOut =
            fileMenu->addAction(tr("Sign &Out"), m_session, &SessionController::signOut);
        signOut->setObjectName(QStringLiteral("signOutAction"));
    }
    fileMenu->addSeparator();
    QAction *saveSnapshot = fileMenu->addAction(tr("Save &Snapshot…"), this, [this] {
        if (m_screens)
            m_screens->snapshots()->chooseFile();
    });
    saveSnapshot->setObjectName(QStringLiteral("saveSnapshotAction"));
    saveSnapshot->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    saveSnapshot->setToolTip(tr("Save the account's users, groups, members, shares, resources "
                                "and reseller admins to a file, to compare or restore later"));
    QAction *posture = fileMenu->addAction(tr("Save Posture &Report…"), this, [this] {
        if (m_screens)
            m_screens->posture()->chooseFile();
    });
    posture->setObjectName(QStringLiteral("savePostureReportAction"));
    posture->setToolTip(tr("Save a PDF for auditors: the account at a glance, the administrators "
                           "and their 2-factor authentication, the findings and what changed "
                           "since your last session"));
    fileMenu->addSeparator();
    QAction *importUsers = fileMenu->addAction(tr("&Import Users…"), this, [this] {
        if (m_screens)
            m_screens->importUsers();
    });
    importUsers->setObjectName(QStringLiteral("importUsersAction"));
    importUsers->setToolTip(tr("Create and update users and their groups from a spreadsheet "
                               "saved as CSV, with a preview of every row first"));
    fileMenu->addSeparator();
    QAction *exportAll =
        fileMenu->addAction(tr("&Export All Rows…"), this, [this] { exportCurrentTable(false); });
    exportAll->setObjectName(QStringLiteral("exportAllAction"));
    exportAll->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *exportShown =
        fileMenu->addAction(tr("Export &Shown Rows…"), this, [this] { exportCurrentTable(true); });
    exportShown->setObjectName(QStringLiteral("exportShownAction"));
    exportShown->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = viewMenu->addAction(Icons::named(QStringLiteral("refresh")), tr("&Refresh"),
                                           this, &MainWindow::refresh);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    // The toolbar and the Edit menu show the actions of the screen shown.
    auto *commands = new CommandBar(*this, *editMenu, refresh);
    connect(m_pages, &QStackedWidget::currentChanged, commands,
            [this, commands] { commands->follow(m_pages->currentWidget()); });
    viewMenu->addAction(commands->toolBar()->toggleViewAction());
    viewMenu->addAction(m_activity->toggleViewAction());
    viewMenu->addSeparator();
    QAction *remember = viewMenu->addAction(tr("Show What Changed Since the &Last Session"));
    remember->setObjectName(QStringLiteral("rememberAccountAction"));
    remember->setCheckable(true);
    remember->setChecked(SessionMemory::isEnabled());
    remember->setToolTip(tr("Keep the account as each session leaves it (the last five, in your "
                            "data folder, readable by you alone, without secrets) and show on "
                            "the Overview what changed since"));
    remember->setStatusTip(remember->toolTip());
    connect(remember, &QAction::toggled, this, [](bool on) { SessionMemory::setEnabled(on); });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *gettingStarted =
        helpMenu->addAction(tr("&Getting Started"), this, &MainWindow::showGettingStarted);
    gettingStarted->setObjectName(QStringLiteral("gettingStartedAction"));
    gettingStarted->setShortcut(QKeySequence::HelpContents);
    QAction *reference = helpMenu->addAction(tr("&Privilege Reference"), this,
                                             [this] { showPage(Page::Reference); });
    reference->setObjectName(QStringLiteral("privilegeReferenceAction"));
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About IONOS Cloud Admin Console"), this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildStatusBar()
{
    m_profileStatus = new QLabel(tr("Not connected"), this);
    m_profileStatus->setObjectName(QStringLiteral("profileStatus"));
    statusBar()->addWidget(m_profileStatus, 1);
    if (m_session)
        m_loadStatus = new LoadStatus(*m_session, statusBar());
}

UsersView *MainWindow::usersView() const
{
    return m_screens ? m_screens->users() : nullptr;
}

GroupsView *MainWindow::groupsView() const
{
    return m_screens ? m_screens->groups() : nullptr;
}

MatrixView *MainWindow::matrixView() const
{
    return m_screens ? m_screens->matrix() : nullptr;
}

ResourcesView *MainWindow::resourcesView() const
{
    return m_screens ? m_screens->resources() : nullptr;
}

OwnershipView *MainWindow::ownershipView() const
{
    return m_screens ? m_screens->ownership() : nullptr;
}

ResellerView *MainWindow::resellerView() const
{
    return m_screens ? m_screens->reseller() : nullptr;
}

void MainWindow::showGettingStarted()
{
    // One page, raised again when it is already open.
    if (!m_gettingStarted) {
        m_gettingStarted = new GettingStartedDialog(this);
        m_gettingStarted->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_gettingStarted->show();
    m_gettingStarted->raise();
    m_gettingStarted->activateWindow();
}

void MainWindow::exportCurrentTable(bool shownRowsOnly)
{
    // The focused table of the current screen, or the activity log when it has the focus.
    TableExporter *exporter = m_activity->table()->hasFocus()
                                  ? TableExporter::current(m_activity)
                                  : TableExporter::current(m_pages->currentWidget());
    if (!exporter) {
        statusBar()->showMessage(tr("This screen has no table to export."), 5000);
        return;
    }
    exporter->chooseFile(shownRowsOnly ? TableExporter::Scope::FilteredRows
                                       : TableExporter::Scope::AllRows);
}

void MainWindow::showPage(Page page)
{
    m_navigation->select(page);
    open(m_navigation->destination());
}

void MainWindow::open(const NavigationTree::Destination &destination)
{
    QWidget *screen = m_screens ? m_screens->open(destination) : nullptr;
    m_pages->setCurrentWidget(screen ? screen : m_reference);
}

void MainWindow::sessionChanged()
{
    // A new session: nothing loaded from the previous one stays on screen.
    clearWorkspace();
    m_workspace = SessionStart::loadWorkspace(*m_session, this, [this](Workspace &workspace) {
        m_screens = std::make_unique<SessionScreens>(workspace, *m_session, *m_pages);
        m_navigation->follow(&workspace.groups(), &workspace.resources());
        const std::optional<ConnectionProfile> profile = m_session->activeProfile();
        m_navigation->setContracts(profile ? profile->resellerContracts : QList<qint64>());
        m_activity->setModel(&workspace.activity());
        connect(m_screens->changes(), &ChangesView::differing, m_navigation,
                &NavigationTree::markDiffering);
        connect(m_activity, &ActivityDock::undoRequested, m_screens->changes(), &ChangesView::undo);
        followOverview();
        arrangeKeyboardOrder(this, m_navigation, m_activity);
        new ConnectionNotices(workspace.monitor(), *m_session, m_noteLabel, m_profileStatus, this,
                              &workspace);
    });
    m_reference->followAccess(m_workspace ? &m_workspace->accessEngine() : nullptr);
    showPage(m_workspace ? Page::Overview : Page::Reference);
    showNote({});
    if (m_loadStatus)
        m_loadStatus->follow(m_workspace);
    showConnection();
}

void MainWindow::followOverview()
{
    OverviewView *overview = m_screens->overview();
    connect(overview, &OverviewView::pageRequested, this, &MainWindow::showPage);
    connect(overview, &OverviewView::findingsRequested, this, [this](Finding::Severity severity) {
        m_screens->findings()->showSeverity(severity);
        showPage(Page::Findings);
    });
    connect(overview, &OverviewView::saveSnapshotRequested, m_screens->snapshots(),
            &SnapshotSaver::chooseFile);
    connect(overview, &OverviewView::changesRequested, this, [this](const QString &path) {
        m_screens->changes()->compareWithNow(path);
        showPage(Page::Changes);
    });
}

void MainWindow::showConnection()
{
    const std::optional<ConnectionProfile> profile = m_session->activeProfile();
    if (!profile || !m_session->isSignedIn()) {
        m_profileStatus->setText(tr("Not connected"));
        m_profileStatus->setToolTip({});
        return;
    }
    // The addresses are there for whoever asks, not in the way of the lists.
    QString details = tr("Profile \"%1\": Cloud API %2, Reseller API %3")
                          .arg(profile->name, profile->cloudUrl, profile->resellerUrl);
    if (const std::optional<QDateTime> expiry = m_session->tokenExpiry()) {
        details += QLatin1Char('\n') +
                   tr("Signed in with a token valid until %1.").arg(DisplayTime::dateTime(*expiry));
        warnOfTokenExpiry(*expiry, QDateTime::currentDateTimeUtc());
    }
    m_profileStatus->setToolTip(details);
    m_profileStatus->setText(
        profile->contractNumber
            ? tr("%1 · contract %2 · connected").arg(profile->name).arg(*profile->contractNumber)
            : tr("%1 · connected").arg(profile->name));
}

void MainWindow::warnOfTokenExpiry(const QDateTime &expiry, const QDateTime &now)
{
    const qint64 days = now.daysTo(expiry);
    if (expiry <= now || days > TokenExpiry::kWarnDays)
        return;
    m_noteLabel->post(MessageBanner::Tone::Warning,
                      tr("The token of this profile expires on %1, in %n day(s). Create a new "
                         "one in the IONOS Token Manager and sign in with it before then.",
                         nullptr, int(days))
                          .arg(DisplayTime::dateTime(expiry)),
                      QStringLiteral("token"));
}

void MainWindow::clearWorkspace()
{
    m_navigation->follow(nullptr, nullptr);
    m_navigation->setContracts({});
    m_navigation->markDiffering({});
    m_activity->setModel(nullptr);
    m_screens.reset();
    m_reference->followAccess(nullptr);
    delete m_workspace;
    m_workspace = nullptr;
}

void MainWindow::showNote(const QString &text)
{
    m_noteLabel->post(MessageBanner::Tone::Warning, text);
}

void MainWindow::refresh()
{
    if (!m_workspace)
        return;
    // On a resource type, that type alone is loaded again; elsewhere everything.
    const NavigationTree::Destination at = m_navigation->destination();
    if (at.page == Page::ResourceType && m_pages->currentWidget() == resourcesView())
        m_workspace->resourcesController().loadType(at.resourceType);
    else
        m_workspace->loadAll();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::startSession()
{
    if (!m_session)
        return;
    // Whatever stops it, the connection dialog asks, with the reason when there is one.
    auto *start = new SessionStart(*m_session, SessionStart::Caller::Window, this);
    connect(start, &SessionStart::stopped, this,
            [this, start](SessionStart::Stop, const QString &problem) {
                start->deleteLater();
                openConnectionDialog(problem);
            });
    connect(start, &SessionStart::signedIn, start, &QObject::deleteLater);
    start->start();
}

ConnectionDialog *MainWindow::openConnectionDialog(const QString &problem)
{
    if (!m_session)
        return nullptr;
    if (!m_dialog) {
        m_dialog = new ConnectionDialog(*m_session, this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
            if (dialog)
                showNote(dialog->saveNote());
        });
    }
    if (!problem.isEmpty())
        m_dialog->showProblem(problem);
    m_dialog->open();
    return m_dialog;
}

} // namespace ionos
