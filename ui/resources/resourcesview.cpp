#include "ui/resources/resourcesview.h"

#include "models/access/accessengine.h"
#include "models/account/accountstate.h"
#include "models/account/resourcestates.h"
#include "models/account/resourcetypes.h"
#include "models/groups/groupsmodel.h"
#include "models/resources/ownershipmodel.h"
#include "models/resources/reachmodel.h"
#include "models/resources/resourcescontroller.h"
#include "models/resources/resourcesmodel.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "ui/common/icons.h"
#include "ui/common/messagebanner.h"
#include "ui/common/rowcount.h"
#include "ui/common/selectionkeeper.h"
#include "ui/common/sortfilterproxy.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace ionos {

ResourcesView::ResourcesView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_proxy(new SortFilterProxy(ResourcesModel::SortRole, this))
    , m_summary(new QLabel(this))
    , m_reachTable(new QTableView(this))
    , m_reach(new ReachModel(workspace.accessEngine(), this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setObjectName(QStringLiteral("resourcesView"));
    m_banner->setObjectName(QStringLiteral("resourcesBanner"));
    m_filter->setObjectName(QStringLiteral("resourcesFilter"));
    m_filter->setPlaceholderText(tr("Filter resources"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter resources"));
    m_proxy->setSourceModel(&workspace.resources());
    m_proxy->setRecursiveFilteringEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_tree->setObjectName(QStringLiteral("resourcesTree"));
    m_tree->setAccessibleName(tr("Resources by type"));
    m_tree->setAccessibleDescription(
        tr("The resources of the contract by type, with owner, state and creation date"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegateForColumn(ResourcesModel::NameColumn,
                                     new IconDelegate(
                                         [](const QModelIndex &index) {
                                             return Icons::resourceType(
                                                 index.data(ResourcesModel::TypeRole).toString());
                                         },
                                         m_tree));
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ResourcesModel::NameColumn, Qt::AscendingOrder);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The resource's and its owner's names whole, in collapsed types too; the id shortest.
    using Kind = TableColumns::Kind;
    TableColumns::install(m_tree,
                          {{ResourcesModel::NameColumn, Kind::Name},
                           {ResourcesModel::IdColumn, Kind::Id},
                           {ResourcesModel::OwnerColumn, Kind::Name},
                           {ResourcesModel::StateColumn, Kind::Label},
                           {ResourcesModel::SecAuthColumn, Kind::Boolean},
                           {ResourcesModel::CreatedColumn, Kind::Date}},
                          QStringLiteral("views/resourcesColumns"));
    m_summary->setObjectName(QStringLiteral("resourceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reachTable->setObjectName(QStringLiteral("reachTable"));
    m_reachTable->setAccessibleName(tr("Who can reach the selected resource"));
    m_reachTable->setAccessibleDescription(
        tr("Every user who can reach the selected resource, through which group and with which "
           "rights"));
    m_reachTable->setModel(m_reach);
    m_reachTable->setItemDelegateForColumn(
        ReachModel::UserColumn,
        new IconDelegate([](const QModelIndex &) { return Icons::user(); }, m_reachTable));
    m_reachTable->setSortingEnabled(false);
    m_reachTable->verticalHeader()->hide();
    TableColumns::install(m_reachTable,
                          {{ReachModel::UserColumn, Kind::Name},
                           {ReachModel::EmailColumn, Kind::Email},
                           {ReachModel::ThroughColumn, Kind::Text},
                           {ReachModel::ReadColumn, Kind::Boolean},
                           {ReachModel::EditColumn, Kind::Boolean},
                           {ReachModel::ShareColumn, Kind::Boolean},
                           {ReachModel::BlockedColumn, Kind::Boolean}},
                          QStringLiteral("views/reachColumns"));
    m_export->setObjectName(QStringLiteral("exportReachButton"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &ResourcesView::chooseExportFile);
    m_reachExporter = TableExporter::install(m_reachTable, QStringLiteral("who-can-reach"));
    // The export reports in the screen's banner, from the button and the context menu alike.
    connect(m_reachExporter, &TableExporter::exported, this, [this](const QString &path) {
        m_banner->post(MessageBanner::Tone::Success, tr("Saved %1.").arg(path));
    });
    connect(m_reachExporter, &TableExporter::exportFailed, this,
            [this](const QString &path, const QString &error) {
                m_banner->post(MessageBanner::Tone::Error,
                               tr("Could not write %1: %2").arg(path, error));
            });
    auto *refresh = new QAction(tr("&Refresh"), m_tree);
    connect(refresh, &QAction::triggered, &workspace.resourcesController(),
            &ResourcesController::load);
    m_tree->addAction(refresh);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    TableExporter::install(m_tree, QStringLiteral("resources"));

    // The selected resource's pane, with room around its text; until one is selected it says
    // so in a sentence instead of showing an empty list.
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(6, 8, 0, 0);
    detailsLayout->addWidget(m_summary);
    m_reachPart = new QWidget(details);
    auto *reachLayout = new QVBoxLayout(m_reachPart);
    reachLayout->setContentsMargins(0, 4, 0, 0);
    auto *reachHeading = new QLabel(m_reachPart);
    reachHeading->setObjectName(QStringLiteral("reachHeading"));
    reachLayout->addWidget(reachHeading);
    // Until every group's members and shares are in, the list would miss people: it says so.
    const auto showHeading = [this, reachHeading] {
        reachHeading->setText(m_reach->isLoading()
                                  ? tr("Who can reach it: loading the groups' members and shares…")
                                  : tr("Who can reach it:"));
    };
    connect(&workspace.accessEngine(), &AccessEngine::changed, reachHeading, showHeading);
    connect(&workspace.state(), &AccountState::detailsLoadingChanged, reachHeading, showHeading);
    connect(&workspace, &Workspace::everythingLoaded, reachHeading, showHeading);
    showHeading();
    reachLayout->addWidget(m_reachTable, 1);
    reachLayout->addWidget(m_export, 0, Qt::AlignRight);
    detailsLayout->addWidget(m_reachPart, 1);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(details);
    // The tree and the selected resource's pane share the height alike, whether or not a
    // resource is selected when the screen first shows; the list keeps room for a few people.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_reachTable->setMinimumHeight(m_reachTable->horizontalHeader()->sizeHint().height() +
                                   6 * m_reachTable->verticalHeader()->defaultSectionSize());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    auto *count = new RowCount(
        m_proxy, &workspace.resources(), [](int n) { return tr("%n resource(s)", nullptr, n); },
        this);
    count->setObjectName(QStringLiteral("resourcesCount"));
    count->setCountsChildren(true);
    layout->addLayout(RowCount::beside(m_filter, count));
    layout->addWidget(splitter, 1);

    connect(&workspace.resourcesController(), &ResourcesController::loadFailed, this,
            [this](const ApiError &error) {
                m_banner->showError(tr("The resources could not be loaded."), error, kLoadTopic);
            });
    connect(&workspace.resourcesController(), &ResourcesController::loaded, m_banner,
            [this] { m_banner->settle(kLoadTopic); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResourcesView::selectionChanged);
    // "Shared with" follows the groups' shares as they load and change.
    AccountState &state = workspace.state();
    connect(&state, &AccountState::sharesChanged, this, &ResourcesView::selectionChanged);
    connect(&state, &AccountState::detailsLoadingChanged, this, &ResourcesView::selectionChanged);
    // The pane follows its resource: a change shows at once, a reload keeps it selected.
    ResourcesModel &resources = workspace.resources();
    connect(&resources, &QAbstractItemModel::dataChanged, this, &ResourcesView::selectionChanged);
    new SelectionKeeper(
        resources, [this] { return selectedId(); },
        [this](const QString &id) { selectResource(id); }, this);
    selectionChanged();
}

QString ResourcesView::selectedId() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(ResourcesModel::ResourceIdRole).toString()
                            : QString();
}

void ResourcesView::selectResource(const QString &resourceId)
{
    for (int t = 0; t < m_proxy->rowCount(); ++t) {
        const QModelIndex type = m_proxy->index(t, 0);
        for (int r = 0; r < m_proxy->rowCount(type); ++r) {
            const QModelIndex item = m_proxy->index(r, 0, type);
            if (item.data(ResourcesModel::ResourceIdRole).toString() == resourceId) {
                m_tree->expand(type);
                m_tree->selectionModel()->select(item, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
                m_tree->scrollTo(item);
                return;
            }
        }
    }
}

void ResourcesView::showType(const QString &type)
{
    for (int t = 0; t < m_proxy->rowCount(); ++t) {
        const QModelIndex index = m_proxy->index(t, 0);
        if (index.data(ResourcesModel::TypeRole).toString() == type) {
            m_tree->expand(index);
            m_tree->scrollTo(index, QAbstractItemView::PositionAtTop);
            m_tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
        }
    }
}

void ResourcesView::selectionChanged()
{
    const QString id = selectedId();
    const Resource *r = m_workspace.resources().resource(id);
    m_export->setEnabled(r != nullptr);
    m_reachPart->setVisible(r != nullptr);
    if (!r) {
        m_summary->setText(tr("Select a resource to see who owns it and who can reach it."));
        m_reach->showResource({});
        return;
    }
    QStringList groups;
    for (const AccountState::GroupAccess &a : m_workspace.state().groupsSharing(id)) {
        const std::optional<Group> g = m_workspace.groups().group(a.groupId);
        QStringList rights{tr("read")};
        if (a.share.editPrivilege)
            rights << tr("edit");
        if (a.share.sharePrivilege)
            rights << tr("share");
        groups << tr("%1 (%2)").arg((g ? g->name : a.groupId).toHtmlEscaped(),
                                    rights.join(QStringLiteral(", ")));
    }
    m_summary->setText(
        tr("<b>%1</b> · %2 · %3<br>Owner: %4<br>Protected by 2-factor authentication: %5<br>Shared "
           "with: %6")
            .arg(r->name.toHtmlEscaped(), ResourceTypes::singular(r->type),
                 ResourceStates::label(r->state),
                 m_workspace.resources().ownerOf(*r).toHtmlEscaped(),
                 r->secAuthProtection ? tr("yes, only users who have set it up see it") : tr("no"),
                 m_workspace.state().isDetailsLoading() ? tr("loading…")
                 : groups.isEmpty()                     ? tr("no group")
                                                        : groups.join(QStringLiteral("; "))));
    m_reach->showResource(id);
}

bool ResourcesView::exportReach(const QString &path)
{
    QString error;
    if (!m_reachExporter->exportTo(path, TableExporter::Scope::AllRows, &error)) {
        m_banner->post(MessageBanner::Tone::Error, tr("Could not write %1: %2").arg(path, error));
        return false;
    }
    m_banner->post(MessageBanner::Tone::Success, tr("Saved %1.").arg(path));
    return true;
}

void ResourcesView::chooseExportFile()
{
    const Resource *r = m_workspace.resources().resource(selectedId());
    if (!r)
        return;
    m_reachExporter->setFileStem(QStringLiteral("%1-access").arg(r->name));
    m_reachExporter->chooseFile(TableExporter::Scope::AllRows);
}

OwnershipView::OwnershipView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("ownershipView"));
    auto *model = new OwnershipModel(workspace.resources(), this);
    auto *proxy = new SortFilterProxy(Qt::DisplayRole, this);
    proxy->setSourceModel(model);
    m_filter->setObjectName(QStringLiteral("ownershipFilter"));
    m_filter->setPlaceholderText(tr("Filter by user or resource"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter by user or resource"));
    connect(m_filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setObjectName(QStringLiteral("ownershipTable"));
    m_table->setAccessibleName(tr("Who owns which resource"));
    m_table->setAccessibleDescription(tr("Each resource with the user who owns it"));
    m_table->setModel(proxy);
    m_table->setItemDelegateForColumn(
        OwnershipModel::OwnerColumn,
        new IconDelegate([](const QModelIndex &) { return Icons::user(); }, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OwnershipModel::OwnerColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    using Kind = TableColumns::Kind;
    TableColumns::install(m_table,
                          {{OwnershipModel::OwnerColumn, Kind::Name},
                           {OwnershipModel::ResourceColumn, Kind::Name},
                           {OwnershipModel::TypeColumn, Kind::Label},
                           {OwnershipModel::IdColumn, Kind::Id}},
                          QStringLiteral("views/ownershipColumns"));
    TableExporter::install(m_table, QStringLiteral("ownership"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *count = new RowCount(
        proxy, model, [](int n) { return tr("%n resource(s)", nullptr, n); }, this);
    count->setObjectName(QStringLiteral("ownershipCount"));
    layout->addLayout(RowCount::beside(m_filter, count));
    layout->addWidget(m_table, 1);
}

} // namespace ionos
