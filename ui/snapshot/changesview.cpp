#include "ui/snapshot/changesview.h"

#include "models/displaytime.h"
#include "models/restore/snapshottaker.h"
#include "models/snapshot/snapshotdiffmodel.h"
#include "models/snapshot/undohistory.h"
#include "models/workspace.h"
#include "ui/common/messagebanner.h"
#include "ui/common/rowcount.h"
#include "ui/common/sortfilterproxy.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"
#include "ui/snapshot/restoredialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {
namespace {

const QString kReadTopic = QStringLiteral("read");

// The screens where a kind of change shows.
QList<NavigationTree::Page> pagesOf(SnapshotChange::Kind kind)
{
    using Page = NavigationTree::Page;
    switch (kind) {
    case SnapshotChange::Kind::User:
        return {Page::Users};
    case SnapshotChange::Kind::Group:
    case SnapshotChange::Kind::Member:
        return {Page::Groups};
    case SnapshotChange::Kind::Privilege:
        return {Page::Groups, Page::Matrix};
    case SnapshotChange::Kind::Share:
        return {Page::Groups, Page::Resources};
    case SnapshotChange::Kind::Resource:
        return {Page::Resources, Page::Ownership};
    case SnapshotChange::Kind::Admin:
        return {Page::Reseller};
    case SnapshotChange::Kind::Key:
        return {Page::Users};
    }
    return {};
}

QString takenText(const AccountSnapshot &s, const QString &path)
{
    return QCoreApplication::translate("ionos::ChangesView", "the snapshot %1 (taken %2)")
        .arg(QFileInfo(path).fileName(), DisplayTime::dateTime(s.takenAt));
}

} // namespace

