#include "mainwindow.h"

#include "aboutdialog.h"
#include "activitydock.h"
#include "connectiondialog.h"
#include "connectionnotices.h"
#include "gettingstarteddialog.h"
#include "groupsmodel.h"
#include "groupsview.h"
#include "icons.h"
#include "matrixview.h"
#include "messagebanner.h"
#include "navigationtree.h"
#include "privilegereferencemodel.h"
#include "resellerview.h"
#include "resourcesmodel.h"
#include "resourcesview.h"
#include "sessioncontroller.h"
#include "tableexporter.h"
#include "usersview.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ionos {

MainWindow::MainWindow(SessionController *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_privileges(new PrivilegeReferenceModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("IONOS Cloud Admin Console"));
    setWindowIcon(Icons::named(QStringLiteral("ionos-admin")));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_connectionLabel = new QLabel(tr("Not connected."), central);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_connectionLabel);

    m_noteLabel = new MessageBanner(central);
    m_noteLabel->setObjectName(QStringLiteral("sessionNote"));
    layout->addWidget(m_noteLabel);

    m_navigation = new NavigationTree(central);
    m_navigation->setObjectName(QStringLiteral("navigationTree"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setAccessibleDescription(
        tr("The screens of the console; arrow keys move between them, Right opens a group or "
           "contract"));
    m_navigation->setHeaderHidden(true);
    auto addNode = [this](const QString &text, const QString &page, const QIcon &icon) {
        auto *item = new QTreeWidgetItem(m_navigation, {text});
        item->setIcon(0, icon);
        item->setData(0, Qt::UserRole, page);
        return item;
    };
    addNode(tr("Users"), QStringLiteral("users"), Icons::user());
    addNode(tr("Groups"), QStringLiteral("groups"), Icons::group());
    addNode(tr("Privilege Matrix"), QStringLiteral("matrix"), Icons::matrix());
    addNode(tr("Resources"), QStringLiteral("resources"), Icons::resourceType(QString()));
    addNode(tr("Ownership"), QStringLiteral("ownership"), Icons::ownership());
    addNode(tr("Reseller Contracts"), QStringLiteral("reseller"), Icons::contract());
    addNode(tr("Privilege Reference"), QStringLiteral("reference"), Icons::reference());
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, &MainWindow::navigationChanged);
    connect(m_navigation, &NavigationTree::usersDropped, this,
            [this](const QString &groupId, const QStringList &userIds) {
                if (!m_groupsView)
                    return;
                m_pages->setCurrentWidget(m_groupsView);
                m_groupsView->addMembers(groupId, userIds);
            });
    auto *refreshNavigation = new QAction(tr("&Refresh"), m_navigation);
    connect(refreshNavigation, &QAction::triggered, this, &MainWindow::refresh);
    m_navigation->addAction(refreshNavigation);
    m_navigation->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_referencePage = buildReferencePage();
    m_pages->addWidget(m_referencePage);

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

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    if (m_session) {
        QAction *connectAction =
            fileMenu->addAction(tr("&Connect…"), this, [this] { openConnectionDialog(); });
        connectAction->setObjectName(QStringLiteral("connectAction"));
        connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
        QAction *signOut =
            fileMenu->addAction(tr("Sign &Out"), m_session, &SessionController::signOut);
        signOut->setObjectName(QStringLiteral("signOutAction"));
        connect(m_session, &SessionController::sessionChanged, this, &MainWindow::sessionChanged);
        connect(m_session, &SessionController::signedOut, this, &MainWindow::showNote);
    }
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

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    viewMenu->addAction(m_activity->toggleViewAction());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *gettingStarted =
        helpMenu->addAction(tr("&Getting Started"), this, &MainWindow::showGettingStarted);
    gettingStarted->setObjectName(QStringLiteral("gettingStartedAction"));
    gettingStarted->setShortcut(QKeySequence::HelpContents);
    QAction *reference = helpMenu->addAction(tr("&Privilege Reference"), this,
                                             [this] { showPage(QStringLiteral("reference")); });
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

    m_profileStatus = new QLabel(tr("Not connected"), this);
    m_profileStatus->setObjectName(QStringLiteral("profileStatus"));
    m_activityStatus = new QLabel(this);
    m_activityStatus->setObjectName(QStringLiteral("activityStatus"));
    m_rateStatus = new QLabel(this);
    m_rateStatus->setObjectName(QStringLiteral("rateStatus"));
    statusBar()->addWidget(m_profileStatus, 1);
    statusBar()->addPermanentWidget(m_activityStatus);
    statusBar()->addPermanentWidget(m_rateStatus);
    resize(1200, 780);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    showPage(QStringLiteral("reference"));
}

