#include "ui/users/usersview.h"

#include "models/access/accessengine.h"
#include "models/account/resourcetypes.h"
#include "models/displaytime.h"
#include "models/keys/objectstoragekeyscontroller.h"
#include "models/users/userscontroller.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "ui/common/confirmation.h"
#include "ui/common/icons.h"
#include "ui/common/listscreen.h"
#include "ui/common/messagebanner.h"
#include "ui/common/rowcount.h"
#include "ui/common/screencommands.h"
#include "ui/common/selectionkeeper.h"
#include "ui/common/sortfilterproxy.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"
#include "ui/users/effectiveaccesspane.h"
#include "ui/users/objectstoragekeyspane.h"
#include "ui/users/offboarddialog.h"
#include "ui/users/userdialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

#include <utility>

namespace ionos {

UsersView::UsersView(Workspace &workspace, QWidget *parent)
    : ListScreen(workspace, QStringLiteral("users"), UsersModel::SortRole, parent)
    , m_properties(new QLabel(this))
    , m_groups(new QListWidget(this))
    , m_owns(new QListWidget(this))
    , m_access(new EffectiveAccessPane(workspace.accessEngine(), this))
    , m_keys(new ObjectStorageKeysPane(workspace, this))
    , m_deactivateKeys(new QAction(Icons::named(QStringLiteral("key")),
                                   tr("Deactivate Object Storage &Keys…"), this))
    , m_offboard(new QAction(Icons::named(QStringLiteral("offboard")), tr("&Offboard…"), this))
{
    m_proxy->setSourceModel(&workspace.users());
    // Names and e-mail: what a person searches 10,000 users by, quick at each keystroke.
    m_proxy->setTextColumns(
        {UsersModel::FirstNameColumn, UsersModel::LastNameColumn, UsersModel::EmailColumn});
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SortFilterProxy::setFilterText);
    m_table->setAccessibleName(tr("Users"));
    m_table->setAccessibleDescription(
        tr("The users of the account; Enter edits, Delete deletes, drag them onto a group to add "
           "them"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(UsersModel::FirstNameColumn,
                                      new IconDelegate(&Icons::forUserRow, m_table));
    TableExporter::install(m_table, QStringLiteral("users"));
    // Sorted before the columns are installed, which restore the person's own sorting.
    arrange(
        {tr("Filter users (Ctrl+F)"), tr("Filter users"), tr("&New User…"), tr("&Edit User…"),
         QStringLiteral("User")},
        UsersModel::LastNameColumn,
        new RowCount(
            m_proxy, &workspace.users(), [](int n) { return tr("%n user(s)", nullptr, n); }, this),
        {600, 130}, [this] { newUser(); }, [this] { editUser(); }, [this] { deleteUsers(); });
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    using Kind = TableColumns::Kind;
    TableColumns::install(m_table,
                          {{UsersModel::FirstNameColumn, Kind::Name},
                           {UsersModel::LastNameColumn, Kind::Name},
                           {UsersModel::EmailColumn, Kind::Email},
                           {UsersModel::AdministratorColumn, Kind::Boolean},
                           {UsersModel::ForceSecAuthColumn, Kind::Boolean},
                           {UsersModel::SecAuthActiveColumn, Kind::Boolean},
                           {UsersModel::ActiveColumn, Kind::Boolean},
                           {UsersModel::LastLoginColumn, Kind::Date},
                           {UsersModel::CreatedColumn, Kind::Date}},
                          QStringLiteral("views/usersColumns"));

    m_properties->setObjectName(QStringLiteral("userProperties"));
    m_properties->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_properties->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_properties->setMargin(8);
    m_groups->setObjectName(QStringLiteral("userGroups"));
    m_owns->setObjectName(QStringLiteral("userOwns"));
    m_details->setObjectName(QStringLiteral("userDetails"));
    m_details->addTab(m_properties, tr("Properties"));
    m_details->addTab(m_groups, tr("Groups"));
    m_details->addTab(m_owns, tr("Owns"));
    m_details->setTabToolTip(0, tr("The selected user's properties"));
    m_details->setTabToolTip(1, tr("The groups the selected user is a member of"));
    m_details->setTabToolTip(2, tr("The resources the selected user owns"));
    m_details->addTab(m_access, tr("Access"));
    m_details->setTabToolTip(3, tr("What the selected user may do, and why: every privilege and "
                                   "every resource they reach, with the paths"));
    m_details->addTab(m_keys, tr("Object Storage Keys"));
    m_details->setTabToolTip(4, tr("The selected user's Object Storage keys: generate, activate, "
                                   "deactivate and delete them"));
    connect(m_details, &QTabWidget::currentChanged, this, &UsersView::makeRoomForTab);
    m_deactivateKeys->setObjectName(QStringLiteral("deactivateUsersKeysAction"));
    m_deactivateKeys->setToolTip(tr("Turn off every Object Storage key of the selected users"));
    connect(m_deactivateKeys, &QAction::triggered, this, &UsersView::deactivateKeys);
    m_table->addAction(m_deactivateKeys);
    m_offboard->setObjectName(QStringLiteral("offboardUsersAction"));
    m_offboard->setToolTip(tr("People leaving: deactivate the selected users, remove them from "
                              "every group and deactivate their Object Storage keys, in one "
                              "step"));
    connect(m_offboard, &QAction::triggered, this, &UsersView::offboard);
    m_table->addAction(m_offboard);
    ScreenCommands::of(this)->addOwn({m_deactivateKeys, m_offboard});
    m_groups->setAccessibleName(tr("Groups of the user"));
    m_groups->setAccessibleDescription(tr("The groups the selected user is a member of"));
    m_owns->setAccessibleName(tr("Resources the user owns"));
    m_owns->setAccessibleDescription(tr("The resources the selected user created and owns"));

    UsersController &controller = workspace.usersController();
    connect(&controller, &UsersController::loadingChanged, this, [this](bool loading) {
        m_progress->setVisible(loading);
        m_progress->setRange(0, 0);
        // Fit the columns once, unless the person's own widths were restored.
        if (!loading)
            TableColumns::fitOnce(m_table);
    });
    connect(&controller, &UsersController::loadProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Loading users: page %1 of %2").arg(done).arg(total));
    });
    followLoad(controller, tr("The users could not be loaded."));
    connect(&controller, &UsersController::removeFinished, this,
            [this](const QList<ItemResult> &results) {
                showDeleted(
                    results, [](int n) { return tr("Deleted %n user(s).", nullptr, n); },
                    tr("Deleted %1 of %2 users. Not deleted:\n%3"));
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersView::selectionChanged);
    // The pane follows its row: a change shows at once, and a reload keeps the user selected.
    UsersModel &users = workspace.users();
    connect(&users, &QAbstractItemModel::dataChanged, this,
            [this, &users](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = users.rowOf(m_shownId);
                if (row >= topLeft.row() && row <= bottomRight.row())
                    showProperties(users.at(row));
            });
    new SelectionKeeper(
        users, [this] { return m_shownId; }, [this](const QString &id) { selectUser(id); }, this);
    // Details that could not be read (the connection was lost) are asked for again once back.
    connect(&workspace, &Workspace::resumed, this, [this] {
        if (m_detailsFailed && !m_shownId.isEmpty())
            showDetails(m_shownId);
    });
    selectionChanged();
}

QStringList UsersView::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(UsersModel::IdRole).toString();
    return ids;
}

void UsersView::selectionChanged()
{
    const QStringList ids = selectedIds();
    m_edit->setEnabled(ids.size() == 1);
    m_delete->setEnabled(!ids.isEmpty());
    m_deactivateKeys->setEnabled(!ids.isEmpty());
    m_offboard->setEnabled(!ids.isEmpty());
    showDetails(ids.size() == 1 ? ids.first() : QString());
}

void UsersView::selectUser(const QString &userId)
{
    const int row = m_workspace.users().rowOf(userId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_workspace.users().index(row, 0));
    if (!index.isValid())
        return; // filtered out
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void UsersView::makeRoomForTab(int tab)
{
    if (m_details->widget(tab) != m_access && m_details->widget(tab) != m_keys)
        return;
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (sizes.value(1) < total * 2 / 5)
        m_splitter->setSizes({total - total * 2 / 5, total * 2 / 5});
}

void UsersView::showDetails(const QString &userId)
{
    m_access->showUser(m_workspace.users().user(userId) ? userId : QString());
    m_keys->showUser(m_workspace.users().user(userId) ? userId : QString());
    m_groups->clear();
    m_owns->clear();
    m_detailsFailed = false;
    const std::optional<User> user = m_workspace.users().user(userId);
    m_shownId = user ? userId : QString();
    if (!user) {
        // A deleted or unselected user: nothing to ask the server.
        m_workspace.usersController().loadDetails({}, this, {}, {});
        m_properties->setText(tr("Select a user to see its details."));
        return;
    }
    showProperties(*user);
    m_groups->addItem(tr("Loading…"));
    m_owns->addItem(tr("Loading…"));
    // Answers for an earlier selection are cancelled and not shown.
    auto groups = [this](const Result<QList<GroupRef>> &r) {
        m_detailsFailed = m_detailsFailed || failed(r);
        showAnswer(m_groups, r, tr("In no group."), [](const GroupRef &g) { return g.name; });
    };
    auto owned = [this](const Result<QList<Resource>> &r) {
        m_detailsFailed = m_detailsFailed || failed(r);
        ListScreen::showResources(m_owns, r, tr("Owns no resource."));
    };
    m_workspace.usersController().loadDetails(userId, this, groups, owned);
}

void UsersView::showProperties(const User &user)
{
    const QLocale locale;
    auto yesNo = [](bool on) { return on ? tr("yes") : tr("no"); };
    // Two columns of facts under the name, so that the pane leaves the room to the list.
    m_properties->setText(
        tr("<b>%1</b> &lt;%2&gt;<table cellspacing=\"0\" cellpadding=\"2\">"
           "<tr><td>Administrator:</td><td>%3</td><td width=\"24\"></td>"
           "<td>Last login:</td><td>%7</td></tr>"
           "<tr><td>2-factor authentication required:</td><td>%4</td><td></td>"
           "<td>Created:</td><td>%8</td></tr>"
           "<tr><td>2-factor authentication set up:</td><td>%5</td><td></td>"
           "<td>Id:</td><td>%9</td></tr>"
           "<tr><td>Active:</td><td>%6</td></tr></table>")
            .arg(user.displayName().toHtmlEscaped(), user.email.toHtmlEscaped(),
                 yesNo(user.administrator), yesNo(user.forceSecAuth), yesNo(user.secAuthActive),
                 yesNo(user.active),
                 user.lastLogin ? DisplayTime::dateTime(*user.lastLogin, locale) : tr("never"),
                 DisplayTime::dateTime(user.created, locale), user.id));
}

void UsersView::newUser()
{
    auto *dialog = new UserDialog(m_workspace.usersController(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The user just created is selected and scrolled to.
    connect(dialog, &UserDialog::saved, this, &UsersView::selectUser);
    dialog->open();
}

void UsersView::editUser()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    auto *dialog =
        new UserDialog(m_workspace.usersController(), m_workspace.users().user(ids.first()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UsersView::deleteUsers()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    for (const QString &id : ids) {
        const std::optional<User> u = m_workspace.users().user(id);
        names << (u ? QStringLiteral("%1 <%2>").arg(u->displayName(), u->email) : id);
    }
    Confirmation confirmation;
    confirmation.title = tr("Delete Users");
    confirmation.question = tr("Delete %n user(s)?", nullptr, int(ids.size()));
    confirmation.names = names;
    confirmation.consequence =
        tr("Their memberships end with them; what they own stays in the contract.");
    confirmation.undo = tr("You can undo this from the Activity log: they are created again, "
                           "with a new password you type for each, in their groups.");
    confirmDeletion(confirmation, m_workspace.accessEngine().whatIf().deleteUsers(ids),
                    [this, ids] { m_workspace.usersController().remove(ids); });
}

OffboardDialog *UsersView::offboard()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return nullptr;
    auto *dialog = new OffboardDialog(m_workspace, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void UsersView::deactivateKeys()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    for (const QString &id : ids)
        names << m_workspace.keys().userName(id);
    Confirmation confirmation;
    confirmation.title = tr("Deactivate Object Storage Keys");
    confirmation.question =
        tr("Deactivate every Object Storage key of %n user(s)?", nullptr, int(ids.size()));
    confirmation.names = names;
    confirmation.consequence = tr("They and the programs that use their keys lose access to "
                                  "their buckets until a key is activated again.");
    confirmation.undo = tr("You can undo this from the Activity log: the keys are activated "
                           "again.");
    confirmation.confirmText = tr("Deactivate Keys");
    confirmation.objectName = QStringLiteral("deactivateUsersKeysConfirmation");
    confirmation.ask(this, [this, ids] {
        m_banner->post(
            MessageBanner::Tone::Info,
            tr("Deactivating the Object Storage keys of %n user(s)…", nullptr, int(ids.size())),
            QStringLiteral("keys"));
        m_workspace.keys().deactivateAllOf(ids, [this](const QList<ItemResult> &results) {
            if (results.isEmpty()) {
                m_banner->post(MessageBanner::Tone::Info,
                               tr("None of their Object Storage keys was active."),
                               QStringLiteral("keys"));
                return;
            }
            const BulkSummary s = BulkSummary::of(results);
            m_banner->showSummary(s, tr("Deactivated %n key(s).", nullptr, s.done),
                                  tr("Deactivated %1 of %2 keys. Not deactivated:\n%3"),
                                  QStringLiteral("keys"));
        });
    });
}

} // namespace ionos
