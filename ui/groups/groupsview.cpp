#include "ui/groups/groupsview.h"

#include "models/access/accessengine.h"
#include "models/account/resourcetypes.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/membershipcontroller.h"
#include "models/groups/roletemplates.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "network/privileges.h"
#include "ui/common/confirmation.h"
#include "ui/common/icons.h"
#include "ui/common/listscreen.h"
#include "ui/common/messagebanner.h"
#include "ui/common/rowcount.h"
#include "ui/common/screencommands.h"
#include "ui/common/sortfilterproxy.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"
#include "ui/groups/clonegroupdialog.h"
#include "ui/groups/groupdialog.h"
#include "ui/groups/memberspanel.h"
#include "ui/groups/roletemplatesdialog.h"
#include "ui/groups/sharespanel.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>

namespace ionos {

GroupsView::GroupsView(Workspace &workspace, QWidget *parent)
    : ListScreen(workspace, QStringLiteral("groups"), GroupsModel::SortRole, parent)
    , m_privileges(new QListWidget(this))
    , m_members(new MembersPanel(workspace, this))
    , m_shares(new SharesPanel(workspace, this))
    , m_resources(new QListWidget(this))
{
    m_proxy->setSourceModel(&workspace.groups());
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table->setAccessibleName(tr("Groups"));
    m_table->setAccessibleDescription(
        tr("The groups with their member, share and privilege counts; Enter edits, Delete "
           "deletes"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(
        GroupsModel::NameColumn,
        new IconDelegate(Icons::pendingOr(GroupsModel::PendingRole, Icons::group()), m_table));
    TableExporter::install(m_table, QStringLiteral("groups"));
    // Sorted before the columns are installed, which restore the person's own sorting.
    arrange(
        {tr("Filter groups (Ctrl+F)"), tr("Filter groups"), tr("&New Group…"), tr("&Edit Group…"),
         QStringLiteral("Group")},
        GroupsModel::NameColumn,
        new RowCount(
            m_proxy, &workspace.groups(), [](int n) { return tr("%n group(s)", nullptr, n); },
            this),
        {500, 230}, [this] { newGroup(); }, [this] { editGroup(); }, [this] { deleteGroups(); });
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::DropOnly);
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

    m_clone = new QAction(tr("&Clone Group…"), this);
    m_clone->setObjectName(QStringLiteral("cloneGroupAction"));
    m_clone->setToolTip(tr("Make a new group with the selected group's privileges and shares, "
                           "and its members if you wish"));
    connect(m_clone, &QAction::triggered, this, &GroupsView::cloneGroup);
    m_saveTemplate = new QAction(tr("Save as Role &Template…"), this);
    m_saveTemplate->setObjectName(QStringLiteral("saveRoleTemplateAction"));
    m_saveTemplate->setToolTip(tr("Keep the selected group's privileges under a name, to make "
                                  "groups from"));
    connect(m_saveTemplate, &QAction::triggered, this, [this] {
        const std::optional<Group> group = m_workspace.groups().group(selectedId());
        if (!group)
            return;
        auto *ask = new QInputDialog(this);
        ask->setObjectName(QStringLiteral("roleTemplateNameDialog"));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Save as Role Template"));
        ask->setLabelText(tr("Name of the template (one of the same name is replaced):"));
        ask->setTextValue(group->name);
        connect(ask, &QInputDialog::textValueSelected, this, &GroupsView::saveRoleTemplate);
        ask->open();
    });
    m_templates = new QAction(tr("&Role Templates…"), this);
    m_templates->setObjectName(QStringLiteral("roleTemplatesAction"));
    m_templates->setToolTip(tr("Make groups from role templates; export and import them"));
    connect(m_templates, &QAction::triggered, this, &GroupsView::roleTemplates);
    for (QAction *a : {m_clone, m_saveTemplate})
        m_table->addAction(a);

    // The members' and the shares' actions are the screen's own.
    ScreenCommands::of(this)->addOwn(QList<QAction *>{m_clone, m_saveTemplate, m_templates} +
                                     m_members->commands() + m_shares->commands());

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
    followLoad(controller, tr("The groups could not be loaded."));
    connect(&controller, &GroupsController::removeFinished, this,
            [this](const QList<ItemResult> &results) {
                showDeleted(
                    results, [](int n) { return tr("Deleted %n group(s).", nullptr, n); },
                    tr("Deleted %1 of %2 groups. Not deleted:\n%3"));
            });
    connect(&workspace.groups(), &GroupsModel::usersDropped, this, &GroupsView::addMembers);
    // Resources that could not be read (the connection was lost) are asked for again once back.
    connect(&workspace, &Workspace::resumed, this, [this] {
        if (m_resourcesFailed)
            showResources();
    });
    connect(&workspace.groups(), &QAbstractItemModel::dataChanged, this, [this] {
        if (!selectedId().isEmpty())
            selectionChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupsView::selectionChanged);
    selectionChanged();
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
    m_clone->setEnabled(!id.isEmpty());
    m_saveTemplate->setEnabled(!id.isEmpty());
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
    m_resourcesFailed = false;
    m_workspace.groupsController().loadResources(
        id, this, [this](const Result<QList<Resource>> &r) {
            m_resourcesFailed = failed(r);
            ListScreen::showResources(m_resources, r,
                                      tr("Its members reach no resource through it."));
        });
}

void GroupsView::addMembers(const QString &groupId, const QStringList &userIds)
{
    selectGroup(groupId);
    m_details->setCurrentWidget(m_members);
    m_members->addUsers(userIds);
}

CloneGroupDialog *GroupsView::cloneGroup()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return nullptr;
    auto *dialog = new CloneGroupDialog(m_workspace, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CloneGroupDialog::cloned, this, &GroupsView::selectGroup);
    dialog->open();
    return dialog;
}

void GroupsView::saveRoleTemplate(const QString &name)
{
    const std::optional<Group> group = m_workspace.groups().group(selectedId());
    if (!group || name.trimmed().isEmpty())
        return;
    QSettings settings;
    RoleTemplates::save(settings, RoleTemplates::put(RoleTemplates::load(settings),
                                                     {name.trimmed(), group->privileges}));
    m_banner->post(MessageBanner::Tone::Success,
                   tr("The privileges of %1 are kept as the role template %2.")
                       .arg(group->name, name.trimmed()),
                   QStringLiteral("roleTemplates"));
}

RoleTemplatesDialog *GroupsView::roleTemplates()
{
    auto *dialog = new RoleTemplatesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RoleTemplatesDialog::newGroupRequested, this, &GroupsView::newGroupFrom);
    dialog->open();
    return dialog;
}

GroupDialog *GroupsView::newGroupFrom(const RoleTemplate &role)
{
    auto *dialog = new GroupDialog(m_workspace.groupsController(), m_workspace.accessEngine(),
                                   std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->startFrom(role.name, role.privileges);
    connect(dialog, &GroupDialog::saved, this, &GroupsView::selectGroup);
    dialog->open();
    return dialog;
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
    confirmation.undo = tr("You can undo this from the Activity log: they are created again, "
                           "with new ids, with their privileges, members and shares.");
    confirmDeletion(confirmation, m_workspace.accessEngine().whatIf().deleteGroups(ids),
                    [this, ids] { m_workspace.groupsController().remove(ids); });
}

} // namespace ionos
