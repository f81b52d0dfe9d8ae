#include "ui/access/dormantusersdialog.h"

#include "models/access/accessengine.h"
#include "models/displaytime.h"
#include "models/restore/restorereportmodel.h"
#include "models/restore/restorerunner.h"
#include "models/workspace.h"
#include "ui/common/confirmation.h"
#include "ui/common/messagebanner.h"
#include "ui/common/stepstable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {
namespace {

const QString kDormantTopic = QStringLiteral("dormantRun");

} // namespace

DormantUsersDialog::DormantUsersDialog(Workspace &workspace, const QStringList &userIds,
                                       QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
    , m_intro(new QLabel(this))
    , m_users(new QListWidget(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_steps(new RestoreReportModel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_runner(new RestoreRunner(workspace, this))
{
    setObjectName(QStringLiteral("dormantUsersDialog"));
    setWindowTitle(tr("Deactivate Inactive Users"));
    m_banner->setObjectName(QStringLiteral("dormantBanner"));
    m_intro->setObjectName(QStringLiteral("dormantIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("These users have not signed in for a long time and still hold rights. "
                        "Untick those who should stay active; the others are deactivated and "
                        "can be activated again at any time."));

    m_users->setObjectName(QStringLiteral("dormantUsers"));
    m_users->setAccessibleName(tr("Inactive users to deactivate"));
    const auto access = workspace.accessEngine().latest();
    for (const QString &id : userIds) {
        const User *u = access->user(id);
        if (!u)
            continue;
        const QString lastSignIn =
            u->lastLogin ? DisplayTime::dateTime(*u->lastLogin) : tr("never signed in");
        auto *item = new QListWidgetItem(
            tr("%1 (%2), last sign-in: %3").arg(u->email, u->displayName(), lastSignIn), m_users);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    connect(m_users, &QListWidget::itemChanged, this, &DormantUsersDialog::countChosen);
    m_count->setObjectName(QStringLiteral("dormantCount"));

    m_table->setObjectName(QStringLiteral("dormantSteps"));
    m_table->setAccessibleName(tr("Deactivations"));
    installStepsTable(m_table, m_steps, QStringLiteral("dormant"));
    m_table->hide(); // with the run

    m_progress->setObjectName(QStringLiteral("dormantProgress"));
    m_progress->setAccessibleName(tr("Deactivation progress"));
    m_progress->hide();

    m_deactivate = m_buttons->addButton(tr("&Deactivate…"), QDialogButtonBox::ActionRole);
    m_deactivate->setObjectName(QStringLiteral("deactivateDormantButton"));
    m_deactivate->setDefault(true);
    m_stop = m_buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopDormantButton"));
    m_stop->setEnabled(false);
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_deactivate, &QPushButton::clicked, this, &DormantUsersDialog::confirm);
    connect(m_stop, &QPushButton::clicked, m_runner, &RestoreRunner::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runner, &RestoreRunner::stepFinished, this,
            [this](int index) { m_steps->setOutcome(index, m_runner->outcomes().at(index)); });
    connect(m_runner, &RestoreRunner::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_runner, &RestoreRunner::finished, this, &DormantUsersDialog::runFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_intro);
    layout->addWidget(m_users, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(760, 560);
    countChosen();
}

DormantUsersDialog::~DormantUsersDialog() = default;

bool DormantUsersDialog::isRunning() const
{
    return m_runner->isRunning();
}

QStringList DormantUsersDialog::chosen() const
{
    QStringList ids;
    for (int i = 0; i < m_users->count(); ++i) {
        if (m_users->item(i)->checkState() == Qt::Checked)
            ids << m_users->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

void DormantUsersDialog::countChosen()
{
    const int n = int(chosen().size());
    m_count->setText(tr("%1 of %n user(s) to deactivate.", nullptr, m_users->count()).arg(n));
    m_deactivate->setEnabled(n > 0 && !isRunning());
}

void DormantUsersDialog::confirm()
{
    const QStringList ids = chosen();
    const auto access = m_workspace.accessEngine().latest();
    m_writes = OffboardPlan::deactivations(ids, *access);
    Confirmation c;
    c.objectName = QStringLiteral("confirmDormant");
    c.title = windowTitle();
    c.question = tr("Deactivate %n inactive user(s)?", nullptr, int(m_writes.steps.size()));
    WhatIf preview = m_workspace.accessEngine().whatIf();
    for (const RestoreStep &s : std::as_const(m_writes.steps)) {
        const auto *update = s.as<restore::UpdateUser>();
        c.names << update->draft.email;
        preview.changeUser(update->user, update->draft);
    }
    c.consequence = tr("They cannot sign in and lose what they may do until they are activated "
                       "again.");
    c.undo = tr("You can undo this from the Activity log.");
    c.confirmText = tr("Deactivate");
    c.destructive = false;
    c.preview = preview;
    c.previewComplete = m_workspace.isEverythingLoaded();
    c.ask(this, [this] { run(); });
}

void DormantUsersDialog::run()
{
    m_banner->settle(kDormantTopic);
    m_steps->show(m_writes.steps, m_writes.descriptions);
    m_table->show();
    setBusy(true);
    m_runner->setJournal(tr("Deactivate %n inactive user(s)", nullptr, int(m_writes.steps.size())));
    m_runner->run(m_writes.steps, {}, m_writes.descriptions);
}

void DormantUsersDialog::runFinished(bool complete)
{
    setBusy(false);
    const int total = int(m_runner->steps().size());
    if (complete)
        m_banner->post(MessageBanner::Tone::Success, tr("Deactivated %n user(s).", nullptr, total),
                       kDormantTopic);
    else
        m_banner->post(MessageBanner::Tone::Warning,
                       tr("%n user(s) not deactivated, each with the reason in the list.", nullptr,
                          m_runner->leftCount()),
                       kDormantTopic);
    m_deactivate->setEnabled(false);
    m_users->setEnabled(false);
    emit deactivated();
}

void DormantUsersDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_stop->setEnabled(busy);
    m_deactivate->setEnabled(!busy);
    m_users->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
}

} // namespace ionos
