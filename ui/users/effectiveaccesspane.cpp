#include "ui/users/effectiveaccesspane.h"

#include "models/access/accessengine.h"
#include "models/access/effectiveaccessmodel.h"
#include "ui/common/sortfilterproxy.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {

EffectiveAccessPane::EffectiveAccessPane(AccessEngine &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new EffectiveAccessModel(this))
    , m_proxy(new SortFilterProxy(EffectiveAccessModel::SortRole, this))
{
    setObjectName(QStringLiteral("effectiveAccessPane"));
    m_summary->setObjectName(QStringLiteral("effectiveAccessSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setToolTip(rulesText());
    m_summary->setAccessibleName(tr("Effective access summary"));
    m_filter->setObjectName(QStringLiteral("effectiveAccessFilter"));
    m_filter->setPlaceholderText(tr("Filter privileges and resources"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the effective access"));

    m_proxy->setSourceModel(m_model);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SortFilterProxy::setFilterText);
    m_table->setObjectName(QStringLiteral("effectiveAccessTable"));
    m_table->setAccessibleName(tr("Effective access"));
    m_table->setAccessibleDescription(
        tr("Every privilege the user holds and every resource they reach, with the groups or "
           "other paths it comes through"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // privileges first, as the engine lists them
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    using Kind = TableColumns::Kind;
    TableColumns::install(m_table,
                          {{EffectiveAccessModel::NameColumn, Kind::Name},
                           {EffectiveAccessModel::TypeColumn, Kind::Label},
                           {EffectiveAccessModel::IdColumn, Kind::Id},
                           {EffectiveAccessModel::ReadColumn, Kind::Boolean},
                           {EffectiveAccessModel::EditColumn, Kind::Boolean},
                           {EffectiveAccessModel::ShareColumn, Kind::Boolean},
                           {EffectiveAccessModel::BlockedColumn, Kind::Boolean},
                           // Takes the room the others leave.
                           {EffectiveAccessModel::ThroughColumn, Kind::Text}},
                          QStringLiteral("views/effectiveAccessColumns"));
    // The tab is about one user: their e-mail on every line would say nothing; the type column
    // tells privileges from resources.
    m_table->setColumnHidden(EffectiveAccessModel::UserColumn, true);
    m_table->setColumnHidden(EffectiveAccessModel::KindColumn, true);
    // Ids and privilege keys are for files and scripts: the exports keep them.
    m_table->setColumnHidden(EffectiveAccessModel::IdColumn, true);
    TableExporter::install(m_table, QStringLiteral("effective-access"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);

    connect(&m_engine, &AccessEngine::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

QString EffectiveAccessPane::rulesText()
{
    return tr("How effective access is worked out:\n"
              "• An administrator holds all 25 privileges and reaches every resource with edit "
              "and share.\n"
              "• Otherwise a user holds a privilege when at least one of their groups grants "
              "it.\n"
              "• A user reaches a resource through each group of theirs that shares it (read; "
              "edit and share as that share says), and as its owner (edit and share).\n"
              "• A resource protected by 2-factor authentication is blocked for a user without "
              "active 2-factor authentication, whatever the path.");
}

void EffectiveAccessPane::showUser(const QString &userId)
{
    if (userId == m_userId && !m_stale)
        return;
    m_userId = userId;
    m_stale = true;
    if (isVisible())
        refresh();
}

void EffectiveAccessPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void EffectiveAccessPane::refresh()
{
    m_stale = false;
    const std::optional<UserAccess> access =
        m_userId.isEmpty() ? std::nullopt : m_engine.current().of(m_userId);
    if (!access) {
        m_model->show({}, m_engine.current());
        m_summary->setText(tr("Select a user to see what they may do, and why."));
        return;
    }
    m_model->show(*access, m_engine.current());
    qsizetype blocked = 0;
    for (const ResourceAccess &r : access->resources)
        blocked += r.blockedBy2fa;
    QString text =
        tr("%1 holds %2 and reaches %3.")
            .arg(access->user.email, tr("%n privilege(s)", "", int(access->privileges.size())),
                 tr("%n resource(s)", "", int(access->resources.size())));
    if (blocked > 0)
        text += QLatin1Char(' ') +
                tr("%n of them are blocked: they are protected by 2-factor authentication, "
                   "which this user has not set up.",
                   "", int(blocked));
    if (!m_engine.isComplete())
        text += QLatin1Char(' ') + tr("Still loading: paths through groups whose members and "
                                      "shares are not in yet are missing.");
    m_summary->setText(text);
}

} // namespace ionos
