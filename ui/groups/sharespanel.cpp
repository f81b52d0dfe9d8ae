#include "ui/groups/sharespanel.h"

#include "models/access/accessengine.h"
#include "models/account/resourcetypes.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/sharescontroller.h"
#include "models/groups/sharesmodel.h"
#include "models/resources/resourcesmodel.h"
#include "models/workspace.h"
#include "ui/common/confirmation.h"
#include "ui/common/icons.h"
#include "ui/common/messagebanner.h"
#include "ui/common/rowcount.h"
#include "ui/common/tableexporter.h"
#include "ui/groups/groupcommands.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {

ResourcePicker::ResourcePicker(const ResourcesModel &resources, const QStringList &excludedIds,
                               QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_edit(new QCheckBox(tr("&Edit: members may change and delete them"), this))
    , m_share(new QCheckBox(tr("&Share: members may pass them on to their other groups"), this))
{
    setObjectName(QStringLiteral("resourcePicker"));
    setWindowTitle(tr("Share Resources"));
    auto *items = new QStandardItemModel(this);
    for (const Resource &r : resources.resources()) {
        if (excludedIds.contains(r.id))
            continue;
        auto *item = new QStandardItem(ResourceTypes::nameWithType(r.name, r.type));
        item->setData(r.id, Qt::UserRole);
        item->setEditable(false);
        items->appendRow(item);
    }
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(items);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->sort(0);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name or type"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search resources"));
    m_search->setToolTip(tr("Shows only the resources whose name or type contains this"));
    connect(m_search, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_list->setObjectName(QStringLiteral("resourceList"));
    m_list->setAccessibleName(tr("Resources to share"));
    m_list->setAccessibleDescription(
        tr("The resources the group does not share yet; select several with Ctrl or Shift"));
    m_list->setModel(proxy);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_edit->setObjectName(QStringLiteral("editCheck"));
    m_share->setObjectName(QStringLiteral("shareCheck"));
    m_edit->setToolTip(tr("Members may also change and delete the shared resources"));
    m_share->setToolTip(tr("Members may share the resources with other groups they belong to"));
    auto *read = new QCheckBox(tr("Read: members may see and use them"), this);
    read->setChecked(true);
    read->setEnabled(false); // reading is what sharing is
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Share"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("shareButton"));
    buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Share the selected resources with the group, one after another"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without sharing anything"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(read);
    layout->addWidget(m_edit);
    layout->addWidget(m_share);
    layout->addWidget(buttons);
    resize(520, 560);
}

QList<GroupShare> ResourcePicker::chosen() const
{
    QList<GroupShare> out;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
        out << GroupShare{index.data(Qt::UserRole).toString(), m_edit->isChecked(),
                          m_share->isChecked()};
    return out;
}

