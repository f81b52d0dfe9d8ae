#include "ui/groups/clonegroupdialog.h"

#include "models/access/accessengine.h"
#include "models/restore/restorereportmodel.h"
#include "models/restore/restorerunner.h"
#include "models/workspace.h"
#include "ui/common/confirmation.h"
#include "ui/common/messagebanner.h"
#include "ui/common/stepstable.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {
namespace {

const QString kCloneTopic = QStringLiteral("cloneRun");

} // namespace

CloneGroupDialog::CloneGroupDialog(Workspace &workspace, const QString &groupId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_groupId(groupId)
    , m_banner(new MessageBanner(this))
    , m_intro(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_withMembers(new QCheckBox(this))
    , m_table(new QTableView(this))
    , m_steps(new RestoreReportModel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_runner(new RestoreRunner(workspace, this))
{
    setObjectName(QStringLiteral("cloneGroupDialog"));
    const auto access = workspace.accessEngine().latest();
    const Group *source = access->group(groupId);
    m_sourceName = source ? source->name : groupId;
    setWindowTitle(tr("Clone Group %1").arg(m_sourceName));
    m_banner->setObjectName(QStringLiteral("cloneBanner"));
    m_intro->setObjectName(QStringLiteral("cloneIntro"));
    m_intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("cloneNameEdit"));
    m_name->setAccessibleName(tr("Name of the new group"));
    m_name->setText(GroupClone::suggestedName(access->facts(), groupId));
    m_withMembers->setObjectName(QStringLiteral("cloneMembersCheck"));
    m_withMembers->setText(tr("Also make its %n member(s) members of the new group", nullptr,
                              int(access->facts().members.value(groupId).size())));
    connect(m_name, &QLineEdit::textChanged, this, &CloneGroupDialog::plan);
    connect(m_withMembers, &QCheckBox::toggled, this, &CloneGroupDialog::plan);

    m_table->setObjectName(QStringLiteral("cloneSteps"));
    m_table->setAccessibleName(tr("Writes of the clone"));
    installStepsTable(m_table, m_steps, QStringLiteral("clone"));

    m_clone = m_buttons->addButton(tr("&Clone…"), QDialogButtonBox::ActionRole);
    m_clone->setObjectName(QStringLiteral("cloneButton"));
    m_clone->setDefault(true);
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_clone, &QPushButton::clicked, this, &CloneGroupDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runner, &RestoreRunner::stepFinished, this,
            [this](int index) { m_steps->setOutcome(index, m_runner->outcomes().at(index)); });
    connect(m_runner, &RestoreRunner::finished, this, &CloneGroupDialog::runFinished);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_withMembers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(720, 460);
    plan();
}

CloneGroupDialog::~CloneGroupDialog() = default;

bool CloneGroupDialog::isRunning() const
{
    return m_runner->isRunning();
}

void CloneGroupDialog::plan()
{
    if (isRunning() || !m_runner->outcomes().isEmpty())
        return;
    const auto access = m_workspace.accessEngine().latest();
    const Group *source = access->group(m_groupId);
    m_writes = GroupClone::of(access->facts(), m_groupId, m_name->text().trimmed(),
                              m_withMembers->isChecked());
    m_steps->show(m_writes.steps, m_writes.descriptions);
    if (source)
        m_intro->setText(tr("The new group grants the %n privilege(s) of %1", nullptr,
                            source->privileges.grantedCount())
                             .arg(m_sourceName) +
                         tr(" and shares its %n resource(s) with the same rights.", nullptr,
                            int(access->facts().shares.value(m_groupId).size())));
    const QString name = m_name->text().trimmed();
    m_clone->setEnabled(source && !name.isEmpty() && name.size() <= 255);
}

void CloneGroupDialog::confirm()
{
    Confirmation c;
    c.objectName = QStringLiteral("confirmClone");
    c.title = windowTitle();
    c.question = tr("Make the group %1 from %2?").arg(m_name->text().trimmed(), m_sourceName);
    c.consequence = tr("Each write is in the Activity log with its outcome.");
    c.undo = tr("You can undo the clone from the Activity log.");
    c.confirmText = tr("Clone");
    c.destructive = false;
    WhatIf preview = m_workspace.accessEngine().whatIf();
    GroupClone::stage(m_writes, preview);
    c.preview = preview;
    c.previewComplete = m_workspace.isEverythingLoaded();
    c.ask(this, [this] { run(); });
}

void CloneGroupDialog::run()
{
    m_banner->settle(kCloneTopic);
    m_clone->setEnabled(false);
    m_name->setEnabled(false);
    m_withMembers->setEnabled(false);
    m_runner->setJournal(tr("Clone group %1").arg(m_sourceName));
    m_runner->run(m_writes.steps, {}, m_writes.descriptions);
}

void CloneGroupDialog::runFinished(bool complete)
{
    const RestoreOutcome &created = m_runner->outcomes().value(0);
    if (complete)
        m_banner->post(MessageBanner::Tone::Success,
                       tr("The group %1 was made.").arg(m_name->text().trimmed()), kCloneTopic);
    else
        m_banner->post(MessageBanner::Tone::Warning,
                       tr("%n write(s) left, each with the reason in the list.", nullptr,
                          m_runner->leftCount()),
                       kCloneTopic);
    if (!created.createdId.isEmpty())
        emit cloned(created.createdId);
    emit cloneFinished();
}

} // namespace ionos
