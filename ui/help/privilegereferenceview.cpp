#include "ui/help/privilegereferenceview.h"

#include "models/access/accessengine.h"
#include "models/access/privilegeholdersmodel.h"
#include "models/privilegereferencemodel.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {

PrivilegeReferenceView::PrivilegeReferenceView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PrivilegeReferenceModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_holdersPane(new QWidget(this))
    , m_holdersHeading(new QLabel(m_holdersPane))
    , m_holders(new QTableView(m_holdersPane))
    , m_holdersModel(new PrivilegeHoldersModel(this))
{
    setObjectName(QStringLiteral("referencePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter privileges"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter privileges"));
    layout->addWidget(m_filter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("privilegeTable"));
    m_table->setAccessibleName(tr("Group privileges"));
    m_table->setAccessibleDescription(
        tr("The 25 privileges a group can grant, with their area and meaning"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The API's key is for scripts: in the label's tool tip and in the exports.
    m_table->setColumnHidden(PrivilegeReferenceModel::KeyColumn, true);
    m_table->resizeColumnsToContents();
    auto *copy = new QAction(tr("&Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &PrivilegeReferenceView::copySelection);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    TableExporter::install(m_table, QStringLiteral("privileges"));

    m_holdersHeading->setObjectName(QStringLiteral("holdersHeading"));
    m_holdersHeading->setWordWrap(true);
    m_holdersHeading->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_holders->setObjectName(QStringLiteral("holdersTable"));
    m_holders->setAccessibleName(tr("Who holds the privilege"));
    m_holders->setAccessibleDescription(
        tr("The users who hold the selected privilege, and the groups it comes through"));
    m_holders->setModel(m_holdersModel);
    m_holders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_holders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holders->verticalHeader()->hide();
    using Kind = TableColumns::Kind;
    TableColumns::install(m_holders,
                          {{PrivilegeHoldersModel::UserColumn, Kind::Email},
                           {PrivilegeHoldersModel::NameColumn, Kind::Name},
                           {PrivilegeHoldersModel::ThroughColumn, Kind::Text}},
                          QStringLiteral("views/holdersColumns"));
    TableExporter::install(m_holders, QStringLiteral("privilege-holders"));
    auto *holdersLayout = new QVBoxLayout(m_holdersPane);
    holdersLayout->setContentsMargins(6, 8, 0, 0);
    holdersLayout->addWidget(m_holdersHeading);
    holdersLayout->addWidget(m_holders);
    m_holdersPane->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("referenceSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_holdersPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PrivilegeReferenceView::showHolders);
}

void PrivilegeReferenceView::followAccess(AccessEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    m_holdersPane->setVisible(engine != nullptr);
    if (engine)
        connect(engine, &AccessEngine::changed, this, &PrivilegeReferenceView::showHolders);
    showHolders();
}

void PrivilegeReferenceView::showHolders()
{
    const QModelIndex current = m_table->currentIndex();
    // Until a privilege is chosen the pane says so in a sentence instead of an empty list.
    m_holders->setVisible(m_engine && current.isValid());
    if (!m_engine || !current.isValid()) {
        m_holdersModel->clear();
        m_holdersHeading->setText(tr("Select a privilege to see who holds it."));
        return;
    }
    const QString key =
        current.siblingAtColumn(PrivilegeReferenceModel::KeyColumn).data().toString();
    const QString label =
        current.siblingAtColumn(PrivilegeReferenceModel::LabelColumn).data().toString();
    m_holdersModel->show(key, m_engine->current());
    QString heading = tr("%1 is held by %n user(s).", "", m_holdersModel->rowCount()).arg(label);
    if (!m_engine->isComplete())
        heading += QLatin1Char(' ') + tr("Still loading: holders through groups whose members "
                                         "are not in yet are missing.");
    m_holdersHeading->setText(heading);
}

void PrivilegeReferenceView::copySelection()
{
    QStringList lines;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells << row.sibling(row.row(), c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace ionos
