#include "ui/users/offboarddialog.h"

#include "models/access/accessengine.h"
#include "models/account/resourcetypes.h"
#include "models/restore/restorereportmodel.h"
#include "models/restore/restorerunner.h"
#include "models/workspace.h"
#include "network/offthread.h"
#include "ui/common/confirmation.h"
#include "ui/common/messagebanner.h"
#include "ui/common/stepstable.h"
#include "ui/common/tablecolumns.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ionos {
namespace {

const QString kOffboardTopic = QStringLiteral("offboardRun");

enum OwnedColumn
{
    OwnedResource,
    OwnedType,
    OwnedCreator,
    OwnedOthers,
    OwnedKeeper,
    OwnedColumnCount
};

} // namespace

OffboardDialog::OffboardDialog(Workspace &workspace, QStringList userIds, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_userIds(std::move(userIds))
    , m_banner(new MessageBanner(this))
    , m_intro(new QLabel(this))
    , m_people(new QLabel(this))
    , m_ownedTitle(new QLabel(this))
    , m_owned(new QTableWidget(0, OwnedColumnCount, this))
    , m_table(new QTableView(this))
    , m_steps(new RestoreReportModel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_runner(new RestoreRunner(workspace, this))
{
    setObjectName(QStringLiteral("offboardDialog"));
    setWindowTitle(tr("Offboard Users"));
    m_banner->setObjectName(QStringLiteral("offboardBanner"));
    m_intro->setObjectName(QStringLiteral("offboardIntro"));
    m_intro->setWordWrap(true);
    m_people->setObjectName(QStringLiteral("offboardPeople"));
    m_people->setWordWrap(true);
    m_people->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_ownedTitle->setObjectName(QStringLiteral("offboardOwnedTitle"));
    m_ownedTitle->setWordWrap(true);
    m_owned->setObjectName(QStringLiteral("offboardOwned"));
    m_owned->setAccessibleName(tr("Resources they created"));
    m_owned->setHorizontalHeaderLabels({tr("Resource"), tr("Type"), tr("Created by"),
                                        tr("Who else reaches it"), tr("Without a keeper")});
    m_owned->horizontalHeaderItem(OwnedKeeper)
        ->setToolTip(tr("Nobody else but administrators may edit it once they are gone"));
    m_owned->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_owned->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_owned->setWordWrap(false);
    m_owned->verticalHeader()->hide();
    m_owned->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = 0; c < OwnedColumnCount; ++c)
        m_owned->horizontalHeader()->setSectionResizeMode(
            c, c == OwnedOthers ? QHeaderView::Stretch : QHeaderView::ResizeToContents);

    m_table->setObjectName(QStringLiteral("offboardSteps"));
    m_table->setAccessibleName(tr("Offboarding steps"));
    m_table->setAccessibleDescription(
        tr("Each write offboarding makes, and what became of it once it ran"));
    installStepsTable(m_table, m_steps, QStringLiteral("offboard"));

    m_progress->setObjectName(QStringLiteral("offboardProgress"));
    m_progress->setAccessibleName(tr("Offboarding progress"));
    m_progress->hide();

    m_offboard = m_buttons->addButton(tr("&Offboard…"), QDialogButtonBox::ActionRole);
    m_offboard->setObjectName(QStringLiteral("offboardButton"));
    m_offboard->setEnabled(false);
    m_offboard->setDefault(true);
    m_stop = m_buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopOffboardButton"));
    m_stop->setToolTip(tr("Writes not sent yet are dropped; those on their way end."));
    m_stop->setEnabled(false);
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_offboard, &QPushButton::clicked, this, &OffboardDialog::confirm);
    connect(m_stop, &QPushButton::clicked, m_runner, &RestoreRunner::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runner, &RestoreRunner::stepFinished, this, [this](int index) {
        m_steps->setOutcome(index, m_runner->outcomes().at(index));
        m_table->scrollTo(m_steps->index(index, 0));
    });
    connect(m_runner, &RestoreRunner::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_runner, &RestoreRunner::finished, this, &OffboardDialog::runFinished);
    // Their keys may still be on their way: the plan is made again once they are in.
    connect(&workspace, &Workspace::keysLoaded, this, [this] {
        if (!isRunning() && m_runner->outcomes().isEmpty())
            makePlan();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_intro);
    layout->addWidget(m_people);
    layout->addWidget(m_ownedTitle);
    layout->addWidget(m_owned, 1);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(900, 640);
    makePlan();
}

OffboardDialog::~OffboardDialog() = default;

bool OffboardDialog::isRunning() const
{
    return m_runner->isRunning();
}

void OffboardDialog::makePlan()
{
    const quint64 planning = ++m_planning;
    m_offboard->setEnabled(false);
    m_intro->setText(tr("Working out what offboarding takes…"));
    const auto access = m_workspace.accessEngine().latest();
    QStringList emails;
    for (const QString &id : std::as_const(m_userIds)) {
        if (const User *u = access->user(id))
            emails << u->email;
    }
    runOffThread(
        this, [emails, access] { return OffboardPlan::of(emails, *access); },
        [this, planning](const OffboardPlan &plan) {
            if (planning != m_planning)
                return;
            m_planned = planning;
            showPlan(plan);
            emit planned();
        });
}

void OffboardDialog::showPlan(const OffboardPlan &plan)
{
    m_plan = plan;
    m_writes = plan.writes();
    QString intro = tr("Offboarding deactivates %n user(s), removes them from every group and "
                       "deactivates their active Object Storage keys. What they created stays "
                       "in the contract.",
                       nullptr, int(plan.users().size()));
    if (!m_workspace.areKeysLoaded())
        intro += QLatin1Char(' ') + tr("Their Object Storage keys are still being read; the "
                                       "steps are made again once they are in.");
    m_intro->setText(intro);
    QStringList people;
    for (int i = 0; i < plan.users().size(); ++i)
        people << tr("%1: %2").arg(plan.users().at(i).email, plan.describe(i));
    m_people->setText(people.join(QLatin1Char('\n')));

    int rows = 0;
    for (const OffboardUser &u : plan.users())
        rows += int(u.owned.size());
    m_owned->setRowCount(rows);
    int row = 0;
    int orphaned = 0;
    for (const OffboardUser &u : plan.users()) {
        for (const OffboardUser::Owned &r : u.owned) {
            QStringList others;
            for (const User &o : r.others)
                others << o.email;
            QString reach = others.join(QStringLiteral(", "));
            if (others.isEmpty())
                reach = r.administrators > 0
                            ? tr("Administrators only (%n)", nullptr, r.administrators)
                            : tr("Nobody");
            else if (r.administrators > 0)
                reach +=
                    QStringLiteral("; ") + tr("and %n administrator(s)", nullptr, r.administrators);
            const QStringList cells{r.resource.name, ResourceTypes::singular(r.resource.type),
                                    u.user.email, reach, r.orphaned ? tr("Yes") : tr("No")};
            for (int c = 0; c < OwnedColumnCount; ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setToolTip(cells.at(c));
                m_owned->setItem(row, c, item);
            }
            orphaned += r.orphaned;
            ++row;
        }
    }
    m_ownedTitle->setText(
        rows == 0 ? tr("They created no resource.")
                  : tr("They created %n resource(s); ", nullptr, rows) +
                        tr("%n would be left without a keeper: nobody but administrators may "
                           "edit it.",
                           nullptr, orphaned));
    m_owned->setVisible(rows > 0);

    m_steps->show(m_writes.steps, m_writes.descriptions);
    TableColumns::fitOnce(m_table);
    m_offboard->setEnabled(!m_writes.steps.isEmpty());
    if (m_writes.steps.isEmpty())
        m_banner->post(MessageBanner::Tone::Info,
                       tr("Nothing to do: they are deactivated, in no group and have no active "
                          "Object Storage key."),
                       kOffboardTopic);
}

void OffboardDialog::confirm()
{
    Confirmation c;
    c.objectName = QStringLiteral("confirmOffboard");
    c.title = windowTitle();
    c.question = tr("Offboard %n user(s)?", nullptr, m_plan.workCount());
    for (const OffboardUser &u : m_plan.users()) {
        if (u.hasWork())
            c.names << u.user.email;
    }
    c.consequence = tr("They cannot sign in, lose what their groups gave them and their "
                       "programs lose bucket access. Each step is in the Activity log.");
    c.undo = tr("You can undo the offboarding from the Activity log.");
    c.confirmText = tr("Offboard");
    WhatIf preview = m_workspace.accessEngine().whatIf();
    m_plan.stage(preview);
    c.preview = preview;
    c.previewComplete = m_workspace.isEverythingLoaded();
    c.ask(this, [this] { run(); });
}

void OffboardDialog::run()
{
    m_banner->settle(kOffboardTopic);
    setBusy(true);
    m_runner->setJournal(tr("Offboard %n user(s)", nullptr, m_plan.workCount()));
    m_runner->run(m_writes.steps, {}, m_writes.descriptions);
}

void OffboardDialog::runFinished(bool complete)
{
    setBusy(false);
    const int total = int(m_runner->steps().size());
    const int left = m_runner->leftCount();
    if (complete)
        m_banner->post(MessageBanner::Tone::Success,
                       tr("Offboarded: all %n step(s) done.", nullptr, total), kOffboardTopic);
    else
        m_banner->post(MessageBanner::Tone::Warning,
                       tr("%n step(s) left, each with the reason in the list; offboard them "
                          "again for the rest.",
                          nullptr, left),
                       kOffboardTopic);
    m_offboard->setEnabled(false);
    emit offboarded();
}

void OffboardDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_stop->setEnabled(busy);
    m_offboard->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
}

} // namespace ionos
