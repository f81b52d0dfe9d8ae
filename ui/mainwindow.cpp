#include "mainwindow.h"

#include "connectiondialog.h"
#include "privilegereferencemodel.h"
#include "sessioncontroller.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
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
    setWindowIcon(QIcon(QStringLiteral(":/icons/ionos-admin.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_connectionLabel = new QLabel(tr("Not connected."), central);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_connectionLabel);

    m_noteLabel = new QLabel(central);
    m_noteLabel->setObjectName(QStringLiteral("sessionNote"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setStyleSheet(QStringLiteral("background:#fef7e0;color:#4d3800;border:1px solid "
                                              "#e8c66a;border-radius:4px;padding:6px;"));
    m_noteLabel->hide();
    layout->addWidget(m_noteLabel);

    m_filter = new QLineEdit(central);
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

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("privilegeTable"));
    m_table->setAccessibleName(tr("Group privileges"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table);
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    if (m_session) {
        QAction *connectAction =
            fileMenu->addAction(tr("&Connect…"), this, [this] { openConnectionDialog(); });
        connectAction->setObjectName(QStringLiteral("connectAction"));
        connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
        QAction *signOut =
            fileMenu->addAction(tr("Sign &Out"), m_session, &SessionController::signOut);
        signOut->setObjectName(QStringLiteral("signOutAction"));
        fileMenu->addSeparator();
        connect(m_session, &SessionController::sessionChanged, this, &MainWindow::sessionChanged);
        connect(m_session, &SessionController::signedOut, this, &MainWindow::showNote);
    }
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(find);

    m_profileStatus = new QLabel(tr("Not connected"), this);
    m_profileStatus->setObjectName(QStringLiteral("profileStatus"));
    m_activityStatus = new QLabel(this);
    m_activityStatus->setObjectName(QStringLiteral("activityStatus"));
    m_rateStatus = new QLabel(this);
    m_rateStatus->setObjectName(QStringLiteral("rateStatus"));
    statusBar()->addWidget(m_profileStatus, 1);
    statusBar()->addPermanentWidget(m_activityStatus);
    statusBar()->addPermanentWidget(m_rateStatus);
    resize(1100, 700);
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
    m_noteLabel->setText(text);
    m_noteLabel->setVisible(!text.isEmpty());
}

} // namespace ionos