MainWindow::~MainWindow()
{
    // The views and the workspace go before the window's own members, without calling back.
    disconnect(m_navigation, nullptr, this, nullptr);
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    delete m_usersView;
    delete m_groupsView;
    delete m_matrixView;
    delete m_resourcesView;
    delete m_ownershipView;
    delete m_resellerView;
    delete m_workspace;
}

QWidget *MainWindow::buildReferencePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("referencePage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter privileges"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter privileges"));
    layout->addWidget(m_filter);

    m_proxy->setSourceModel(m_privileges);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("privilegeTable"));
    m_table->setAccessibleName(tr("Group privileges"));
    m_table->setAccessibleDescription(
        tr("The 25 privileges a group can grant, with their API key, area and meaning"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    auto *copy = new QAction(tr("&Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, m_table, [this] {
        QStringList lines;
        for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
            QStringList cells;
            for (int c = 0; c < m_proxy->columnCount(); ++c)
                cells << row.sibling(row.row(), c).data().toString();
            lines << cells.join(QLatin1Char('\t'));
        }
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    TableExporter::install(m_table, QStringLiteral("privileges"));
    layout->addWidget(m_table);
    return page;
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

void MainWindow::arrangeKeyboardOrder()
{
    // Tab leaves a table (the arrow keys move between its cells), and goes from the navigation
    // through the screen to the activity log, which comes last.
    for (QTableView *table : findChildren<QTableView *>())
        table->setTabKeyNavigation(false);
    // Qt moves a widget in the chain only after one that takes the focus.
    QWidget *last = m_navigation;
    for (QWidget *w = m_navigation->nextInFocusChain(); w != m_navigation;
         w = w->nextInFocusChain()) {
        if (w->focusPolicy() != Qt::NoFocus && !m_activity->isAncestorOf(w))
            last = w;
    }
    for (QWidget *w : m_activity->findChildren<QWidget *>()) {
        if (w->focusPolicy() & Qt::TabFocus) {
            setTabOrder(last, w);
            last = w;
        }
    }
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

void MainWindow::showPage(const QString &page)
{
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_navigation->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == page) {
            m_navigation->setCurrentItem(item);
            break;
        }
    }
    navigationChanged();
}

void MainWindow::navigationChanged()
{
    QTreeWidgetItem *item = m_navigation->currentItem();
    const QString page = item ? item->data(0, Qt::UserRole).toString() : QString();
    const QString groupId = item ? item->data(0, Qt::UserRole + 1).toString() : QString();
    if (page == QStringLiteral("users") && m_usersView) {
        m_pages->setCurrentWidget(m_usersView);
    } else if ((page == QStringLiteral("groups") || page == QStringLiteral("group") ||
                page == QStringLiteral("members") || page == QStringLiteral("shares")) &&
               m_groupsView) {
        m_pages->setCurrentWidget(m_groupsView);
        if (!groupId.isEmpty()) {
            m_groupsView->selectGroup(groupId);
            m_groupsView->details()->setCurrentIndex(page == QStringLiteral("members")  ? 1
                                                     : page == QStringLiteral("shares") ? 2
                                                                                        : 0);
        }
    } else if (page == QStringLiteral("matrix") && m_matrixView) {
        m_pages->setCurrentWidget(m_matrixView);
    } else if ((page == QStringLiteral("resources") || page == QStringLiteral("resourceType")) &&
               m_resourcesView) {
        m_pages->setCurrentWidget(m_resourcesView);
        if (page == QStringLiteral("resourceType"))
            m_resourcesView->showType(item->data(0, Qt::UserRole + 1).toString());
    } else if (page == QStringLiteral("ownership") && m_ownershipView) {
        m_pages->setCurrentWidget(m_ownershipView);
    } else if ((page == QStringLiteral("reseller") || page == QStringLiteral("contract")) &&
               m_resellerView) {
        m_pages->setCurrentWidget(m_resellerView);
        if (page == QStringLiteral("contract"))
            m_resellerView->showContract(item->data(0, Qt::UserRole + 1).toLongLong());
    } else {
        m_pages->setCurrentWidget(m_referencePage);
    }
}

void MainWindow::rebuildContractNodes()
{
    QTreeWidgetItem *reseller = nullptr;
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        if (m_navigation->topLevelItem(i)->data(0, Qt::UserRole).toString() ==
            QStringLiteral("reseller"))
            reseller = m_navigation->topLevelItem(i);
    }
    if (!reseller)
        return;
    QSignalBlocker block(m_navigation);
    qDeleteAll(reseller->takeChildren());
    const std::optional<ConnectionProfile> profile =
        m_session ? m_session->activeProfile() : std::nullopt;
    if (!profile || !m_workspace)
        return;
    for (const qint64 contract : profile->resellerContracts) {
        auto *item = new QTreeWidgetItem(reseller, {tr("Contract %1").arg(contract)});
        item->setIcon(0, Icons::administrator());
        item->setData(0, Qt::UserRole, QStringLiteral("contract"));
        item->setData(0, Qt::UserRole + 1, contract);
    }
}

void MainWindow::rebuildResourceNodes()
{
    QTreeWidgetItem *resources = nullptr;
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        if (m_navigation->topLevelItem(i)->data(0, Qt::UserRole).toString() ==
            QStringLiteral("resources"))
            resources = m_navigation->topLevelItem(i);
    }
    if (!resources)
        return;
    QSignalBlocker block(m_navigation);
    qDeleteAll(resources->takeChildren());
    if (!m_workspace)
        return;
    const ResourcesModel &model = m_workspace->resources();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex type = model.index(row, 0);
        auto *item = new QTreeWidgetItem(resources, {type.data().toString()});
        item->setIcon(0, Icons::resourceType(type.data(ResourcesModel::TypeRole).toString()));
        item->setData(0, Qt::UserRole, QStringLiteral("resourceType"));
        item->setData(0, Qt::UserRole + 1, type.data(ResourcesModel::TypeRole));
    }
}

