#include "ui/access/findingsview.h"

#include "models/access/accessengine.h"
#include "models/access/findingsmodel.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/membershipcontroller.h"
#include "models/groups/sharescontroller.h"
#include "models/keys/objectstoragekeyscontroller.h"
#include "models/users/userscontroller.h"
#include "models/workspace.h"
#include "network/offthread.h"
#include "ui/access/dormantusersdialog.h"
#include "ui/common/confirmation.h"
#include "ui/common/messagebanner.h"
#include "ui/common/sortfilterproxy.h"
#include "ui/common/tableactions.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {
namespace {

const QString kFixTopic = QStringLiteral("fix");

} // namespace

FindingsView::FindingsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_days(new QSpinBox(this))
    , m_keyDays(new QSpinBox(this))
    , m_table(new QTableView(this))
    , m_model(new FindingsModel(this))
    , m_proxy(new SortFilterProxy(FindingsModel::SortRole, this))
    , m_fix(new QAction(tr("Fix…"), this))
    , m_dismiss(new QAction(tr("Dismiss"), this))
    , m_deactivateDormant(new QAction(tr("Deactivate All &Inactive Users…"), this))
{
    setObjectName(QStringLiteral("findingsView"));
    m_banner->setObjectName(QStringLiteral("findingsBanner"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("findingsFilter"));
    m_filter->setPlaceholderText(tr("Filter findings"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter findings"));
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->setAccessibleName(tr("Severity of the findings shown"));
    m_severity->setAccessibleDescription(tr("Shows the findings of one severity, or of all"));
    m_severity->addItem(tr("All severities"));
    for (const Finding::Severity s : {Finding::Severity::High, Finding::Severity::Medium,
                                      Finding::Severity::Low, Finding::Severity::Info})
        m_severity->addItem(Finding::labelOf(s), int(s));
    m_days->setObjectName(QStringLiteral("inactiveDays"));
    m_days->setRange(1, 3650);
    m_days->setValue(90);
    m_days->setPrefix(tr("Inactive after "));
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days without sign-in after which a user counts as inactive"));
    m_days->setToolTip(m_days->accessibleName());
    m_keyDays->setObjectName(QStringLiteral("keyMaxAgeDays"));
    m_keyDays->setRange(1, 3650);
    m_keyDays->setValue(365);
    m_keyDays->setPrefix(tr("Keys old after "));
    m_keyDays->setSuffix(tr(" days"));
    m_keyDays->setAccessibleName(tr("Days after which an active Object Storage key counts as old"));
    m_keyDays->setToolTip(m_keyDays->accessibleName());

    m_proxy->setSourceModel(m_model);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SortFilterProxy::setFilterText);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setAccessibleName(tr("Findings"));
    m_table->setAccessibleDescription(
        tr("What is risky in the account now, most severe first, with the rule, what it is "
           "about and why"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // Most severe first; within a severity, by rule as found.
    m_table->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    using Kind = TableColumns::Kind;
    TableColumns::install(m_table,
                          {{FindingsModel::SeverityColumn, Kind::Label},
                           {FindingsModel::RuleColumn, Kind::Label},
                           {FindingsModel::SubjectColumn, Kind::Email},
                           {FindingsModel::DetailColumn, Kind::Text},
                           {FindingsModel::UserColumn, Kind::Id},
                           {FindingsModel::GroupColumn, Kind::Id},
                           {FindingsModel::ResourceColumn, Kind::Id},
                           {FindingsModel::KeyColumn, Kind::Id}},
                          QStringLiteral("views/findingsColumns"));
    // The ids are for files and scripts; people read the subject.
    for (int column : {FindingsModel::UserColumn, FindingsModel::GroupColumn,
                       FindingsModel::ResourceColumn, FindingsModel::KeyColumn})
        m_table->setColumnHidden(column, true);
    TableExporter::install(m_table, QStringLiteral("findings"));

    m_fix->setObjectName(QStringLiteral("fixAction"));
    m_dismiss->setObjectName(QStringLiteral("dismissAction"));
    m_dismiss->setShortcut(QKeySequence::Delete);
    m_dismiss->setShortcutContext(Qt::WidgetShortcut);
    m_dismiss->setToolTip(tr("Hide the selected findings until the next sign-in"));
    m_deactivateDormant->setObjectName(QStringLiteral("deactivateInactiveAction"));
    m_deactivateDormant->setToolTip(tr("Deactivate every user who has not signed in for the "
                                       "days set and still holds rights, with exceptions you "
                                       "untick"));
    m_deactivateDormant->setEnabled(false);
    connect(m_deactivateDormant, &QAction::triggered, this, &FindingsView::deactivateDormantUsers);
    connect(m_fix, &QAction::triggered, this, &FindingsView::fix);
    connect(m_dismiss, &QAction::triggered, this, &FindingsView::dismiss);
    connect(m_table, &QTableView::doubleClicked, m_fix, &QAction::trigger);
    m_table->addAction(m_fix);
    m_table->addAction(m_dismiss);
    m_table->addAction(m_deactivateDormant);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_severity);
    bar->addWidget(m_days);
    bar->addWidget(m_keyDays);
    bar->addWidget(actionButton(m_fix, "fixButton", this));
    bar->addWidget(actionButton(m_dismiss, "dismissButton", this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(actionButton(m_deactivateDormant, "deactivateInactiveButton", this));
    layout->addLayout(summaryRow);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_days, &QSpinBox::valueChanged, this, &FindingsView::refresh);
    connect(m_keyDays, &QSpinBox::valueChanged, this, &FindingsView::refresh);
    connect(m_days, &QSpinBox::valueChanged, this, &FindingsView::optionsChanged);
    connect(m_keyDays, &QSpinBox::valueChanged, this, &FindingsView::optionsChanged);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] { present(m_found); });
    connect(&workspace.accessEngine(), &AccessEngine::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FindingsView::selectionChanged);
    selectionChanged();
}

void FindingsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void FindingsView::refresh()
{
    m_stale = false;
    // Worked out on a worker thread (tens of milliseconds for 10,000 users); an answer to an
    // earlier question is dropped.
    const FindingsRules::Options options = this->options();
    const quint64 question = ++m_question;
    runOffThread(
        this,
        [access = m_workspace.accessEngine().latest(), options] {
            return FindingsRules::find(*access, options);
        },
        [this, question](const QList<Finding> &found) {
            if (question == m_question)
                present(found);
        });
}

FindingsRules::Options FindingsView::options() const
{
    FindingsRules::Options options;
    options.inactiveDays = m_days->value();
    options.keyMaxAgeDays = m_keyDays->value();
    return options;
}

void FindingsView::showSeverity(std::optional<Finding::Severity> severity)
{
    m_severity->setCurrentIndex(severity ? m_severity->findData(int(*severity)) : 0);
}

void FindingsView::present(const QList<Finding> &found)
{
    m_found = found;
    QList<Finding> shown;
    int counts[4] = {0, 0, 0, 0};
    const QVariant severity = m_severity->currentData();
    for (const Finding &f : found) {
        if (m_dismissed.contains(f.key()) ||
            (severity.isValid() && int(f.severity) != severity.toInt()))
            continue;
        ++counts[int(f.severity)];
        shown << f;
    }
    m_model->show(shown);
    QString text = shown.isEmpty() ? tr("Nothing risky found.")
                                   : tr("%n finding(s): %1 high, %2 medium, %3 low, %4 info.", "",
                                        int(shown.size()))
                                         .arg(counts[0])
                                         .arg(counts[1])
                                         .arg(counts[2])
                                         .arg(counts[3]);
    if (!m_dismissed.isEmpty())
        text +=
            QLatin1Char(' ') + tr("%n dismissed for this session.", "", int(m_dismissed.size()));
    if (!m_workspace.accessEngine().isComplete())
        text += QLatin1Char(' ') + tr("Still loading: the findings are not complete yet.");
    m_summary->setText(text);
    // Every dormant user found, whatever is shown, unless dismissed.
    QList<Finding> kept;
    for (const Finding &f : found) {
        if (!m_dismissed.contains(f.key()))
            kept << f;
    }
    m_dormant = FindingsRules::dormantUsers(kept);
    m_deactivateDormant->setEnabled(!m_dormant.isEmpty());
    selectionChanged();
    emit refreshed();
}

QList<Finding> FindingsView::selectedFindings() const
{
    QList<Finding> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selected << m_model->at(m_proxy->mapToSource(index).row());
    return selected;
}

void FindingsView::selectionChanged()
{
    const QList<Finding> selected = selectedFindings();
    m_dismiss->setEnabled(!selected.isEmpty());
    const QString text =
        selected.size() == 1 ? RemedyPlan::actionText(selected.first().remedy) : QString();
    m_fix->setEnabled(!text.isEmpty());
    m_fix->setText(text.isEmpty() ? tr("Fix…") : text);
    m_fix->setToolTip(selected.size() == 1 && text.isEmpty()
                          ? tr("This finding has no fix the console can make; it needs a "
                               "person's judgement.")
                          : tr("Fix the selected finding, after a confirmation"));
}

void FindingsView::tellSent(const QString &text)
{
    m_banner->post(MessageBanner::Tone::Info, text, kFixTopic);
}

void FindingsView::dismiss()
{
    for (const Finding &f : selectedFindings())
        m_dismissed.insert(f.key());
    present(m_found);
}

void FindingsView::fix()
{
    const QList<Finding> selected = selectedFindings();
    if (selected.size() != 1)
        return;
    const Finding f = selected.first();
    // A copy: the engine is made anew when anything changes while the question is open.
    const RemedyPlan plan = RemedyPlan::of(f, m_workspace.accessEngine().current());
    if (plan.remedy == Remedy::None)
        return;
    Confirmation c;
    c.objectName = QStringLiteral("confirmFix");
    c.names = {f.subject};
    c.title = plan.title;
    c.question = plan.question;
    c.consequence = plan.consequence;
    c.undo = plan.undo;
    c.confirmText = plan.confirmText;
    c.preview = plan.preview(m_workspace.accessEngine().whatIf());
    c.previewComplete = m_workspace.accessEngine().isComplete();
    c.ask(this, [this, plan] { makeRemedy(plan); });
}

void FindingsView::makeRemedy(const RemedyPlan &plan)
{
    switch (plan.remedy) {
    case Remedy::RequireTwoFactor:
    case Remedy::DeactivateUser:
        m_workspace.usersController().update(
            plan.user->id, plan.draft, this, [this, done = plan.doneText()](const Result<User> &r) {
                if (r.ok())
                    m_banner->post(MessageBanner::Tone::Success, done, kFixTopic);
                else
                    m_banner->showError(tr("The fix could not be made."), r.error(), kFixTopic);
            });
        return;
    case Remedy::RemoveFromGroups:
        for (const QString &groupId : plan.groupIds)
            m_workspace.membership().remove(groupId, {*plan.user});
        break;
    case Remedy::DeleteGroup:
        m_workspace.groupsController().remove(plan.groupIds);
        break;
    case Remedy::StopSharing:
        for (const QString &groupId : plan.groupIds)
            m_workspace.shares().remove(groupId, {plan.resourceId});
        break;
    case Remedy::DeactivateKeys:
        m_workspace.keys().setActive(plan.user->id, plan.keyIds, false);
        break;
    case Remedy::None:
        return;
    }
    tellSent(plan.doneText());
}

DormantUsersDialog *FindingsView::deactivateDormantUsers()
{
    if (m_dormant.isEmpty())
        return nullptr;
    auto *dialog = new DormantUsersDialog(m_workspace, m_dormant, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace ionos
