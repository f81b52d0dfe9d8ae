#include "ui/groups/groupsview.h"

#include "models/access/accessengine.h"
#include "models/account/resourcetypes.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/membershipcontroller.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "network/privileges.h"
#include "ui/common/confirmation.h"
#include "ui/common/icons.h"
#include "ui/common/messagebanner.h"
#include "ui/common/rowcount.h"
#include "ui/common/screencommands.h"
#include "ui/common/sortfilterproxy.h"
#include "ui/common/tableactions.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"
#include "ui/groups/groupdialog.h"
#include "ui/groups/memberspanel.h"
#include "ui/groups/sharespanel.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {

GroupsView::GroupsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
    , m_filter(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_proxy(new SortFilterProxy(GroupsModel::SortRole, this))
    , m_details(new QTabWidget(this))
    , m_privileges(new QListWidget(this))
    , m_members(new MembersPanel(workspace, this))
    , m_shares(new SharesPanel(workspace, this))
    , m_resources(new QListWidget(this))
{
    setObjectName(QStringLiteral("groupsView"));
    m_banner->setObjectName(QStringLiteral("groupsBanner"));
    m_filter->setObjectName(QStringLiteral("groupsFilter"));
    m_filter->setPlaceholderText(tr("Filter groups (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter groups"));
    m_proxy->setSourceModel(&workspace.groups());
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("groupsTable"));
    m_table->setAccessibleName(tr("Groups"));
    m_table->setAccessibleDescription(
        tr("The groups with their member, share and privilege counts; Enter edits, Delete "
           "deletes"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(
        GroupsModel::NameColumn,
        new IconDelegate(Icons::pendingOr(GroupsModel::PendingRole, Icons::group()), m_table));
    TableExporter::install(m_table, QStringLiteral("groups"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GroupsModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Not edited in place: F2 and Enter open the dialog instead.
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::DropOnly);
    m_table->verticalHeader()->hide();
    using Kind = TableColumns::Kind;
    TableColumns::install(m_table,
                          {{GroupsModel::NameColumn, Kind::Name},
                           {GroupsModel::MembersColumn, Kind::Number},
                           {GroupsModel::SharesColumn, Kind::Number},
                           {GroupsModel::PrivilegesColumn, Kind::Text}},
                          QStringLiteral("views/groupsColumns"));

    m_privileges->setObjectName(QStringLiteral("groupPrivileges"));
    m_details->setObjectName(QStringLiteral("groupDetails"));
    m_details->addTab(m_privileges, tr("Privileges"));
    m_details->addTab(m_members, tr("Members"));
    m_details->addTab(m_shares, tr("Shares"));
    m_details->addTab(m_resources, tr("Resources"));
    m_details->setTabToolTip(0, tr("The privileges the group grants its members"));
    m_details->setTabToolTip(1, tr("The users in the group"));
    m_details->setTabToolTip(2, tr("The resources the group shares, with their rights"));
    m_details->setTabToolTip(3, tr("The resources the group's members reach, as the API lists "
                                   "them under the group"));
    m_resources->setObjectName(QStringLiteral("groupResources"));
    m_resources->setAccessibleName(tr("Resources of the group"));
    m_resources->setAccessibleDescription(
        tr("The resources the group's members reach through it, with their type"));
    connect(m_details, &QTabWidget::currentChanged, this, &GroupsView::showResources);
    m_privileges->setAccessibleName(tr("Privileges the group grants"));
    m_privileges->setAccessibleDescription(tr("The privileges granted to every member"));

    // The members' and the shares' actions are the screen's own.
    ScreenCommands::of(this)->addOwn(m_members->commands() + m_shares->commands());
    const TableActions actions = TableActions::install(this, m_table, m_filter, tr("&New Group…"),
                                                       tr("&Edit Group…"), QStringLiteral("Group"));
    m_new = actions.create;
    m_edit = actions.edit;
    m_delete = actions.remove;
    connect(m_new, &QAction::triggered, this, &GroupsView::newGroup);
    connect(m_edit, &QAction::triggered, this, &GroupsView::editGroup);
    connect(m_delete, &QAction::triggered, this, &GroupsView::deleteGroups);
    connect(m_table, &QTableView::doubleClicked, this, &GroupsView::editGroup);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("groupsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    auto *count = new RowCount(
        m_proxy, &workspace.groups(), [](int n) { return tr("%n group(s)", nullptr, n); }, this);
    count->setObjectName(QStringLiteral("groupsCount"));
    layout->addLayout(RowCount::beside(m_filter, count));
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);
    m_progress->setObjectName(QStringLiteral("groupsProgress"));
    m_progress->hide();
    QSettings settings;
    if (!splitter->restoreState(
            settings.value(QStringLiteral("views/groupsSplitter")).toByteArray()))
        splitter->setSizes({500, 230});

    GroupsController &controller = workspace.groupsController();
    connect(&controller, &GroupsController::loadingChanged, this, [this](bool loading) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Loading groups…"));
        m_progress->setVisible(loading);
        if (!loading)
            TableColumns::fitOnce(m_table);
    });
    connect(&controller, &GroupsController::countsProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Loading member and share counts: %1 of %2").arg(done).arg(total));
        m_progress->setVisible(done < total);
    });
    connect(&controller, &GroupsController::loadFailed, this, [this](const ApiError &error) {
        m_banner->showError(tr("The groups could not be loaded."), error, kLoadTopic);
    });
    connect(&controller, &GroupsController::loaded, m_banner,
            [this] { m_banner->settle(kLoadTopic); });
    connect(&controller, &GroupsController::removeFinished, this, &GroupsView::showRemoveResults);
    connect(&workspace.groups(), &GroupsModel::usersDropped, this, &GroupsView::addMembers);
    connect(&workspace.groups(), &QAbstractItemModel::dataChanged, this, [this] {
        if (!selectedId().isEmpty())
            selectionChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupsView::selectionChanged);
    selectionChanged();
}

GroupsView::~GroupsView()
{
    QSettings settings;
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("groupsSplitter")))
        settings.setValue(QStringLiteral("views/groupsSplitter"), splitter->saveState());
}