void MainWindow::rebuildGroupNodes()
{
    QTreeWidgetItem *groups = nullptr;
    for (int i = 0; i < m_navigation->topLevelItemCount(); ++i) {
        if (m_navigation->topLevelItem(i)->data(0, Qt::UserRole).toString() ==
            QStringLiteral("groups"))
            groups = m_navigation->topLevelItem(i);
    }
    if (!groups)
        return;
    QSignalBlocker block(m_navigation);
    qDeleteAll(groups->takeChildren());
    if (!m_workspace)
        return;
    const GroupsModel &model = m_workspace->groups();
    for (int row = 0; row < model.rowCount(); ++row) {
        auto *group = new QTreeWidgetItem(groups, {model.at(row).name});
        group->setIcon(0, Icons::group());
        group->setData(0, Qt::UserRole, QStringLiteral("group"));
        group->setData(0, Qt::UserRole + 1, model.at(row).id);
        auto *members = new QTreeWidgetItem(group, {tr("Members")});
        members->setIcon(0, Icons::user());
        members->setData(0, Qt::UserRole, QStringLiteral("members"));
        members->setData(0, Qt::UserRole + 1, model.at(row).id);
        auto *shares = new QTreeWidgetItem(group, {tr("Shares")});
        shares->setIcon(0, Icons::share());
        shares->setData(0, Qt::UserRole, QStringLiteral("shares"));
        shares->setData(0, Qt::UserRole + 1, model.at(row).id);
    }
    groups->sortChildren(0, Qt::AscendingOrder);
}

