#include "ui/reseller/resellerview.h"

#include "models/connection/sessioncontroller.h"
#include "models/reseller/adminscontroller.h"
#include "models/reseller/adminsmodel.h"
#include "models/workspace.h"
#include "ui/common/icons.h"
#include "ui/common/messagebanner.h"
#include "ui/common/rowcount.h"
#include "ui/common/sortfilterproxy.h"
#include "ui/common/tableactions.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"
#include "ui/reseller/admindialogs.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {

ResellerView::ResellerView(Workspace &workspace, SessionController &session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_contractBanner(new MessageBanner(this))
    , m_contracts(new QListWidget(this))
    , m_contractEdit(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("resellerView"));
    m_contractBanner->setObjectName(QStringLiteral("contractBanner"));
    m_contracts->setObjectName(QStringLiteral("contractList"));
    m_contracts->setAccessibleName(tr("Reseller contracts"));
    m_contracts->setAccessibleDescription(tr("The reseller contracts this profile manages"));
    m_contractEdit->setObjectName(QStringLiteral("contractEdit"));
    m_contractEdit->setPlaceholderText(tr("Contract number"));
    m_contractEdit->setAccessibleName(tr("Contract number to add"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addContractButton"));
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(QStringLiteral("removeContractButton"));
    add->setToolTip(tr("Manage the contract with this number in this profile"));
    remove->setToolTip(tr("Stop managing the selected contract in this profile"));
    m_contractEdit->setToolTip(tr("The number of a reseller contract, for example 2"));
    // The contract controls together, then the admins: the order they are seen in.
    setTabOrder(m_contracts, m_contractEdit);
    setTabOrder(m_contractEdit, add);
    setTabOrder(add, remove);
    setTabOrder(remove, m_filter);
    connect(add, &QPushButton::clicked, this, [this] { addContract(m_contractEdit->text()); });
    connect(m_contractEdit, &QLineEdit::returnPressed, this,
            [this] { addContract(m_contractEdit->text()); });
    connect(remove, &QPushButton::clicked, this, &ResellerView::removeSelectedContract);
    connect(m_contracts, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_banner->clear();
        m_retry->hide();
        m_workspace.admins().showContract(item ? item->data(Qt::UserRole).toLongLong() : 0);
    });

    m_banner->setObjectName(QStringLiteral("adminsBanner"));
    m_retry->setObjectName(QStringLiteral("retryAdminsButton"));
    m_retry->setToolTip(tr("Load the admins of the contract again"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->hide();
        m_banner->clear();
        m_workspace.admins().reload();
    });
    auto *proxy = new SortFilterProxy(AdminsModel::SortRole, this);
    proxy->setSourceModel(&workspace.admins().admins());
    m_filter->setObjectName(QStringLiteral("adminsFilter"));
    m_filter->setPlaceholderText(tr("Filter admins"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter admins"));
    connect(m_filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setObjectName(QStringLiteral("adminsTable"));
    m_table->setAccessibleName(tr("Admins of the contract"));
    m_table->setAccessibleDescription(
        tr("The admins of the selected contract; Enter edits, Delete deletes"));
    m_table->setModel(proxy);
    m_table->setItemDelegateForColumn(
        AdminsModel::FirstNameColumn,
        new IconDelegate([](const QModelIndex &) { return Icons::administrator(); }, m_table));
    TableExporter::install(m_table, QStringLiteral("admins"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AdminsModel::LastNameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    using Kind = TableColumns::Kind;
    TableColumns::install(m_table,
                          {{AdminsModel::IdColumn, Kind::Id},
                           {AdminsModel::FirstNameColumn, Kind::Name},
                           {AdminsModel::LastNameColumn, Kind::Name},
                           {AdminsModel::EmailColumn, Kind::Email}},
                          QStringLiteral("views/adminsColumns"));
    const TableActions actions = TableActions::install(this, m_table, m_filter, tr("&New Admin…"),
                                                       tr("&Edit Admin…"), QStringLiteral("Admin"));
    m_new = actions.create;
    m_edit = actions.edit;
    m_delete = actions.remove;
    connect(m_new, &QAction::triggered, this, &ResellerView::newAdmin);
    connect(m_edit, &QAction::triggered, this, &ResellerView::editAdmin);
    connect(m_delete, &QAction::triggered, this, &ResellerView::deleteAdmin);
    connect(m_table, &QTableView::doubleClicked, this, &ResellerView::editAdmin);

    AdminsController &admins = workspace.admins();
    connect(&admins, &AdminsController::loadFailed, this,
            [this](const ApiError &error, bool retryHelps) {
                m_banner->showError({}, error, kLoadTopic);
                m_retry->setVisible(retryHelps);
            });
    connect(&admins, &AdminsController::loaded, m_banner, [this] {
        m_banner->settle(kLoadTopic);
        m_retry->hide();
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Reseller contracts:"), left));
    leftLayout->addWidget(m_contractBanner);
    // The list as tall as its contracts (scrolling once they fill the height), the field to add
    // one right under it.
    m_contracts->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_contracts->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    leftLayout->addWidget(m_contracts);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_contractEdit, 1);
    addRow->addWidget(add);
    leftLayout->addLayout(addRow);
    leftLayout->addWidget(remove);
    leftLayout->addStretch(1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_retry);
    rightLayout->addLayout(bannerRow);
    auto *count = new RowCount(
        m_table->model(), &workspace.admins().admins(),
        [](int n) { return tr("%n admin(s)", nullptr, n); }, this);
    count->setObjectName(QStringLiteral("adminsCount"));
    rightLayout->addLayout(RowCount::beside(m_filter, count));
    rightLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    // The contracts as wide as they need, the admins the rest.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    const std::optional<ConnectionProfile> profile = session.activeProfile();
    reloadContracts(
        profile && !profile->resellerContracts.isEmpty() ? profile->resellerContracts.first() : 0);
}

void ResellerView::reloadContracts(qint64 select)
{
    m_contracts->clear();
    const std::optional<ConnectionProfile> profile = m_session.activeProfile();
    if (!profile)
        return;
    for (const qint64 contract : profile->resellerContracts) {
        auto *item = new QListWidgetItem(tr("Contract %1").arg(contract), m_contracts);
        item->setData(Qt::UserRole, contract);
        if (contract == select)
            m_contracts->setCurrentItem(item);
    }
}

void ResellerView::showContract(qint64 contract)
{
    for (int i = 0; i < m_contracts->count(); ++i) {
        if (m_contracts->item(i)->data(Qt::UserRole).toLongLong() == contract)
            m_contracts->setCurrentRow(i);
    }
}

bool ResellerView::addContract(const QString &text)
{
    QList<qint64> numbers;
    QString problem;
    if (!parseContractNumbers(text, &numbers, &problem) || numbers.isEmpty()) {
        m_contractBanner->post(
            MessageBanner::Tone::Error,
            problem.isEmpty() ? tr("Enter a contract number: a positive whole number.") : problem);
        return false;
    }
    m_contractBanner->clear();
    QList<qint64> contracts =
        m_session.activeProfile() ? m_session.activeProfile()->resellerContracts : QList<qint64>();
    for (qint64 n : numbers) {
        if (!contracts.contains(n))
            contracts << n;
    }
    m_session.setResellerContracts(contracts);
    m_contractEdit->clear();
    reloadContracts(numbers.first());
    emit contractsChanged();
    return true;
}

void ResellerView::removeSelectedContract()
{
    QListWidgetItem *item = m_contracts->currentItem();
    if (!item || !m_session.activeProfile())
        return;
    QList<qint64> contracts = m_session.activeProfile()->resellerContracts;
    contracts.removeAll(item->data(Qt::UserRole).toLongLong());
    m_session.setResellerContracts(contracts);
    reloadContracts(contracts.isEmpty() ? 0 : contracts.first());
    emit contractsChanged();
}

qint64 ResellerView::selectedAdmin() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(AdminsModel::AdminIdRole).toLongLong() : 0;
}

void ResellerView::newAdmin()
{
    if (m_workspace.admins().contract() <= 0)
        return;
    auto *dialog = new AdminDialog(m_workspace.admins(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AdminDialog::saved, this, &ResellerView::selectAdmin);
    dialog->open();
}

void ResellerView::selectAdmin(qint64 adminId)
{
    QAbstractItemModel *shown = m_table->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, 0);
        if (index.data(AdminsModel::AdminIdRole).toLongLong() != adminId)
            continue;
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        return;
    }
}

void ResellerView::editAdmin()
{
    const std::optional<Admin> admin = m_workspace.admins().admins().admin(selectedAdmin());
    if (!admin)
        return;
    auto *dialog = new AdminDialog(m_workspace.admins(), admin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ResellerView::deleteAdmin()
{
    const std::optional<Admin> admin = m_workspace.admins().admins().admin(selectedAdmin());
    if (!admin)
        return;
    auto *dialog = new DeleteAdminDialog(m_workspace.admins(), *admin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace ionos
