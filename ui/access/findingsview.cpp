#include "ui/access/findingsview.h"

#include "models/access/accessengine.h"
#include "models/access/findingsmodel.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/membershipcontroller.h"
#include "models/groups/sharescontroller.h"
#include "models/users/userscontroller.h"
#include "models/workspace.h"
#include "network/offthread.h"
#include "ui/common/confirmation.h"
#include "ui/common/messagebanner.h"
#include "ui/common/sortfilterproxy.h"
#include "ui/common/tableactions.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"

#include <QAction>
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
    , m_days(new QSpinBox(this))
    , m_table(new QTableView(this))
    , m_model(new FindingsModel(this))
    , m_proxy(new SortFilterProxy(FindingsModel::SortRole, this))
    , m_fix(new QAction(tr("Fix…"), this))
    , m_dismiss(new QAction(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("findingsView"));
    m_banner->setObjectName(QStringLiteral("findingsBanner"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("findingsFilter"));
    m_filter->setPlaceholderText(tr("Filter findings"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter findings"));
    m_days->setObjectName(QStringLiteral("inactiveDays"));
    m_days->setRange(1, 3650);
    m_days->setValue(90);
    m_days->setPrefix(tr("Inactive after "));
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days without sign-in after which a user counts as inactive"));
    m_days->setToolTip(m_days->accessibleName());

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
                          {{FindingsModel::SeverityColumn, Kind::Name},
                           {FindingsModel::RuleColumn, Kind::Name},
                           {FindingsModel::SubjectColumn, Kind::Email},
                           {FindingsModel::DetailColumn, Kind::Text},
                           {FindingsModel::UserColumn, Kind::Id},
                           {FindingsModel::GroupColumn, Kind::Id},
                           {FindingsModel::ResourceColumn, Kind::Id}},
                          QStringLiteral("views/findingsColumns"));
    // The ids are for files and scripts; people read the subject.
    for (int column :
         {FindingsModel::UserColumn, FindingsModel::GroupColumn, FindingsModel::ResourceColumn})
        m_table->setColumnHidden(column, true);
    TableExporter::install(m_table, QStringLiteral("findings"));

    m_fix->setObjectName(QStringLiteral("fixAction"));
    m_dismiss->setObjectName(QStringLiteral("dismissAction"));
    m_dismiss->setShortcut(QKeySequence::Delete);
    m_dismiss->setShortcutContext(Qt::WidgetShortcut);
    m_dismiss->setToolTip(tr("Hide the selected findings until the next sign-in"));
    connect(m_fix, &QAction::triggered, this, &FindingsView::fix);
    connect(m_dismiss, &QAction::triggered, this, &FindingsView::dismiss);
    connect(m_table, &QTableView::doubleClicked, m_fix, &QAction::trigger);
    m_table->addAction(m_fix);
    m_table->addAction(m_dismiss);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_days);
    bar->addWidget(actionButton(m_fix, "fixButton", this));
    bar->addWidget(actionButton(m_dismiss, "dismissButton", this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_days, &QSpinBox::valueChanged, this, &FindingsView::refresh);
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
    FindingsRules::Options options;
    options.inactiveDays = m_days->value();
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

void FindingsView::present(const QList<Finding> &found)
{
    m_found = found;
    QList<Finding> shown;
    int counts[4] = {0, 0, 0, 0};
    for (const Finding &f : found) {
        if (m_dismissed.contains(f.key()))
            continue;
        ++counts[int(f.severity)];
        shown << f;
    }
    m_model->show(shown);
    QString text = shown.isEmpty()
                       ? tr("Nothing risky found.")
                       : tr("%n finding(s): %1 high, %2 medium, %3 low, %4 for information.", "",
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
    const QString text = selected.size() == 1 ? fixText(selected.first().rule) : QString();
    m_fix->setEnabled(!text.isEmpty());
    m_fix->setText(text.isEmpty() ? tr("Fix…") : text);
    m_fix->setToolTip(selected.size() == 1 && text.isEmpty()
                          ? tr("This finding has no fix the console can make; it needs a "
                               "person's judgement.")
                          : tr("Fix the selected finding, after a confirmation"));
}

QString FindingsView::fixText(const QString &rule)
{
    if (rule == QStringLiteral("admin-without-2fa"))
        return tr("Require 2FA…");
    if (rule == QStringLiteral("2fa-not-set-up") || rule == QStringLiteral("inactive-with-access"))
        return tr("Deactivate User…");
    if (rule == QStringLiteral("deactivated-member"))
        return tr("Remove from Groups…");
    if (rule == QStringLiteral("group-without-members") || rule == QStringLiteral("empty-group"))
        return tr("Delete Group…");
    if (rule == QStringLiteral("reshare-grant") || rule == QStringLiteral("protected-unreachable"))
        return tr("Stop Sharing…");
    return {};
}

void FindingsView::tellSent(const QString &text)
{
    m_banner->show(MessageBanner::Tone::Info, text, kFixTopic);
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
    if (selected.size() != 1 || fixText(selected.first().rule).isEmpty())
        return;
    const Finding f = selected.first();
    const EffectiveAccess &access = m_workspace.accessEngine().current();
    Confirmation c;
    c.objectName = QStringLiteral("confirmFix");
    c.names = {f.subject};
    std::function<void()> change;
    // Copies: the engine is made anew when anything changes while the question is open.
    const std::optional<User> user =
        access.user(f.userId) ? std::optional<User>(*access.user(f.userId)) : std::nullopt;
    auto updateUser = [this](const User &u, UserDraft draft, const QString &done) {
        m_workspace.usersController().update(
            u.id, draft, this, [this, done](const Result<User> &r) {
                if (r.ok())
                    m_banner->show(MessageBanner::Tone::Success, done, kFixTopic);
                else
                    m_banner->showError(tr("The fix could not be made."), r.error(), kFixTopic);
            });
    };
    if (f.rule == QStringLiteral("admin-without-2fa") && user) {
        c.title = tr("Require 2-Factor Authentication");
        c.question = tr("Require 2-factor authentication for this administrator?");
        c.consequence = tr("They must set it up before they can sign in again.");
        c.undo = tr("Clear \"Needs 2FA\" in the user's properties.");
        c.confirmText = tr("Require 2FA");
        UserDraft draft = UserDraft::of(*user);
        draft.forceSecAuth = true;
        change = [=, u = *user] {
            updateUser(u, draft,
                       tr("2-factor authentication is now required for %1.").arg(u.email));
        };
    } else if (user && (f.rule == QStringLiteral("2fa-not-set-up") ||
                        f.rule == QStringLiteral("inactive-with-access"))) {
        c.title = tr("Deactivate User");
        c.question = tr("Deactivate this user?");
        c.consequence = tr("They can no longer sign in; their groups and resources stay.");
        c.undo = tr("Tick \"Active\" in the user's properties.");
        c.confirmText = tr("Deactivate");
        UserDraft draft = UserDraft::of(*user);
        draft.active = false;
        change = [=, u = *user] { updateUser(u, draft, tr("%1 is deactivated.").arg(u.email)); };
    } else if (user && f.rule == QStringLiteral("deactivated-member")) {
        const QStringList groups = access.groupsOf(user->id);
        c.title = tr("Remove from Groups");
        c.question = tr("Remove this user from their %n group(s)?", "", int(groups.size()));
        c.consequence = tr("They lose what those groups grant.");
        c.undo = tr("Add them to the groups again.");
        c.confirmText = tr("Remove");
        WhatIf preview = m_workspace.accessEngine().whatIf();
        for (const QString &groupId : groups)
            preview.removeMembers(groupId, {user->id});
        c.preview = preview;
        change = [this, groups, u = *user] {
            for (const QString &groupId : groups)
                m_workspace.membership().remove(groupId, {u});
            tellSent(
                tr("Removing %1 from their groups; the Activity log shows each.").arg(u.email));
        };
    } else if (!f.groupId.isEmpty() && f.resourceId.isEmpty()) {
        c.title = tr("Delete Group");
        c.question = tr("Delete this group?");
        c.consequence = tr("The group is deleted with its privileges and shares; nobody is in it.");
        c.confirmText = tr("Delete");
        c.preview = m_workspace.accessEngine().whatIf().deleteGroups({f.groupId});
        change = [this, groupId = f.groupId] {
            m_workspace.groupsController().remove({groupId});
            tellSent(tr("Deleting the group; the Activity log shows how it ends."));
        };
    } else if (!f.resourceId.isEmpty()) {
        // A re-share grant names its group; an unreachable resource is unshared from all.
        QStringList groups;
        if (!f.groupId.isEmpty()) {
            groups << f.groupId;
        } else {
            for (auto it = access.facts().shares.constBegin();
                 it != access.facts().shares.constEnd(); ++it) {
                for (const GroupShare &s : it.value())
                    if (s.resourceId == f.resourceId)
                        groups << it.key();
            }
        }
        c.title = tr("Stop Sharing");
        c.question = tr("Stop sharing this resource with %n group(s)?", "", int(groups.size()));
        c.consequence = tr("Their members lose the access the share gave.");
        c.undo = tr("Share it again from the group's Shares tab.");
        c.confirmText = tr("Stop Sharing");
        WhatIf preview = m_workspace.accessEngine().whatIf();
        for (const QString &groupId : groups)
            preview.removeShares(groupId, {f.resourceId});
        c.preview = preview;
        change = [this, groups, resourceId = f.resourceId] {
            for (const QString &groupId : groups)
                m_workspace.shares().remove(groupId, {resourceId});
            tellSent(tr("Stopping the share; the Activity log shows how it ends."));
        };
    }
    c.previewComplete = m_workspace.accessEngine().isComplete();
    if (change)
        c.ask(this, change);
}

} // namespace ionos