void MainWindow::refresh()
{
    if (m_workspace)
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
    const EnvironmentOverrides &o = m_session->overrides();
    const QString name = o.profileName.value_or(m_session->profiles().lastUsed());
    std::optional<ConnectionProfile> profile = m_session->profiles().profile(name);
    if (!profile && o.profileName && !o.isEmpty()) {
        // --profile names a new profile that the environment describes.
        profile = ConnectionProfile();
        profile->name = *o.profileName;
    }
    if (!profile) {
        openConnectionDialog();
        return;
    }
    m_session->storedSecret(
        *profile, this, [this, profile](const SessionController::StoredSecret &s) {
            if (!s.secret) {
                openConnectionDialog(s.problem);
                return;
            }
            auto *once = new QObject(this);
            connect(m_session, &SessionController::signInFinished, once,
                    [this, once](const ConnectionVerdict &verdict, const QString &) {
                        once->deleteLater();
                        if (!verdict.signedIn())
                            openConnectionDialog(verdict.message);
                    });
            m_session->signIn(*profile, *s.secret, false);
        });
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

void MainWindow::sessionChanged()
{
    // A new session: nothing loaded from the previous one stays on screen.
    clearWorkspace();
    if (ApiClient *active = m_session->client()) {
        m_workspace = new Workspace(*active, this);
        m_usersView = new UsersView(*m_workspace, m_pages);
        m_groupsView = new GroupsView(*m_workspace, m_pages);
        m_matrixView = new MatrixView(*m_workspace, m_pages);
        m_resourcesView = new ResourcesView(*m_workspace, m_pages);
        m_ownershipView = new OwnershipView(*m_workspace, m_pages);
        m_resellerView = new ResellerView(*m_workspace, *m_session, m_pages);
        m_pages->addWidget(m_resourcesView);
        m_pages->addWidget(m_ownershipView);
        m_pages->addWidget(m_resellerView);
        connect(m_resellerView, &ResellerView::contractsChanged, this,
                &MainWindow::rebuildContractNodes);
        rebuildContractNodes();
        connect(&m_workspace->resources(), &QAbstractItemModel::modelReset, this,
                &MainWindow::rebuildResourceNodes);
        m_pages->addWidget(m_usersView);
        m_pages->addWidget(m_groupsView);
        m_pages->addWidget(m_matrixView);
        m_activity->setModel(&m_workspace->activity());
        arrangeKeyboardOrder();
        new ConnectionNotices(m_workspace->monitor(), *m_session, m_noteLabel, m_profileStatus,
                              this, [this] { refresh(); }, m_workspace);
        GroupsModel *groups = &m_workspace->groups();
        connect(groups, &QAbstractItemModel::modelReset, this, &MainWindow::rebuildGroupNodes);
        connect(groups, &QAbstractItemModel::rowsInserted, this, &MainWindow::rebuildGroupNodes);
        connect(groups, &QAbstractItemModel::rowsRemoved, this, &MainWindow::rebuildGroupNodes);
        connect(groups, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
            if (topLeft.column() == GroupsModel::NameColumn)
                rebuildGroupNodes();
        });
        m_workspace->loadAll();
        showPage(QStringLiteral("users"));
    } else {
        showPage(QStringLiteral("reference"));
    }
    showNote({});
    showActivity(0, 0);
    m_rateStatus->clear();
    const std::optional<ConnectionProfile> profile = m_session->activeProfile();
    ApiClient *client = m_session->client();
    if (!profile || !client) {
        m_connectionLabel->setText(tr("Not connected."));
        m_profileStatus->setText(tr("Not connected"));
        return;
    }
    m_connectionLabel->setText(tr("Profile \"%1\": Cloud API %2, Reseller API %3")
                                   .arg(profile->name, client->settings().cloudBase.toString(),
                                        client->settings().resellerBase.toString()));
    m_profileStatus->setText(
        profile->contractNumber
            ? tr("%1 · contract %2 · connected").arg(profile->name).arg(*profile->contractNumber)
            : tr("%1 · connected").arg(profile->name));
    connect(client, &ApiClient::activityChanged, this, &MainWindow::showActivity);
    connect(client, &ApiClient::rateLimitChanged, this, &MainWindow::showRateLimit);
}

void MainWindow::clearWorkspace()
{
    for (QWidget *view :
         {static_cast<QWidget *>(m_usersView), static_cast<QWidget *>(m_groupsView),
          static_cast<QWidget *>(m_matrixView), static_cast<QWidget *>(m_resourcesView),
          static_cast<QWidget *>(m_ownershipView)}) {
        if (view) {
            m_pages->removeWidget(view);
            delete view;
        }
    }
    m_usersView = nullptr;
    m_groupsView = nullptr;
    m_matrixView = nullptr;
    m_resourcesView = nullptr;
    m_ownershipView = nullptr;
    m_resellerView = nullptr;
    m_activity->setModel(nullptr);
    delete m_workspace;
    m_workspace = nullptr;
    rebuildGroupNodes();
    rebuildResourceNodes();
    rebuildContractNodes();
}

void MainWindow::showActivity(int queued, int inFlight)
{
    m_activityStatus->setText(tr("Requests: %1 queued, %2 in flight").arg(queued).arg(inFlight));
}

void MainWindow::showRateLimit(const RateLimitFigures &f)
{
    if (!f.known()) {
        m_rateStatus->clear();
        return;
    }
    m_rateStatus->setText(tr("Rate limit: %1 of %2 per minute left, burst %3")
                              .arg(f.remaining)
                              .arg(f.limitPerMinute)
                              .arg(f.burst));
}

void MainWindow::showNote(const QString &text)
{
    m_noteLabel->show(MessageBanner::Tone::Warning, text);
}

} // namespace ionos
