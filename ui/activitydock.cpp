#include "ui/activitydock.h"

#include "models/activity/activitymodel.h"
#include "ui/common/icons.h"
#include "ui/common/tableexporter.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {

ActivityDock::ActivityDock(QWidget *parent)
    : QDockWidget(tr("Activity"), parent)
    , m_table(new QTableView(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("activityDock"));
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Changes made in this session"));
    m_table->setAccessibleDescription(
        tr("Every change of this session with its time, target, status and the server's message"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
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
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setItemDelegateForColumn(
        ActivityModel::StatusColumn,
        new IconDelegate(
            [](const QModelIndex &index) {
                switch (ActivityModel::Status(index.data(ActivityModel::StatusRole).toInt())) {
                case ActivityModel::Status::Done:
                    return Icons::done();
                case ActivityModel::Status::Failed:
                    return Icons::failed();
                default:
                    return Icons::pending();
                }
            },
            m_table));
    TableExporter::install(m_table, QStringLiteral("activity"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_retry, 0, Qt::AlignRight);
    setWidget(content);
}

void ActivityDock::setModel(ActivityModel *model)
{
    m_model = model;
    m_table->setModel(model);
    if (!model)
        return;
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivityDock::updateRetry);
    connect(model, &QAbstractItemModel::dataChanged, this, &ActivityDock::updateRetry);
    connect(model, &QAbstractItemModel::rowsInserted, m_table,
            [this] { m_table->scrollToBottom(); });
    updateRetry();
}

void ActivityDock::updateRetry()
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    m_retry->setEnabled(!rows.isEmpty() &&
                        rows.first().data(ActivityModel::RetryableRole).toBool());
}

} // namespace ionos