SharesPanel::SharesPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Share Resources…"), this))
    , m_remove(new QPushButton(tr("Stop &Sharing"), this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("sharesPanel"));
    m_banner->setObjectName(QStringLiteral("sharesBanner"));
    m_table->setObjectName(QStringLiteral("sharesTable"));
    m_table->setAccessibleName(tr("Resources shared with the group"));
    m_table->setAccessibleDescription(
        tr("The resources the group shares, with the edit and share rights of its members"));
    m_add->setToolTip(tr("Choose resources to share with the group"));
    m_remove->setToolTip(tr("Stop sharing the selected resources with the group"));
    m_table->setModel(&workspace.shares().shares());
    m_table->setItemDelegateForColumn(
        SharesModel::ResourceColumn,
        new IconDelegate(Icons::pendingOr(SharesModel::PendingRole, Icons::share()), m_table));
    TableExporter::install(m_table, QStringLiteral("shares"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(SharesModel::ResourceColumn,
                                                      QHeaderView::Stretch);
    m_add->setObjectName(QStringLiteral("addSharesButton"));
    m_remove->setObjectName(QStringLiteral("removeSharesButton"));
    m_progress->setObjectName(QStringLiteral("sharesProgress"));
    m_progress->hide();
    auto *addAction = new QAction(Icons::share(), tr("&Share Resources…"), m_table);
    auto *removeAction =
        new QAction(Icons::named(QStringLiteral("stop-sharing")), tr("Stop &Sharing"), m_table);
    addAction->setObjectName(QStringLiteral("shareResourcesAction"));
    removeAction->setObjectName(QStringLiteral("stopSharingAction"));

    connect(addAction, &QAction::triggered, this, &SharesPanel::pickResources);
    connect(removeAction, &QAction::triggered, this, &SharesPanel::removeSelected);
    m_table->addActions({addAction, removeAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_commands = new GroupCommands(m_table, m_add, m_remove, addAction, removeAction);
    connect(m_add, &QPushButton::clicked, this, &SharesPanel::pickResources);
    connect(m_remove, &QPushButton::clicked, this, &SharesPanel::removeSelected);

    SharesController &shares = workspace.shares();
    connect(&shares, &SharesController::bulkProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 done").arg(done).arg(total));
        m_progress->setVisible(done < total);
    });
    connect(&shares, &SharesController::bulkFinished, this, &SharesPanel::bulkFinished);
    connect(&shares.shares(), &SharesModel::flagsEdited, this, &SharesPanel::changeRights);
    connect(&shares, &SharesController::changeFailed, this, [this](const ApiError &error) {
        m_banner->showError(tr("The share was not changed."), error);
    });
    connect(&shares, &SharesController::loadFailed, this, [this](const ApiError &error) {
        m_banner->showError(tr("The shares could not be loaded."), error, kLoadTopic);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *count = new RowCount(
        m_table->model(), m_table->model(),
        [](int n) { return tr("%n shared resource(s)", nullptr, n); }, this);
    count->setObjectName(QStringLiteral("sharesCount"));
    buttons->addWidget(count);
    buttons->addStretch();
    buttons->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

QList<QAction *> SharesPanel::commands() const
{
    return m_commands->actions();
}

void SharesPanel::showGroup(const QString &groupId)
{
    m_groupId = groupId;
    m_banner->clear();
    m_commands->setGroupShown(!groupId.isEmpty());
    m_workspace.shares().showGroup(groupId);
}

void SharesPanel::pickResources()
{
    if (m_groupId.isEmpty())
        return;
    QStringList shared;
    for (const GroupShare &s : m_workspace.shares().shares().shares())
        shared << s.resourceId;
    auto *picker = new ResourcePicker(m_workspace.resources(), shared, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] { addShares(picker->chosen()); });
    picker->open();
}

void SharesPanel::addShares(const QList<GroupShare> &shares)
{
    if (shares.isEmpty() || m_groupId.isEmpty())
        return;
    QStringList names;
    WhatIf preview = m_workspace.accessEngine().whatIf();
    for (const GroupShare &share : shares) {
        names << resourceName(share.resourceId);
        preview.putShare(m_groupId, share);
    }
    Confirmation confirmation;
    confirmation.title = tr("Share Resources");
    confirmation.question =
        tr("Share %n resource(s) with the group \"%1\"?", nullptr, int(shares.size()))
            .arg(groupName());
    confirmation.names = names;
    confirmation.consequence = tr("Its members reach them with the rights chosen.");
    confirmation.undo = tr("You can undo this from the Activity log, or stop sharing again.");
    confirmation.confirmText = tr("Share");
    confirmation.objectName = QStringLiteral("shareResourcesConfirmation");
    confirmation.destructive = false;
    confirmation.preview = preview;
    confirmation.previewComplete = m_workspace.accessEngine().isComplete();
    confirmation.askIfAccessChanges(this, [this, shares, groupId = m_groupId] {
        m_banner->post(MessageBanner::Tone::Info, tr("Sharing %n resource(s), one after another…",
                                                     nullptr, int(shares.size())));
        m_workspace.shares().add(groupId, shares);
    });
}

void SharesPanel::changeRights(const GroupShare &wanted)
{
    if (m_groupId.isEmpty())
        return;
    const std::optional<GroupShare> now = m_workspace.shares().shares().share(wanted.resourceId);
    QStringList what;
    if (now && now->editPrivilege != wanted.editPrivilege)
        what << (wanted.editPrivilege ? tr("Members may change and delete it.")
                                      : tr("Members may no longer change or delete it."));
    if (now && now->sharePrivilege != wanted.sharePrivilege)
        what << (wanted.sharePrivilege ? tr("Members may pass it on to their other groups.")
                                       : tr("Members may no longer pass it on."));
    Confirmation confirmation;
    confirmation.title = tr("Change Share");
    confirmation.question =
        tr("Change what the group \"%1\" may do with this resource?").arg(groupName());
    confirmation.names = {resourceName(wanted.resourceId)};
    confirmation.consequence = what.join(QLatin1Char(' '));
    confirmation.undo = tr("You can tick it back at any time.");
    confirmation.confirmText = tr("Change");
    confirmation.objectName = QStringLiteral("changeShareConfirmation");
    confirmation.destructive = false;
    confirmation.preview = m_workspace.accessEngine().whatIf().putShare(m_groupId, wanted);
    confirmation.previewComplete = m_workspace.accessEngine().isComplete();
    confirmation.askIfAccessChanges(this, [this, wanted, groupId = m_groupId] {
        m_workspace.shares().change(groupId, wanted);
    });
}

QString SharesPanel::groupName() const
{
    const std::optional<Group> group = m_workspace.groups().group(m_groupId);
    return group ? group->name : m_groupId;
}

QString SharesPanel::resourceName(const QString &resourceId) const
{
    const Resource *r = m_workspace.resources().resource(resourceId);
    if (!r)
        return resourceId;
    return ResourceTypes::nameWithType(r->name.isEmpty() ? resourceId : r->name, r->type);
}

void SharesPanel::removeSelected()
{
    QStringList ids;
    QStringList names;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        ids << index.data(SharesModel::ResourceIdRole).toString();
        names << QStringLiteral("%1 (%2)").arg(
            index.sibling(index.row(), SharesModel::ResourceColumn).data().toString(),
            index.sibling(index.row(), SharesModel::TypeColumn).data().toString());
    }
    if (ids.isEmpty())
        return;
    const std::optional<Group> group = m_workspace.groups().group(m_groupId);
    Confirmation confirmation;
    confirmation.title = tr("Stop Sharing");
    confirmation.question =
        tr("Stop sharing %n resource(s) with the group \"%1\"?", nullptr, int(ids.size()))
            .arg(group ? group->name : m_groupId);
    confirmation.names = names;
    confirmation.consequence =
        tr("Its members no longer reach them through this group; the resources stay.");
    confirmation.undo = tr("You can undo this from the Activity log, or share them again.");
    confirmation.confirmText = tr("Stop Sharing");
    confirmation.objectName = QStringLiteral("stopSharingConfirmation");
    AccessEngine &access = m_workspace.accessEngine();
    confirmation.preview = access.whatIf().removeShares(m_groupId, ids);
    confirmation.previewComplete = access.isComplete();
    confirmation.ask(
        this, [this, ids, groupId = m_groupId] { m_workspace.shares().remove(groupId, ids); });
}

void SharesPanel::bulkFinished(const QList<ItemResult> &results)
{
    m_progress->hide();
    const BulkSummary s = BulkSummary::of(results);
    m_banner->showSummary(s, tr("All %n change(s) done.", nullptr, s.done),
                          tr("%1 of %2 done. Not done:\n%3"));
}

} // namespace ionos
