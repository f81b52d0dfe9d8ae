#include "ui/snapshot/restoredialog.h"

#include "models/access/accessengine.h"
#include "models/restore/restorereportmodel.h"
#include "models/restore/restorerunner.h"
#include "models/restore/snapshottaker.h"
#include "models/snapshot/restoreplan.h"
#include "models/workspace.h"
#include "network/offthread.h"
#include "ui/common/confirmation.h"
#include "ui/common/messagebanner.h"
#include "ui/common/stepstable.h"
#include "ui/common/tablecolumns.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace ionos {
namespace {

const QString kPlanTopic = QStringLiteral("restorePlan");
const QString kRunTopic = QStringLiteral("restoreRun");

bool removesOrDeletes(const RestoreStep &s)
{
    using Kind = RestoreStep::Kind;
    return s.kind() == Kind::RemoveMember || s.kind() == Kind::RemoveShare ||
           s.kind() == Kind::DeleteUser || s.kind() == Kind::DeleteGroup;
}

} // namespace

RestoreDialog::RestoreDialog(Workspace &workspace, QList<qint64> contracts, AccountSnapshot target,
                             QList<SnapshotChange> chosen, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_contracts(std::move(contracts))
    , m_target(std::move(target))
    , m_chosen(std::move(chosen))
    , m_banner(new MessageBanner(this))
    , m_intro(new QLabel(this))
    , m_deleteExtra(new QCheckBox(this))
    , m_passwordBox(new QGroupBox(this))
    , m_passwordForm(new QFormLayout)
    , m_table(new QTableView(this))
    , m_report(new RestoreReportModel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_runner(new RestoreRunner(workspace, this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore From Snapshot"));
    m_banner->setObjectName(QStringLiteral("restoreBanner"));
    m_intro->setObjectName(QStringLiteral("restoreIntro"));
    m_intro->setWordWrap(true);

    m_deleteExtra->setObjectName(QStringLiteral("deleteExtraCheck"));
    m_deleteExtra->setText(tr("Also &delete the users and groups that are not in the snapshot"));
    m_deleteExtra->setToolTip(tr("Without this, what was created since the snapshot stays."));
    m_deleteExtra->setAccessibleDescription(m_deleteExtra->toolTip());
    m_deleteExtra->hide(); // offered when users or groups added since are among the changes
    connect(m_deleteExtra, &QCheckBox::toggled, this, [this] {
        if (m_now)
            planAgainst(*m_now);
    });

    m_passwordBox->setObjectName(QStringLiteral("restorePasswords"));
    m_passwordBox->setTitle(tr("New passwords for the users created again"));
    m_passwordBox->setLayout(m_passwordForm);
    m_passwordBox->hide();

    m_table->setObjectName(QStringLiteral("restoreTable"));
    m_table->setAccessibleName(tr("Restore steps"));
    m_table->setAccessibleDescription(
        tr("Each write the restore makes, and what became of it once it ran"));
    installStepsTable(m_table, m_report, QStringLiteral("restore"));

    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_progress->setAccessibleName(tr("Restore progress"));
    m_progress->hide();

    m_actionText = tr("&Restore…");
    m_confirmText = tr("Restore");
    m_restore = m_buttons->addButton(m_actionText, QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    m_restore->setDefault(true);
    m_stop = m_buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopRestoreButton"));
    m_stop->setToolTip(tr("Writes not sent yet are dropped; those on their way end."));
    m_stop->setEnabled(false);
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (!m_runAgain) {
            confirm();
            return;
        }
        // What is still missing, against the account as the run left it; then asked again.
        m_runAgain = false;
        m_confirmWhenPlanned = true;
        m_restore->setText(m_actionText);
        m_restore->setToolTip({});
        plan();
    });
    connect(m_stop, &QPushButton::clicked, m_runner, &RestoreRunner::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_runner, &RestoreRunner::stepFinished, this, &RestoreDialog::stepFinished);
    connect(m_runner, &RestoreRunner::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_runner, &RestoreRunner::finished, this, &RestoreDialog::runFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_intro);
    layout->addWidget(m_deleteExtra);
    layout->addWidget(m_passwordBox);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(820, 520);
    // Once the caller has said what the dialog is for (setUndo).
    QMetaObject::invokeMethod(this, &RestoreDialog::plan, Qt::QueuedConnection);
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::setUndo(const QString &title, const UndoScope &scope)
{
    setWindowTitle(title);
    m_scope = scope;
    m_actionText = tr("&Undo…");
    m_confirmText = tr("Undo");
    // Undoing a change that created users or groups deletes them, unless the person says no.
    m_deleteExtra->setChecked(true);
    if (!m_runAgain)
        m_restore->setText(m_actionText);
}

bool RestoreDialog::isRunning() const
{
    return m_runner->isRunning();
}

void RestoreDialog::plan()
{
    const quint64 planning = ++m_planning;
    m_restore->setEnabled(false);
    m_intro->setText(tr("Working out what to restore from the account as loaded…"));
    SnapshotTaker::takeWhenLoaded(
        m_workspace, m_contracts, this, [this, planning](const Result<AccountSnapshot> &now) {
            if (planning != m_planning)
                return;
            if (!now.ok()) {
                m_intro->clear();
                m_banner->showError(tr("The account could not be read to restore."), now.error(),
                                    kPlanTopic);
                return;
            }
            m_banner->settle(kPlanTopic);
            planAgainst(now.value());
        });
}

void RestoreDialog::planAgainst(const AccountSnapshot &now)
{
    m_now = now;
    const quint64 planning = ++m_planning;
    m_restore->setEnabled(false);
    RestorePlan::Choice choice;
    choice.changes = m_chosen;
    choice.scope = m_scope;
    RestorePlan::Options options;
    options.deleteExtra = m_deleteExtra->isChecked();
    options.createUsers = true;
    // The diff and the plan of a large account take a moment: off the main thread.
    runOffThread(
        this,
        [target = m_target, now, choice, options] {
            return RestorePlan::prepare(target, now, choice, options);
        },
        [this, planning](const RestorePlan::Prepared &prepared) {
            if (planning == m_planning)
                showPlan(prepared);
        });
}

void RestoreDialog::showPlan(const RestorePlan::Prepared &prepared)
{
    if (!prepared.refusal.isEmpty()) {
        m_intro->clear();
        m_report->show({}, {});
        m_banner->post(MessageBanner::Tone::Error, prepared.refusal, kPlanTopic);
        return;
    }
    const QList<RestoreStep> &steps = prepared.steps;
    m_deleteExtra->setVisible(prepared.extraChosen || m_deleteExtra->isChecked());
    m_report->show(steps, prepared.descriptions);
    TableColumns::fitOnce(m_table);
    // Before a run the steps are what there is to read: they get the room the outcome does not
    // need yet.
    const int stepsWidth = static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(
                               RestoreReportModel::StepColumn) +
                           m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QHeaderView *header = m_table->horizontalHeader();
    const int room = m_table->viewport()->width() -
                     header->sectionSize(RestoreReportModel::RequestColumn) -
                     header->sectionSizeHint(RestoreReportModel::OutcomeColumn);
    header->resizeSection(RestoreReportModel::StepColumn, std::min(stepsWidth, room));
    fillPasswords();
    const int writes = writeCount();
    m_restore->setEnabled(writes > 0);
    if (steps.isEmpty())
        m_intro->setText(tr("Nothing to restore: the chosen changes are already as they were."));
    else
        m_intro->setText(
            tr("%n write(s) put the chosen changes back as they were, each through the "
               "console's usual path and in the Activity log.",
               nullptr, writes) +
            (writes < steps.size()
                 ? QLatin1Char(' ') + tr("%n item(s) cannot be restored; the list says why.",
                                         nullptr, int(steps.size()) - writes)
                 : QString()));
    if (std::exchange(m_confirmWhenPlanned, false) && writes > 0)
        confirm();
}

int RestoreDialog::writeCount() const
{
    return int(
        std::count_if(m_report->steps().begin(), m_report->steps().end(), [](const RestoreStep &s) {
            return s.kind() != RestoreStep::Kind::CannotRestore;
        }));
}

void RestoreDialog::fillPasswords()
{
    // Keep what was typed for users still to be created.
    for (int row = 0; row < m_passwordForm->rowCount(); ++row) {
        if (auto *edit = qobject_cast<QLineEdit *>(
                m_passwordForm->itemAt(row, QFormLayout::FieldRole)->widget()))
            m_passwords.insert(edit->property("userId").toString(), edit->text());
    }
    while (m_passwordForm->rowCount() > 0)
        m_passwordForm->removeRow(0);
    for (const RestoreStep &s : m_report->steps()) {
        const auto *creation = s.as<restore::CreateUser>();
        if (!creation)
            continue;
        auto *edit = new QLineEdit(m_passwordBox);
        edit->setObjectName(QStringLiteral("passwordEdit"));
        edit->setProperty("userId", creation->user);
        edit->setEchoMode(QLineEdit::Password);
        edit->setText(m_passwords.value(creation->user));
        edit->setPlaceholderText(tr("Leave empty to leave this user out"));
        edit->setAccessibleName(tr("New password for %1").arg(creation->draft.email));
        m_passwordForm->addRow(creation->draft.email, edit);
    }
    m_passwordBox->setVisible(m_passwordForm->rowCount() > 0);
}

void RestoreDialog::confirm()
{
    for (int row = 0; row < m_passwordForm->rowCount(); ++row) {
        if (auto *edit = qobject_cast<QLineEdit *>(
                m_passwordForm->itemAt(row, QFormLayout::FieldRole)->widget()))
            m_passwords.insert(edit->property("userId").toString(), edit->text());
    }
    const QList<RestoreStep> &steps = m_report->steps();
    Confirmation c;
    c.objectName = QStringLiteral("confirmRestore");
    c.title = windowTitle();
    c.question = tr("Put %n item(s) back as they were?", nullptr, writeCount());
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).kind() != RestoreStep::Kind::CannotRestore)
            c.names
                << m_report->data(m_report->index(i, RestoreReportModel::StepColumn)).toString();
    }
    c.consequence = tr("Each write is in the Activity log with its outcome.");
    c.undo = tr("You can undo the restore from the Activity log.");
    c.confirmText = m_confirmText;
    c.destructive = std::any_of(steps.begin(), steps.end(), removesOrDeletes);
    WhatIf preview = m_workspace.accessEngine().whatIf();
    RestorePlan::stage(steps, preview);
    c.preview = preview;
    c.previewComplete = m_workspace.isEverythingLoaded();
    c.ask(this, [this] { run(); });
}

