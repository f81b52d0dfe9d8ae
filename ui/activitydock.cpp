#include "ui/activitydock.h"

#include "models/activity/activitymodel.h"
#include "ui/common/icons.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/tableexporter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMainWindow>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ionos {

ActivityDock::ActivityDock(QWidget *parent)
    : QDockWidget(tr("Activity"), parent)
    , m_toggle(new QToolButton(this))
    , m_content(new QWidget(this))
    , m_table(new QTableView(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_undo(new QPushButton(tr("&Undo…"), this))
{
    setObjectName(QStringLiteral("activityDock"));
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Changes made in this session"));
    m_table->setAccessibleDescription(
        tr("Every change of this session with its time, target, status and the server's message"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The title is the summary and opens or closes the log.
    m_toggle->setObjectName(QStringLiteral("activitySummary"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAccessibleName(tr("Activity"));
    m_toggle->setAccessibleDescription(tr("Opens or closes the log of this session's changes"));
    connect(m_toggle, &QToolButton::toggled, this, &ActivityDock::setExpanded);
    auto *title = new QWidget(this);
    auto *titleLayout = new QHBoxLayout(title);
    titleLayout->setContentsMargins(4, 2, 4, 2);
    titleLayout->addWidget(m_toggle);
    titleLayout->addStretch(1);
    setTitleBarWidget(title);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Try the selected failed change again"));
    m_retry->setEnabled(false);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()
                                         ? m_table->selectionModel()->selectedRows()
                                         : QModelIndexList();
        if (m_model && !rows.isEmpty())
            m_model->retry(rows.first().row());
        updateRetry();
    });
    auto *retryAction = new QAction(tr("&Retry"), m_table);
    connect(retryAction, &QAction::triggered, m_retry, &QPushButton::click);
    m_table->addAction(retryAction);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setToolTip(tr("Put back what the selected bulk change changed, as it was before"));
    m_undo->setAccessibleDescription(m_undo->toolTip());
    m_undo->setEnabled(false);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()
                                         ? m_table->selectionModel()->selectedRows()
                                         : QModelIndexList();
        if (!rows.isEmpty() && rows.first().data(ActivityModel::UndoableRole).toBool())
            emit undoRequested(rows.first().data(ActivityModel::IdRole).toInt());
    });
    auto *undoAction = new QAction(tr("&Undo…"), m_table);
    connect(undoAction, &QAction::triggered, m_undo, &QPushButton::click);
    m_table->addAction(undoAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto statusOf = [](const QModelIndex &index) {
        return ActivityModel::Status(index.data(ActivityModel::StatusRole).toInt());
    };
    auto *status = new IconDelegate(
        [statusOf](const QModelIndex &index) {
            switch (statusOf(index)) {
            case ActivityModel::Status::Done:
                return Icons::done();
            case ActivityModel::Status::Failed:
                return Icons::failed();
            default:
                return Icons::pending();
            }
        },
        m_table);
    status->accentBy([statusOf](const QModelIndex &index) -> std::optional<ColorScheme::Tone> {
        if (statusOf(index) == ActivityModel::Status::Failed)
            return ColorScheme::Tone::Error;
        return std::nullopt;
    });
    m_table->setItemDelegateForColumn(ActivityModel::StatusColumn, status);
    TableExporter::install(m_table, QStringLiteral("activity"));
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_retry);
    layout->addLayout(buttons);
    auto *holder = new QWidget(this);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(m_content);
    setWidget(holder);
    m_content->hide();
    updateSummary();
}

bool ActivityDock::isExpanded() const
{
    return m_toggle->isChecked();
}

void ActivityDock::setExpanded(bool expanded)
{
    if (!expanded && m_content->isVisible() && m_content->height() > 40)
        m_openHeight = height();
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_content->setVisible(expanded);
    if (auto *window = qobject_cast<QMainWindow *>(parentWidget())) {
        const int closed = titleBarWidget()->sizeHint().height();
        window->resizeDocks({this}, {expanded ? m_openHeight : closed}, Qt::Vertical);
    }
}

void ActivityDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    // A restored window layout may have left room for the open log: the summary takes a line.
    QTimer::singleShot(0, this, [this] { setExpanded(isExpanded()); });
}

QString ActivityDock::summary() const
{
    return m_toggle->text();
}

void ActivityDock::updateSummary()
{
    // One pass over the log: how many changes failed and how many are still running.
    const int changes = m_model ? m_model->rowCount() : 0;
    int failed = 0;
    int running = 0;
    for (int row = 0; row < changes; ++row) {
        const auto status =
            ActivityModel::Status(m_model->index(row, 0).data(ActivityModel::StatusRole).toInt());
        failed += status == ActivityModel::Status::Failed;
        running += status != ActivityModel::Status::Done && status != ActivityModel::Status::Failed;
    }
    QString text = tr("Activity: no changes yet");
    if (changes > 0) {
        text = tr("Activity: %n change(s)", nullptr, changes);
        if (failed > 0)
            text += QStringLiteral(", ") + tr("%n failed", nullptr, failed);
        if (running > 0)
            text += QStringLiteral(", ") + tr("%n in progress", nullptr, running);
    }
    m_toggle->setText(text);
    m_toggle->setAccessibleName(text);
    // Something newly failed: the log opens to show it.
    const bool newlyFailed = failed > m_failed;
    m_failed = failed;
    if (newlyFailed && !isExpanded())
        setExpanded(true);
}

void ActivityDock::setModel(ActivityModel *model)
{
    m_model = model;
    m_table->setModel(model);
    if (model) {
        // What changed and to what get their width; the server's message takes the rest.
        using Kind = TableColumns::Kind;
        TableColumns::install(m_table,
                              {{ActivityModel::TimeColumn, Kind::Date},
                               {ActivityModel::ChangeColumn, Kind::Label},
                               {ActivityModel::TargetColumn, Kind::Name},
                               {ActivityModel::RequestColumn, Kind::Id},
                               {ActivityModel::StatusColumn, Kind::Label},
                               {ActivityModel::MessageColumn, Kind::Text}},
                              QStringLiteral("views/activityColumns"));
    }
    m_failed = 0;
    updateSummary();
    if (!model)
        return;
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivityDock::updateRetry);
    connect(model, &QAbstractItemModel::dataChanged, this, &ActivityDock::updateRetry);
    connect(model, &QAbstractItemModel::rowsInserted, m_table,
            [this] { m_table->scrollToBottom(); });
    connect(model, &QAbstractItemModel::dataChanged, this, &ActivityDock::updateSummary);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ActivityDock::updateSummary);
    connect(model, &QAbstractItemModel::modelReset, this, &ActivityDock::updateSummary);
    m_failed = 0;
    updateSummary();
    updateRetry();
}

void ActivityDock::updateRetry()
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    m_retry->setEnabled(!rows.isEmpty() &&
                        rows.first().data(ActivityModel::RetryableRole).toBool());
    m_undo->setEnabled(!rows.isEmpty() && rows.first().data(ActivityModel::UndoableRole).toBool());
}

} // namespace ionos