ChangesView::ChangesView(Workspace &workspace, QList<qint64> contracts, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_contracts(std::move(contracts))
    , m_banner(new MessageBanner(this))
    , m_what(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new SnapshotDiffModel(this))
    , m_byKind(new QSortFilterProxyModel(this))
    , m_proxy(new SortFilterProxy(Qt::DisplayRole, this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
{
    setObjectName(QStringLiteral("changesView"));
    m_banner->setObjectName(QStringLiteral("changesBanner"));
    m_what->setObjectName(QStringLiteral("changesWhat"));
    m_what->setWordWrap(true);
    m_what->setText(tr("Compare the account now with a snapshot saved earlier (File > Save "
                       "Snapshot, or \"ionos-admin snapshot\"), or two snapshots with each "
                       "other, to see what changed since."));
    auto *withNow = new QPushButton(tr("Compare &With Snapshot…"), this);
    withNow->setObjectName(QStringLiteral("compareWithSnapshotButton"));
    withNow->setToolTip(tr("What changed in the account since a snapshot was taken"));
    auto *two = new QPushButton(tr("Compare &Two Snapshots…"), this);
    two->setObjectName(QStringLiteral("compareTwoSnapshotsButton"));
    two->setToolTip(tr("What changed from an older snapshot to a newer one"));
    connect(withNow, &QPushButton::clicked, this, &ChangesView::chooseSnapshot);
    connect(two, &QPushButton::clicked, this, &ChangesView::chooseTwo);

    m_restore->setObjectName(QStringLiteral("restoreChangesButton"));
    m_restore->setToolTip(tr("Put the selected changes back as the snapshot has them (all "
                             "shown when none is selected)"));
    m_restore->setAccessibleDescription(m_restore->toolTip());
    m_restore->setEnabled(false);
    connect(m_restore, &QPushButton::clicked, this, &ChangesView::restoreChosen);

    // Kind, then text.
    QSortFilterProxyModel *byKind = m_byKind;
    byKind->setSourceModel(m_model);
    byKind->setFilterRole(SnapshotDiffModel::KindRole);
    byKind->setFilterKeyColumn(SnapshotDiffModel::KindColumn);
    m_proxy->setSourceModel(byKind);
    m_kind->setObjectName(QStringLiteral("changesKind"));
    m_kind->setAccessibleName(tr("Kind of change shown"));
    m_kind->setToolTip(m_kind->accessibleName());
    connect(m_kind, &QComboBox::currentIndexChanged, byKind, [this, byKind] {
        const QVariant kind = m_kind->currentData();
        byKind->setFilterRegularExpression(kind.isValid() ? QStringLiteral("^%1$").arg(kind.toInt())
                                                          : QString());
    });
    m_filter->setObjectName(QStringLiteral("changesFilter"));
    m_filter->setPlaceholderText(tr("Filter changes"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter changes"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SortFilterProxy::setFilterText);

    m_table->setObjectName(QStringLiteral("changesTable"));
    m_table->setAccessibleName(tr("Changes"));
    m_table->setAccessibleDescription(
        tr("Each change by kind: added, removed or changed, what it is about, the field, "
           "before and after"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // by kind, as the diff lists them
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    using Kind = TableColumns::Kind;
    using M = SnapshotDiffModel;
    TableColumns::install(m_table,
                          {{M::KindColumn, Kind::Label},
                           {M::OpColumn, Kind::Label},
                           {M::SubjectColumn, Kind::Name},
                           {M::FieldColumn, Kind::Label},
                           {M::BeforeColumn, Kind::Text},
                           {M::AfterColumn, Kind::Text}},
                          QStringLiteral("views/changesColumns"));
    TableExporter::install(m_table, QStringLiteral("changes"));
    auto *count = new RowCount(
        m_proxy, m_model, [](int n) { return tr("%n change(s)", nullptr, n); }, this);
    count->setObjectName(QStringLiteral("changesCount"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_what, 1);
    buttons->addWidget(withNow);
    buttons->addWidget(two);
    buttons->addWidget(m_restore);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addLayout(RowCount::beside(m_filter, count), 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    fillKinds();
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ChangesView::updateRestore);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ChangesView::updateRestore);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ChangesView::updateRestore);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ChangesView::updateRestore);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChangesView::updateRestore);
}

void ChangesView::askForSnapshot(const QString &title, std::function<void(const QString &)> chosen)
{
    auto *dialog = new QFileDialog(this, title);
    dialog->setObjectName(QStringLiteral("openSnapshotDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Snapshots (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, std::move(chosen));
    dialog->open();
}

void ChangesView::chooseSnapshot()
{
    askForSnapshot(tr("Compare With Snapshot"),
                   [this](const QString &path) { compareWithNow(path); });
}

void ChangesView::chooseTwo()
{
    askForSnapshot(tr("The Older Snapshot"), [this](const QString &before) {
        askForSnapshot(tr("The Newer Snapshot"),
                       [this, before](const QString &after) { compareFiles(before, after); });
    });
}

bool ChangesView::read(const QString &path, AccountSnapshot *snapshot)
{
    const Result<AccountSnapshot> r = AccountSnapshot::readFile(path);
    if (!r.ok()) {
        m_banner->post(MessageBanner::Tone::Error, r.error().message, kReadTopic,
                       r.error().details);
        return false;
    }
    *snapshot = r.value();
    return true;
}

void ChangesView::compareWithNow(const QString &snapshotPath)
{
    AccountSnapshot before;
    if (!read(snapshotPath, &before))
        return;
    compareTargetWithNow(before,
                         tr("Changes from %1 to the account as loaded (Refresh reads it again).")
                             .arg(takenText(before, snapshotPath)));
}

void ChangesView::compareTargetWithNow(const AccountSnapshot &before, const QString &what)
{
    const quint64 question = ++m_question;
    if (!m_workspace.isEverythingLoaded())
        m_banner->post(MessageBanner::Tone::Info,
                       tr("The account is still loading; the changes show once it is loaded."),
                       kReadTopic);
    SnapshotTaker::takeWhenLoaded(
        m_workspace, m_contracts, this,
        [this, before, what, question](const Result<AccountSnapshot> &now) {
            if (question != m_question)
                return; // a newer comparison was asked for meanwhile
            if (!now.ok()) {
                m_banner->showError(tr("The account could not be read to compare."), now.error(),
                                    kReadTopic);
                return;
            }
            show(before, now.value(), what);
            m_target = before;
            m_targetWhat = what;
            updateRestore();
        });
}

void ChangesView::compareFiles(const QString &beforePath, const QString &afterPath)
{
    AccountSnapshot before;
    AccountSnapshot after;
    if (!read(beforePath, &before) || !read(afterPath, &after))
        return;
    ++m_question;
    m_target.reset();
    show(before, after,
         tr("Changes from %1 to %2.")
             .arg(takenText(before, beforePath), takenText(after, afterPath)));
}

void ChangesView::show(const AccountSnapshot &before, const AccountSnapshot &after,
                       const QString &what)
{
    m_banner->settle(kReadTopic);
    const QList<SnapshotChange> changes = SnapshotDiff::between(before, after);
    m_model->show(changes, SnapshotNames::of(before, after));
    TableColumns::fitOnce(m_table);
    m_what->setText(changes.isEmpty() ? what + QLatin1Char(' ') + tr("Nothing changed.") : what);
    fillKinds();
    QSet<NavigationTree::Page> pages;
    for (const SnapshotChange &c : changes) {
        for (const NavigationTree::Page page : pagesOf(c.kind))
            pages.insert(page);
    }
    emit differing(pages);
    emit compared();
}

void ChangesView::fillKinds()
{
    QHash<int, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[int(m_model->at(row).kind)];
    const QSignalBlocker quiet(m_kind);
    const QVariant chosen = m_kind->currentData();
    m_kind->clear();
    m_kind->addItem(tr("All kinds (%n)", nullptr, m_model->rowCount()));
    for (int kind = int(SnapshotChange::Kind::User); kind <= int(SnapshotChange::Kind::Key);
         ++kind) {
        m_kind->addItem(
            SnapshotDiffModel::kindLabel(SnapshotChange::Kind(kind), counts.value(kind)), kind);
    }
    const int again = chosen.isValid() ? m_kind->findData(chosen) : 0;
    m_kind->setCurrentIndex(std::max(again, 0));
}

void ChangesView::updateRestore()
{
    const bool any = m_proxy->rowCount() > 0;
    m_restore->setEnabled(m_target.has_value() && any);
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_restore->setText(selected > 0 ? tr("&Restore Selected…") : tr("&Restore…"));
    m_restore->setToolTip(
        !m_target ? tr("A restore puts back a snapshot compared with the account now")
        : selected > 0
            ? tr("Put the %n selected change(s) back as the snapshot has them", nullptr, selected)
            : tr("Put the %n change(s) shown back as the snapshot has them", nullptr,
                 m_proxy->rowCount()));
}

void ChangesView::restoreChosen()
{
    if (!m_target || m_proxy->rowCount() == 0)
        return;
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        for (const QModelIndex &i : selected)
            rows << m_byKind->mapToSource(m_proxy->mapToSource(i)).row();
    } else {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows << m_byKind->mapToSource(m_proxy->mapToSource(m_proxy->index(row, 0))).row();
    }
    QList<SnapshotChange> chosen;
    for (const int row : std::as_const(rows))
        chosen << m_model->at(row);
    auto *dialog = new RestoreDialog(m_workspace, m_contracts, *m_target, chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The list says what is still different once the restore has run.
    connect(
        dialog, &RestoreDialog::restored, this,
        [this, target = *m_target, what = m_targetWhat] { compareTargetWithNow(target, what); });
    dialog->open();
}

void ChangesView::undo(int activityEntry)
{
    const std::optional<UndoHistory::Point> point = m_workspace.undo().point(activityEntry);
    if (!point)
        return;
    auto *dialog = new RestoreDialog(m_workspace, m_contracts, point->before, {}, this);
    dialog->setObjectName(QStringLiteral("undoDialog"));
    dialog->setUndo(tr("Undo: %1").arg(point->change), point->scope);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace ionos