void RestoreDialog::run()
{
    m_banner->settle(kRunTopic);
    for (int i = 0; i < m_report->steps().size(); ++i)
        m_report->setOutcome(i, {});
    setBusy(true);
    m_runner->run(m_report->steps(), m_passwords, m_report->descriptions());
    // The passwords went with the creations; none is kept.
    m_passwords.clear();
}

void RestoreDialog::stepFinished(int index)
{
    m_report->setOutcome(index, m_runner->outcomes().at(index));
    m_table->scrollTo(m_report->index(index, 0));
}

void RestoreDialog::runFinished(bool complete)
{
    setBusy(false);
    const int total = int(m_runner->steps().size());
    const int left = m_runner->leftCount();
    if (complete)
        m_banner->post(MessageBanner::Tone::Success,
                       tr("Restored: all %n item(s) are as the snapshot has them.", nullptr, total),
                       kRunTopic);
    else
        m_banner->post(MessageBanner::Tone::Warning,
                       tr("%1 of %2 restored; %n item(s) left, each with the reason in the list. "
                          "Run Again does what is still missing.",
                          nullptr, left)
                           .arg(total - left)
                           .arg(total),
                       kRunTopic);
    emit restored();
    if (complete) {
        m_restore->setEnabled(false);
        m_passwordBox->setEnabled(false);
        m_deleteExtra->setEnabled(false);
        return;
    }
    m_restore->setText(tr("Run &Again…"));
    m_restore->setToolTip(tr("Works out what is still missing and restores it"));
    m_runAgain = true;
}

void RestoreDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_stop->setEnabled(busy);
    m_restore->setEnabled(!busy);
    m_deleteExtra->setEnabled(!busy);
    m_passwordBox->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
}

} // namespace ionos
