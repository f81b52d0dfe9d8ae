#include "ui/groups/memberspanel.h"

#include "models/access/accessengine.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/membershipcontroller.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "ui/common/confirmation.h"
#include "ui/common/icons.h"
#include "ui/common/messagebanner.h"
#include "ui/common/rowcount.h"
#include "ui/common/sortfilterproxy.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"
#include "ui/groups/groupcommands.h"
#include "ui/groups/memberpicker.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {

MembersPanel::MembersPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Members…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("membersPanel"));
    setAcceptDrops(true);
    m_banner->setObjectName(QStringLiteral("membersBanner"));
    m_add->setObjectName(QStringLiteral("addMembersButton"));
    m_remove->setObjectName(QStringLiteral("removeMembersButton"));
    m_cancel->setObjectName(QStringLiteral("cancelBulkButton"));
    m_progress->setObjectName(QStringLiteral("membersProgress"));
    m_progress->hide();
    m_cancel->hide();

    MembershipController &membership = workspace.membership();
    auto *proxy = new SortFilterProxy(UsersModel::SortRole, this);
    proxy->setSourceModel(&membership.members());
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setAccessibleName(tr("Members of the group"));
    m_table->setAccessibleDescription(tr("The users in the selected group; Delete removes them"));
    m_add->setToolTip(tr("Choose users to add to the group"));
    m_remove->setToolTip(tr("Remove the selected users from the group"));
    m_cancel->setToolTip(tr("Stop the changes not yet sent"));
    m_table->setModel(proxy);
    m_table->setItemDelegateForColumn(UsersModel::FirstNameColumn,
                                      new IconDelegate(&Icons::forUserRow, m_table));
    TableExporter::install(m_table, QStringLiteral("members"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    using Kind = TableColumns::Kind;
    TableColumns::install(m_table,
                          {{UsersModel::FirstNameColumn, Kind::Name},
                           {UsersModel::LastNameColumn, Kind::Name},
                           {UsersModel::EmailColumn, Kind::Email},
                           {UsersModel::AdministratorColumn, Kind::Boolean}},
                          QStringLiteral("views/membersColumns"));
    for (int c = UsersModel::ForceSecAuthColumn; c < UsersModel::ColumnCount; ++c)
        m_table->hideColumn(c);
    m_table->setAcceptDrops(false); // the panel takes the drop

    auto *addAction = new QAction(Icons::user(), tr("&Add Members…"), m_table);
    auto *removeAction = new QAction(Icons::named(QStringLiteral("remove-member")),
                                     tr("&Remove from Group"), m_table);
    addAction->setObjectName(QStringLiteral("addMembersAction"));
    removeAction->setObjectName(QStringLiteral("removeMembersAction"));

    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(addAction, &QAction::triggered, this, &MembersPanel::pickMembers);
    connect(removeAction, &QAction::triggered, this, &MembersPanel::removeSelected);
    m_table->addActions({addAction, removeAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_commands = new GroupCommands(m_table, m_add, m_remove, addAction, removeAction);
    connect(m_add, &QPushButton::clicked, this, &MembersPanel::pickMembers);
    connect(m_remove, &QPushButton::clicked, this, &MembersPanel::removeSelected);
    connect(m_cancel, &QPushButton::clicked, &membership, &MembershipController::cancelBulk);
    connect(&membership, &MembershipController::bulkProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 done").arg(done).arg(total));
        m_progress->setVisible(done < total);
        m_cancel->setVisible(done < total);
    });
    connect(&membership, &MembershipController::bulkFinished, this, &MembersPanel::bulkFinished);
    connect(&membership, &MembershipController::membersLoadFailed, this,
            [this](const ApiError &error) {
                m_banner->showError(tr("The members could not be loaded."), error, kLoadTopic);
            });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *count = new RowCount(
        m_table->model(), m_table->model(), [](int n) { return tr("%n member(s)", nullptr, n); },
        this);
    count->setObjectName(QStringLiteral("membersCount"));
    buttons->addWidget(count);
    buttons->addStretch();
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

QList<QAction *> MembersPanel::commands() const
{
    return m_commands->actions();
}

void MembersPanel::showGroup(const QString &groupId)
{
    m_groupId = groupId;
    m_banner->clear();
    m_commands->setGroupShown(!groupId.isEmpty());
    m_workspace.membership().showGroup(groupId);
}

void MembersPanel::addUsers(const QStringList &userIds)
{
    QList<User> users;
    for (const QString &id : userIds) {
        if (const std::optional<User> u = m_workspace.users().user(id))
            users << *u;
    }
    if (users.isEmpty() || m_groupId.isEmpty())
        return;
    QStringList names;
    QStringList ids;
    for (const User &u : std::as_const(users)) {
        names << QStringLiteral("%1 <%2>").arg(u.displayName(), u.email);
        ids << u.id;
    }
    const std::optional<Group> group = m_workspace.groups().group(m_groupId);
    Confirmation confirmation;
    confirmation.title = tr("Add Members");
    confirmation.question = tr("Add %n member(s) to the group \"%1\"?", nullptr, int(users.size()))
                                .arg(group ? group->name : m_groupId);
    confirmation.names = names;
    confirmation.consequence = tr("They get the group's privileges and the resources it shares.");
    confirmation.undo = tr("You can undo this from the Activity log, or remove them again.");
    confirmation.confirmText = tr("Add");
    confirmation.objectName = QStringLiteral("addMembersConfirmation");
    confirmation.destructive = false;
    AccessEngine &access = m_workspace.accessEngine();
    confirmation.preview = access.whatIf().addMembers(m_groupId, ids);
    confirmation.previewComplete = access.isComplete();
    // Asked only when somebody's access changes (a group that grants nothing adds at once).
    confirmation.askIfAccessChanges(this, [this, users, groupId = m_groupId] {
        m_banner->post(MessageBanner::Tone::Info,
                       tr("Adding %n member(s)…", nullptr, int(users.size())));
        m_workspace.membership().add(groupId, users);
    });
}

void MembersPanel::pickMembers()
{
    if (m_groupId.isEmpty())
        return;
    QStringList current;
    const UsersModel &members = m_workspace.membership().members();
    for (int row = 0; row < members.rowCount(); ++row)
        current << members.at(row).id;
    auto *picker = new MemberPicker(m_workspace.users(), current, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        QStringList ids;
        for (const User &u : picker->chosen())
            ids << u.id;
        addUsers(ids);
    });
    picker->open();
}

void MembersPanel::removeSelected()
{
    QList<User> users;
    const UsersModel &members = m_workspace.membership().members();
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const std::optional<User> u = members.user(index.data(UsersModel::IdRole).toString()))
            users << *u;
    }
    if (users.isEmpty())
        return;
    QStringList names;
    for (const User &u : std::as_const(users))
        names << QStringLiteral("%1 <%2>").arg(u.displayName(), u.email);
    const std::optional<Group> group = m_workspace.groups().group(m_groupId);
    Confirmation confirmation;
    confirmation.title = tr("Remove Members");
    confirmation.question =
        tr("Remove %n member(s) from the group \"%1\"?", nullptr, int(users.size()))
            .arg(group ? group->name : m_groupId);
    confirmation.names = names;
    confirmation.consequence = tr("They lose the group's privileges and the resources it shares.");
    confirmation.undo = tr("You can undo this from the Activity log, or add them again.");
    confirmation.confirmText = tr("Remove");
    confirmation.objectName = QStringLiteral("removeMembersConfirmation");
    QStringList userIds;
    for (const User &u : std::as_const(users))
        userIds << u.id;
    AccessEngine &access = m_workspace.accessEngine();
    confirmation.preview = access.whatIf().removeMembers(m_groupId, userIds);
    confirmation.previewComplete = access.isComplete();
    confirmation.ask(this, [this, users, groupId = m_groupId] {
        m_banner->post(MessageBanner::Tone::Info,
                       tr("Removing %n member(s)…", nullptr, int(users.size())));
        m_workspace.membership().remove(groupId, users);
    });
}

void MembersPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_groupId.isEmpty() &&
        event->mimeData()->hasFormat(QString::fromLatin1(UsersModel::userIdsMimeType())))
        event->acceptProposedAction();
}

void MembersPanel::dropEvent(QDropEvent *event)
{
    const QStringList ids =
        QString::fromUtf8(
            event->mimeData()->data(QString::fromLatin1(UsersModel::userIdsMimeType())))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    addUsers(ids);
    event->acceptProposedAction();
}

void MembersPanel::bulkFinished(const QList<ItemResult> &results)
{
    m_progress->hide();
    m_cancel->hide();
    const BulkSummary s = BulkSummary::of(results);
    m_banner->showSummary(s, tr("All %n change(s) done.", nullptr, s.done),
                          tr("%1 of %2 done. Not done:\n%3"));
}

} // namespace ionos
