#include "mainwindow.h"

#include "privilegereferencemodel.h"

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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
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
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(find);

    statusBar()->showMessage(tr("Not connected"));
    resize(1100, 700);
}

void MainWindow::setConnection(const QString &profileName, const QUrl &cloudBase,
                               const QUrl &resellerBase)
{
    m_connectionLabel->setText(
        tr("Profile \"%1\": Cloud API %2, Reseller API %3")
            .arg(profileName, cloudBase.toString(), resellerBase.toString()));
    statusBar()->showMessage(tr("Profile: %1").arg(profileName));
}

} // namespace ionos
