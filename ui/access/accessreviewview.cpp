#include "ui/access/accessreviewview.h"

#include "models/access/accessengine.h"
#include "models/access/accessreviewmodel.h"
#include "models/access/reviewapplier.h"
#include "models/displaytime.h"
#include "models/groups/groupsmodel.h"
#include "models/tableexport.h"
#include "models/workspace.h"
#include "ui/common/confirmation.h"
#include "ui/common/messagebanner.h"
#include "ui/common/rowcount.h"
#include "ui/common/sortfilterproxy.h"
#include "ui/common/tableactions.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {
namespace {

const QString kEvidenceTopic = QStringLiteral("evidence");

} // namespace

AccessReviewView::AccessReviewView(Workspace &workspace, const QString &reviewer, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_reviewer(reviewer)
    , m_banner(new MessageBanner(this))
    , m_groups(new QListWidget(this))
    , m_days(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new AccessReviewModel(this))
    , m_proxy(new SortFilterProxy(Qt::DisplayRole, this))
    , m_applier(new ReviewApplier(*m_model, workspace.membership(), workspace.shares(),
                                  workspace.users(), this))
    , m_progress(new QProgressBar(this))
    , m_start(new QAction(tr("&Start Review"), this))
    , m_markRemove(new QAction(tr("Mark &Remove"), this))
    , m_markKeep(new QAction(tr("Mark &Keep"), this))
    , m_apply(new QAction(tr("&Apply Decisions…"), this))
    , m_export(new QAction(tr("&Export Evidence…"), this))
{
    setObjectName(QStringLiteral("accessReviewView"));
    m_banner->setObjectName(QStringLiteral("reviewBanner"));

    // The groups to review.
    auto *groupsLabel = new QLabel(tr("&Groups to review:"), this);
    groupsLabel->setBuddy(m_groups);
    m_groups->setObjectName(QStringLiteral("reviewGroups"));
    m_groups->setAccessibleName(tr("Groups to review"));
    m_groups->setAccessibleDescription(tr("Tick the groups whose members and shares to review"));
    auto *all = new QPushButton(tr("A&ll"), this);
    auto *none = new QPushButton(tr("&None"), this);
    all->setObjectName(QStringLiteral("reviewAllGroups"));
    none->setObjectName(QStringLiteral("reviewNoGroups"));
    all->setToolTip(tr("Tick every group"));
    none->setToolTip(tr("Untick every group"));
    connect(all, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (int row = 0; row < m_workspace.groups().rowCount(); ++row)
            ids << m_workspace.groups().at(row).id;
        chooseGroups(ids);
    });
    connect(none, &QPushButton::clicked, this, [this] { chooseGroups({}); });
    connect(m_groups, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (item->checkState() == Qt::Checked)
            m_chosen.insert(id);
        else
            m_chosen.remove(id);
        updateState();
    });
    m_days->setObjectName(QStringLiteral("reviewInactiveDays"));
    m_days->setRange(1, 3650);
    m_days->setValue(90);
    m_days->setPrefix(tr("Inactive after "));
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days without sign-in after which a member is proposed for "
                                 "removal"));
    m_days->setToolTip(m_days->accessibleName());
    m_start->setObjectName(QStringLiteral("startReviewAction"));
    m_start->setToolTip(tr("List every member and share of the ticked groups with a proposal"));
    connect(m_start, &QAction::triggered, this, &AccessReviewView::startReview);

    auto *chooser = new QWidget(this);
    auto *chooserLayout = new QVBoxLayout(chooser);
    chooserLayout->setContentsMargins(0, 0, 0, 0);
    chooserLayout->addWidget(groupsLabel);
    chooserLayout->addWidget(m_groups, 1);
    auto *allNone = new QHBoxLayout;
    allNone->addWidget(all);
    allNone->addWidget(none);
    chooserLayout->addLayout(allNone);
    chooserLayout->addWidget(m_days);
    chooserLayout->addWidget(actionButton(m_start, "startReviewButton", chooser));

    // The sheet.
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Tick the groups to review and press Start Review. Members who are "
                          "deactivated or have not signed in for the days set are proposed for "
                          "removal; everyone and everything else is proposed to keep."));
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->setPlaceholderText(tr("Filter the review"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the review"));
    m_proxy->setSourceModel(m_model);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SortFilterProxy::setFilterText);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setAccessibleName(tr("Access review"));
    m_table->setAccessibleDescription(
        tr("Every member and share of the reviewed groups: Remove ticked means Apply removes it; "
           "the proposal and why, and how applying ended"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // group by group, as listed
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    using Kind = TableColumns::Kind;
    using M = AccessReviewModel;
    TableColumns::install(m_table,
                          {{M::RemoveColumn, Kind::Label}, // a checkbox to tick
                           {M::GroupColumn, Kind::Name},
                           {M::KindColumn, Kind::Label},
                           {M::SubjectColumn, Kind::Email},
                           {M::SubjectTypeColumn, Kind::Label},
                           {M::ProposedColumn, Kind::Label},
                           {M::ReasonColumn, Kind::Text},
                           {M::OutcomeColumn, Kind::Label},
                           {M::RequestIdColumn, Kind::Id},
                           {M::GroupIdColumn, Kind::Id},
                           {M::SubjectIdColumn, Kind::Id},
                           {M::ReviewerColumn, Kind::Label},
                           {M::ReviewedAtColumn, Kind::Date}},
                          QStringLiteral("views/reviewColumns"));
    // Ids, reviewer and time are for the evidence (the sheet names them once, above); the
    // subject says what kind it is and names it; the proposal is what Remove starts as (its tool
    // tip says it, the evidence keeps it); the outcome shows once applied, its request id in its
    // tool tip.
    for (int column : {M::KindColumn, M::SubjectTypeColumn, M::ProposedColumn, M::OutcomeColumn,
                       M::RequestIdColumn, M::GroupIdColumn, M::SubjectIdColumn, M::ReviewerColumn,
                       M::ReviewedAtColumn})
        m_table->setColumnHidden(column, true);
    TableExporter::install(m_table, QStringLiteral("access-review"));
    auto *count = new RowCount(
        m_proxy, m_model, [](int n) { return tr("%n member(s) and share(s)", nullptr, n); }, this);
    count->setObjectName(QStringLiteral("reviewCount"));

    m_markRemove->setObjectName(QStringLiteral("markRemoveAction"));
    m_markRemove->setToolTip(tr("Tick Remove on the selected rows"));
    m_markKeep->setObjectName(QStringLiteral("markKeepAction"));
    m_markKeep->setToolTip(tr("Untick Remove on the selected rows"));
    m_apply->setObjectName(QStringLiteral("applyReviewAction"));
    m_apply->setToolTip(tr("Remove every row with Remove ticked; the others are kept"));
    m_export->setObjectName(QStringLiteral("exportEvidenceAction"));
    m_export->setToolTip(tr("Save the review with every decision and outcome as CSV or JSON"));
    connect(m_markRemove, &QAction::triggered, this, [this] { markSelected(true); });
    connect(m_markKeep, &QAction::triggered, this, [this] { markSelected(false); });
    connect(m_apply, &QAction::triggered, this, &AccessReviewView::apply);
    connect(m_export, &QAction::triggered, this, &AccessReviewView::chooseEvidenceFile);
    m_table->addActions({m_markRemove, m_markKeep, m_apply, m_export});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setAccessibleName(tr("Applying the review"));
    m_progress->hide();

    auto *sheet = new QWidget(this);
    auto *sheetLayout = new QVBoxLayout(sheet);
    sheetLayout->setContentsMargins(0, 0, 0, 0);
    sheetLayout->addWidget(m_summary);
    sheetLayout->addLayout(RowCount::beside(m_filter, count));
    sheetLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(actionButton(m_markRemove, "markRemoveButton", sheet));
    buttons->addWidget(actionButton(m_markKeep, "markKeepButton", sheet));
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(actionButton(m_export, "exportEvidenceButton", sheet));
    buttons->addWidget(actionButton(m_apply, "applyReviewButton", sheet));
    sheetLayout->addLayout(buttons);

    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("reviewSplitter"));
    split->addWidget(chooser);
    split->addWidget(sheet);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 800});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    connect(m_model, &AccessReviewModel::decisionsChanged, this, &AccessReviewView::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessReviewView::updateState);
    connect(m_applier, &ReviewApplier::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setVisible(done < total);
    });
    connect(m_applier, &ReviewApplier::finished, this, &AccessReviewView::applied);
    const GroupsModel &groups = workspace.groups();
    // The chooser follows the groups while it is shown (a group created or deleted).
    auto refill = [this] {
        if (isVisible())
            fillGroups();
    };
    connect(&groups, &QAbstractItemModel::modelReset, this, refill);
    connect(&groups, &QAbstractItemModel::rowsInserted, this, refill);
    connect(&groups, &QAbstractItemModel::rowsRemoved, this, refill);
    updateState();
}

void AccessReviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fillGroups();
}

void AccessReviewView::fillGroups()
{
    const QSignalBlocker quiet(m_groups);
    m_groups->clear();
    const GroupsModel &groups = m_workspace.groups();
    const AccessFacts &facts = m_workspace.accessEngine().current().facts();
    QSet<QString> present;
    for (int row = 0; row < groups.rowCount(); ++row) {
        const Group &g = groups.at(row);
        auto *item = new QListWidgetItem(g.name, m_groups);
        item->setData(Qt::UserRole, g.id);
        const int members = int(facts.members.value(g.id).size());
        const int shares = int(facts.shares.value(g.id).size());
        item->setToolTip(tr("%n member(s)", nullptr, members) + QStringLiteral(", ") +
                         tr("%n share(s)", nullptr, shares));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_chosen.contains(g.id) ? Qt::Checked : Qt::Unchecked);
        present.insert(g.id);
    }
    m_groups->sortItems();
    m_chosen.intersect(present);
    updateState();
}

void AccessReviewView::chooseGroups(const QStringList &groupIds)
{
    m_chosen = QSet<QString>(groupIds.begin(), groupIds.end());
    fillGroups();
}

QStringList AccessReviewView::chosenGroups() const
{
    QStringList ids; // in the order the list shows them
    for (int row = 0; row < m_groups->count(); ++row) {
        const QString id = m_groups->item(row)->data(Qt::UserRole).toString();
        if (m_chosen.contains(id))
            ids << id;
    }
    return ids;
}