QString GroupsView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(GroupsModel::IdRole).toString() : QString();
}

void GroupsView::selectGroup(const QString &groupId)
{
    const int sourceRow = m_workspace.groups().rowOf(groupId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_workspace.groups().index(sourceRow, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void GroupsView::selectionChanged()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const QString id = selectedId();
    m_edit->setEnabled(!id.isEmpty());
    m_delete->setEnabled(selected > 0);
    m_privileges->clear();
    const std::optional<Group> group = m_workspace.groups().group(id);
    if (group) {
        for (const Privilege &p : Privileges::all()) {
            if (!group->privileges.value(p.key))
                continue;
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 (%2)").arg(p.label(), p.areaLabel()), m_privileges);
            item->setToolTip(p.explanation());
        }
        if (m_privileges->count() == 0)
            m_privileges->addItem(tr("This group grants no privileges."));
    } else {
        m_privileges->addItem(tr("Select a group to see its privileges."));
    }
    if (id != m_workspace.membership().shownGroup()) {
        m_members->showGroup(id);
        m_shares->showGroup(id);
    }
    showResources();
}

void GroupsView::showResources()
{
    // Read only when the tab is shown: one call per group looked at, not per selection.
    if (m_details->currentWidget() != m_resources)
        return;
    m_resources->clear();
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_workspace.groupsController().loadResources({}, this, {});
        m_resources->addItem(tr("Select a group to see its resources."));
        return;
    }
    m_resources->addItem(tr("Loading…"));
    m_workspace.groupsController().loadResources(
        id, this, [this](const Result<QList<Resource>> &r) {
            if (!r.ok() && r.error().kind == ApiError::Kind::Cancelled)
                return;
            m_resources->clear();
            if (!r.ok()) {
                m_resources->addItem(r.error().message);
                return;
            }
            for (const Resource &res : r.value()) {
                auto *item = new QListWidgetItem(
                    Icons::resourceType(res.type),
                    QStringLiteral("%1 (%2)").arg(res.name.isEmpty() ? res.id : res.name,
                                                  ResourceTypes::label(res.type)),
                    m_resources);
                item->setToolTip(res.id);
            }
            if (r.value().isEmpty())
                m_resources->addItem(tr("Its members reach no resource through it."));
        });
}

void GroupsView::addMembers(const QString &groupId, const QStringList &userIds)
{
    selectGroup(groupId);
    m_details->setCurrentWidget(m_members);
    m_members->addUsers(userIds);
}

void GroupsView::newGroup()
{
    auto *dialog = new GroupDialog(m_workspace.groupsController(), m_workspace.accessEngine(),
                                   std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The group just created is selected and scrolled to.
    connect(dialog, &GroupDialog::saved, this, &GroupsView::selectGroup);
    dialog->open();
}

void GroupsView::editGroup()
{
    const std::optional<Group> group = m_workspace.groups().group(selectedId());
    if (!group)
        return;
    auto *dialog =
        new GroupDialog(m_workspace.groupsController(), m_workspace.accessEngine(), group, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GroupsView::deleteGroups()
{
    QStringList ids;
    QStringList names;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        ids << index.data(GroupsModel::IdRole).toString();
        names << index.sibling(index.row(), GroupsModel::NameColumn).data().toString();
    }
    if (ids.isEmpty())
        return;
    Confirmation confirmation;
    confirmation.title = tr("Delete Groups");
    confirmation.question = tr("Delete %n group(s)?", nullptr, int(ids.size()));
    confirmation.names = names;
    confirmation.consequence =
        tr("Their members lose the privileges they grant and the resources they share; the "
           "users themselves stay.");
    confirmation.undo = tr("Undo in the Activity log creates them again, with new ids, with "
                           "their privileges, members and shares.");
    confirmation.confirmText = tr("Delete");
    confirmation.objectName = QStringLiteral("deleteGroupsConfirmation");
    AccessEngine &access = m_workspace.accessEngine();
    confirmation.preview = access.whatIf().deleteGroups(ids);
    confirmation.previewComplete = access.isComplete();
    confirmation.ask(this, [this, ids] { m_workspace.groupsController().remove(ids); });
}

void GroupsView::showRemoveResults(const QList<ItemResult> &results)
{
    const BulkSummary s = BulkSummary::of(results);
    m_banner->showSummary(s, tr("Deleted %n group(s).", nullptr, s.done),
                          tr("Deleted %1 of %2 groups. Not deleted:\n%3"));
}

} // namespace ionos
