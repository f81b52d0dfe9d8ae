#include "ui/users/objectstoragekeyspane.h"

#include "models/account/accountstate.h"
#include "models/keys/objectstoragekeyscontroller.h"
#include "models/keys/objectstoragekeysmodel.h"
#include "models/workspace.h"
#include "ui/common/confirmation.h"
#include "ui/common/icons.h"
#include "ui/common/messagebanner.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"
#include "ui/users/newkeydialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {

ObjectStorageKeysPane::ObjectStorageKeysPane(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_generate(new QPushButton(Icons::named(QStringLiteral("key")), tr("&Generate Key"), this))
    , m_activate(new QPushButton(tr("Ac&tivate"), this))
    , m_deactivate(new QPushButton(tr("Dea&ctivate"), this))
    , m_delete(new QPushButton(Icons::named(QStringLiteral("delete")), tr("Delete Ke&y"), this))
    , m_open(new QPushButton(tr("Open Object &Storage"), this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("objectStorageKeysPane"));
    m_banner->setObjectName(QStringLiteral("keysBanner"));
    m_count->setObjectName(QStringLiteral("keysCount"));
    m_table->setObjectName(QStringLiteral("keysTable"));
    m_table->setAccessibleName(tr("Object Storage keys of the user"));
    m_table->setAccessibleDescription(
        tr("The user's Object Storage keys: the access key, when it was created, its age and "
           "whether it is active"));
    ObjectStorageKeysController &keys = workspace.keys();
    m_table->setModel(&keys.keys());
    m_table->setItemDelegateForColumn(
        ObjectStorageKeysModel::KeyColumn,
        new IconDelegate(Icons::pendingOr(ObjectStorageKeysModel::PendingRole,
                                          Icons::named(QStringLiteral("key"))),
                         m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    TableExporter::install(m_table, QStringLiteral("object-storage-keys"));
    using Kind = TableColumns::Kind;
    TableColumns::install(m_table,
                          {{ObjectStorageKeysModel::KeyColumn, Kind::Name},
                           {ObjectStorageKeysModel::CreatedColumn, Kind::Date},
                           {ObjectStorageKeysModel::AgeColumn, Kind::Label},
                           {ObjectStorageKeysModel::ActiveColumn, Kind::Boolean}},
                          QStringLiteral("views/keysColumns"));

    const QList<std::pair<QPushButton *, const char *>> named{
        {m_generate, "generateKeyButton"},
        {m_activate, "activateKeysButton"},
        {m_deactivate, "deactivateKeysButton"},
        {m_delete, "deleteKeysButton"},
        {m_open, "openObjectStorageButton"}};
    for (const auto &[button, name] : named)
        button->setObjectName(QLatin1String(name));
    m_generate->setToolTip(tr("Generate a new key for the user; its secret is shown once"));
    m_activate->setToolTip(tr("Turn the selected keys on: they open the user's buckets again"));
    m_deactivate->setToolTip(tr("Turn the selected keys off: they open nothing until activated"));
    m_delete->setToolTip(tr("Delete the selected keys for good"));
    m_open->setToolTip(tr("Sign in to the Object Storage console as this user, in the browser"));
    m_progress->setObjectName(QStringLiteral("keysProgress"));
    m_progress->hide();

    // The same commands in the table's context menu.
    auto *activate = new QAction(tr("Activate"), m_table);
    auto *deactivate = new QAction(tr("Deactivate"), m_table);
    auto *remove = new QAction(Icons::named(QStringLiteral("delete")), tr("Delete Key"), m_table);
    activate->setObjectName(QStringLiteral("activateKeysAction"));
    deactivate->setObjectName(QStringLiteral("deactivateKeysAction"));
    remove->setObjectName(QStringLiteral("deleteKeysAction"));
    m_table->addActions({activate, deactivate, remove});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(activate, &QAction::triggered, this, &ObjectStorageKeysPane::activateSelected);
    connect(deactivate, &QAction::triggered, this, &ObjectStorageKeysPane::deactivateSelected);
    connect(remove, &QAction::triggered, this, &ObjectStorageKeysPane::deleteSelected);
    connect(m_generate, &QPushButton::clicked, this, &ObjectStorageKeysPane::generateKey);
    connect(m_activate, &QPushButton::clicked, this, &ObjectStorageKeysPane::activateSelected);
    connect(m_deactivate, &QPushButton::clicked, this, &ObjectStorageKeysPane::deactivateSelected);
    connect(m_delete, &QPushButton::clicked, this, &ObjectStorageKeysPane::deleteSelected);
    connect(m_open, &QPushButton::clicked, this, &ObjectStorageKeysPane::openObjectStorage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ObjectStorageKeysPane::updateCommands);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&keys.keys(), signal, this, &ObjectStorageKeysPane::updateCommands);
    connect(&keys.keys(), &QAbstractItemModel::modelReset, this,
            &ObjectStorageKeysPane::updateCommands);
    connect(&keys.keys(), &QAbstractItemModel::dataChanged, this,
            &ObjectStorageKeysPane::updateCommands);
    connect(&keys, &ObjectStorageKeysController::bulkProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 done").arg(done).arg(total));
        m_progress->setVisible(done < total);
    });
    // A key generated again from the Activity log: its secret is shown once, here.
    connect(&keys, &ObjectStorageKeysController::generatedForRetry, this,
            [this](const NewObjectStorageKey &created, const QString &name) {
                auto *dialog = new NewKeyDialog(created, name, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    connect(&keys, &ObjectStorageKeysController::loadFailed, this, [this](const ApiError &error) {
        m_banner->showError(tr("The keys could not be loaded."), error, kLoadTopic);
    });
    m_activateAction = activate;
    m_deactivateAction = deactivate;
    m_deleteAction = remove;

    auto *top = new QHBoxLayout;
    top->addWidget(m_count);
    top->addStretch();
    top->addWidget(m_progress, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_generate, m_activate, m_deactivate, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateCommands();
}

void ObjectStorageKeysPane::showUser(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    m_banner->clear();
    if (isVisible())
        m_workspace.keys().showUser(userId);
    updateCommands();
}

void ObjectStorageKeysPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The keys are read when someone looks at them.
    if (m_workspace.keys().shownUser() != m_userId || !m_workspace.state().areKeysLoaded(m_userId))
        m_workspace.keys().showUser(m_userId);
}

QString ObjectStorageKeysPane::userName() const
{
    return m_workspace.keys().userName(m_userId);
}

QStringList ObjectStorageKeysPane::selectedKeyIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(ObjectStorageKeysModel::KeyIdRole).toString();
    return ids;
}

int ObjectStorageKeysPane::activeLeftWithout(const QStringList &keyIds) const
{
    int left = 0;
    for (const ObjectStorageKey &k : m_workspace.state().keysOf(m_userId))
        left += k.active && !keyIds.contains(k.id);
    return left;
}

void ObjectStorageKeysPane::updateCommands()
{
    const bool loaded = !m_userId.isEmpty() && m_workspace.state().areKeysLoaded(m_userId) &&
                        m_workspace.keys().shownUser() == m_userId;
    const int count = loaded ? m_workspace.state().keyCount(m_userId) : 0;
    if (m_userId.isEmpty())
        m_count->setText(tr("Select a user to see their Object Storage keys."));
    else if (!loaded)
        m_count->setText(tr("Loading the keys…"));
    else
        m_count->setText(tr("%1 of %n key(s)", nullptr, kMaxObjectStorageKeysPerUser).arg(count));
    m_generate->setEnabled(loaded && count < kMaxObjectStorageKeysPerUser);
    m_generate->setToolTip(
        loaded && count >= kMaxObjectStorageKeysPerUser
            ? tr("The user has %n keys, the most there can be: delete one to generate another.",
                 nullptr, kMaxObjectStorageKeysPerUser)
            : tr("Generate a new key for the user; its secret is shown once"));
    bool anyActive = false;
    bool anyInactive = false;
    const QStringList selected = selectedKeyIds();
    for (const ObjectStorageKey &k : m_workspace.state().keysOf(m_userId)) {
        if (selected.contains(k.id)) {
            anyActive = anyActive || k.active;
            anyInactive = anyInactive || !k.active;
        }
    }
    m_activate->setEnabled(anyInactive);
    m_deactivate->setEnabled(anyActive);
    m_delete->setEnabled(!selected.isEmpty());
    m_activateAction->setEnabled(anyInactive);
    m_deactivateAction->setEnabled(anyActive);
    m_deleteAction->setEnabled(!selected.isEmpty());
    m_open->setEnabled(!m_userId.isEmpty());
}

void ObjectStorageKeysPane::generateKey()
{
    if (m_userId.isEmpty())
        return;
    m_generate->setEnabled(false);
    const QString name = userName();
    m_workspace.keys().generate(m_userId, this, [this, name](const Result<NewObjectStorageKey> &r) {
        updateCommands();
        if (!r.ok()) {
            m_banner->showError(tr("The key was not generated."), r.error());
            return;
        }
        auto *dialog = new NewKeyDialog(r.value(), name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void ObjectStorageKeysPane::activateSelected()
{
    setActive(selectedKeyIds(), true);
}

void ObjectStorageKeysPane::deactivateSelected()
{
    setActive(selectedKeyIds(), false);
}

void ObjectStorageKeysPane::setActive(const QStringList &keyIds, bool active)
{
    QStringList changing;
    for (const ObjectStorageKey &k : m_workspace.state().keysOf(m_userId)) {
        if (keyIds.contains(k.id) && k.active != active)
            changing << k.id;
    }
    if (changing.isEmpty())
        return;
    const QString userId = m_userId;
    auto run = [this, userId, changing, active] {
        m_workspace.keys().setActive(userId, changing, active,
                                     [this](const QList<ItemResult> &r) { bulkFinished(r); });
    };
    if (active) {
        run();
        return;
    }
    Confirmation confirmation;
    confirmation.title = tr("Deactivate Object Storage Keys");
    confirmation.question =
        tr("Deactivate %n key(s) of %1?", nullptr, int(changing.size())).arg(userName());
    confirmation.names = changing;
    confirmation.consequence =
        activeLeftWithout(changing) == 0
            ? tr("These are the user's last active keys: the user loses access to their buckets "
                 "until a key is activated again.")
            : tr("Programs that use these keys lose access to the buckets.");
    confirmation.undo = tr("You can activate them again at any time.");
    confirmation.confirmText = tr("Deactivate");
    confirmation.objectName = QStringLiteral("deactivateKeysConfirmation");
    confirmation.ask(this, run);
}

void ObjectStorageKeysPane::deleteSelected()
{
    const QStringList ids = selectedKeyIds();
    if (ids.isEmpty())
        return;
    Confirmation confirmation;
    confirmation.title = tr("Delete Object Storage Keys");
    confirmation.question = tr("Delete %n key(s) of %1?", nullptr, int(ids.size())).arg(userName());
    confirmation.names = ids;
    QString consequence = tr("A deleted key cannot come back: programs that use it stop working, "
                             "and a new key has a new secret.");
    bool wasActive = false;
    for (const ObjectStorageKey &k : m_workspace.state().keysOf(m_userId))
        wasActive = wasActive || (k.active && ids.contains(k.id));
    if (wasActive && activeLeftWithout(ids) == 0)
        consequence += QLatin1Char(' ') + tr("These are the user's last active keys: the user "
                                             "loses access to their buckets.");
    confirmation.consequence = consequence;
    confirmation.confirmText = tr("Delete");
    confirmation.objectName = QStringLiteral("deleteKeysConfirmation");
    confirmation.ask(this, [this, ids, userId = m_userId] {
        m_workspace.keys().remove(userId, ids,
                                  [this](const QList<ItemResult> &r) { bulkFinished(r); });
    });
}

void ObjectStorageKeysPane::bulkFinished(const QList<ItemResult> &results)
{
    m_progress->hide();
    const BulkSummary s = BulkSummary::of(results);
    m_banner->showSummary(s, tr("All %n change(s) done.", nullptr, s.done),
                          tr("%1 of %2 done. Not done:\n%3"));
}

void ObjectStorageKeysPane::openObjectStorage()
{
    if (m_userId.isEmpty())
        return;
    m_open->setEnabled(false);
    m_workspace.keys().signOn(m_userId, this, [this](const Result<ObjectStorageSignOn> &r) {
        updateCommands();
        if (!r.ok()) {
            m_banner->showError(tr("Object Storage could not be opened."), r.error());
            return;
        }
        if (!QDesktopServices::openUrl(r.value().url))
            m_banner->post(MessageBanner::Tone::Error,
                           tr("No web browser could be started to open Object Storage."));
    });
}

} // namespace ionos