void AccessReviewView::startReview()
{
    const QStringList groupIds = chosenGroups();
    if (groupIds.isEmpty()) {
        m_banner->post(MessageBanner::Tone::Error, tr("Tick at least one group to review."));
        return;
    }
    if (m_applier->isRunning())
        return;
    m_banner->clear();
    FindingsRules::Options options;
    options.inactiveDays = m_days->value();
    AccessEngine &access = m_workspace.accessEngine();
    const QList<ReviewRow> rows = AccessReview::rows(access.current(), groupIds, options);
    m_model->start(rows, m_reviewer, groupIds, options);
    TableColumns::fitOnce(m_table);
    if (!access.isComplete())
        m_banner->post(MessageBanner::Tone::Warning,
                       tr("The account is still loading: some members or shares may be missing. "
                          "Start the review again once it is loaded."));
}

void AccessReviewView::markSelected(bool remove)
{
    QStringList keys;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        keys << index.data(AccessReviewModel::KeyRole).toString();
    m_model->decide(keys, remove ? ReviewRow::Decision::Remove : ReviewRow::Decision::Keep);
}

void AccessReviewView::apply()
{
    QStringList names;
    WhatIf preview = m_workspace.accessEngine().whatIf();
    int open = 0;
    int members = 0;
    int shares = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ReviewRow &r = m_model->at(row);
        if (r.outcome != ReviewRow::Outcome::Open)
            continue;
        ++open;
        if (r.decision != ReviewRow::Decision::Remove)
            continue;
        names << tr("%1 from %2").arg(r.subject, r.groupName);
        if (r.kind == ReviewRow::Kind::Member) {
            preview.removeMembers(r.groupId, {r.subjectId});
            ++members;
        } else {
            preview.removeShares(r.groupId, {r.subjectId});
            ++shares;
        }
    }
    if (open == 0)
        return;
    if (names.isEmpty()) {
        m_applier->apply(); // everything kept: written down, nothing sent
        return;
    }
    Confirmation confirmation;
    confirmation.title = tr("Apply Review");
    QStringList what;
    if (members > 0)
        what << tr("%n member(s)", nullptr, members);
    if (shares > 0)
        what << tr("%n share(s)", nullptr, shares);
    confirmation.question = tr("Remove %1 as the review decided?").arg(what.join(tr(" and ")));
    confirmation.names = names;
    confirmation.consequence = tr("The other %n member(s) and share(s) stay as they are.", nullptr,
                                  open - int(names.size()));
    confirmation.undo = tr("To undo it, add the members and share the resources again.");
    confirmation.confirmText = tr("Remove");
    confirmation.objectName = QStringLiteral("applyReviewConfirmation");
    confirmation.preview = preview;
    confirmation.previewComplete = m_workspace.accessEngine().isComplete();
    confirmation.ask(this, [this] {
        m_banner->post(MessageBanner::Tone::Info,
                       tr("Applying the review; each removal also shows in the Activity log."));
        m_table->setColumnHidden(AccessReviewModel::OutcomeColumn, false);
        m_applier->apply();
    });
}

void AccessReviewView::applied(const QList<ItemResult> &results)
{
    m_progress->hide();
    updateState();
    if (results.isEmpty()) {
        m_banner->post(MessageBanner::Tone::Success,
                       tr("Review applied: everything is kept. Export the evidence to keep a "
                          "record."));
        return;
    }
    const BulkSummary s = BulkSummary::of(results);
    m_banner->showSummary(s,
                          tr("Review applied: %n removal(s) done. Export the evidence to keep a "
                             "record.",
                             nullptr, s.done),
                          tr("Review applied: %1 of %2 removals done. Not done:\n%3"));
}

void AccessReviewView::updateState()
{
    const bool started = m_model->rowCount() > 0;
    const bool running = m_applier->isRunning();
    const bool open = m_model->openCount() > 0;
    const bool selected = m_table->selectionModel()->hasSelection();
    m_start->setEnabled(!m_chosen.isEmpty() && !running);
    m_markRemove->setEnabled(selected && open && !running);
    m_markKeep->setEnabled(selected && open && !running);
    m_apply->setEnabled(open && !running);
    m_export->setEnabled(started);
    if (!started)
        return;
    const int groups = int(m_model->groupIds().size());
    m_summary->setText(
        tr("Review of %n group(s) by %1, started %2: %3 to remove, %4 to keep.", nullptr, groups)
            .arg(m_model->reviewer(), DisplayTime::dateTime(m_model->startedAt()))
            .arg(m_model->count(ReviewRow::Decision::Remove))
            .arg(m_model->count(ReviewRow::Decision::Keep)));
}

void AccessReviewView::chooseEvidenceFile()
{
    auto *dialog = new QFileDialog(this, tr("Export Evidence"));
    dialog->setObjectName(QStringLiteral("evidenceFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("CSV for spreadsheets (*.csv)"), tr("JSON (*.json)")});
    dialog->selectFile(
        QStringLiteral("access-review-%1.csv")
            .arg(m_model->startedAt().toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QStringLiteral("json")) ? QStringLiteral("json")
                                                                         : QStringLiteral("csv"));
    });
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportEvidence(path); });
    dialog->open();
}

bool AccessReviewView::exportEvidence(const QString &path)
{
    const bool json = exportFormatForPath(path) == ExportFormat::Json;
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.write(json ? m_model->evidenceJson() : toCsv(*m_model)) >= 0 &&
                         file.commit();
    if (!written) {
        m_banner->post(
            MessageBanner::Tone::Error,
            tr("The evidence could not be saved to %1: %2").arg(path, file.errorString()),
            kEvidenceTopic);
        return false;
    }
    m_banner->post(MessageBanner::Tone::Success, tr("Evidence saved to %1.").arg(path),
                   kEvidenceTopic);
    return true;
}

} // namespace ionos
