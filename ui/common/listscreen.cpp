#include "ui/common/listscreen.h"

#include "models/access/accessengine.h"
#include "models/account/resourcetypes.h"
#include "models/workspace.h"
#include "ui/common/confirmation.h"
#include "ui/common/icons.h"
#include "ui/common/messagebanner.h"
#include "ui/common/rowcount.h"
#include "ui/common/sortfilterproxy.h"
#include "ui/common/tableactions.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ionos {

ListScreen::ListScreen(Workspace &workspace, const QString &name, int sortRole, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_name(name)
    , m_banner(new MessageBanner(this))
    , m_filter(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_proxy(new SortFilterProxy(sortRole, this))
    , m_details(new QTabWidget(this))
{
    setObjectName(name + QStringLiteral("View"));
    m_banner->setObjectName(name + QStringLiteral("Banner"));
    m_filter->setObjectName(name + QStringLiteral("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_progress->setObjectName(name + QStringLiteral("Progress"));
    m_progress->hide();
    m_table->setObjectName(name + QStringLiteral("Table"));
}

void ListScreen::arrange(const Words &words, int sortColumn, RowCount *count,
                         const QList<int> &sizes, std::function<void()> create,
                         std::function<void()> edit, std::function<void()> remove)
{
    m_filter->setPlaceholderText(words.filterPlaceholder);
    m_filter->setAccessibleName(words.filterName);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(sortColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Not edited in place: F2 and Enter open the dialog instead.
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();

    const TableActions actions =
        TableActions::install(this, m_table, m_filter, words.newText, words.editText, words.item);
    m_new = actions.create;
    m_edit = actions.edit;
    m_delete = actions.remove;
    connect(m_new, &QAction::triggered, this, create);
    connect(m_edit, &QAction::triggered, this, edit);
    connect(m_delete, &QAction::triggered, this, remove);
    connect(m_table, &QTableView::doubleClicked, this, edit);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(m_name + QStringLiteral("Splitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    count->setObjectName(m_name + QStringLiteral("Count"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(RowCount::beside(m_filter, count));
    layout->addWidget(m_progress);
    layout->addWidget(m_splitter, 1);
    const QString key = QStringLiteral("views/") + m_splitter->objectName();
    if (!m_splitter->restoreState(QSettings().value(key).toByteArray()))
        m_splitter->setSizes(sizes);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this, key] { QSettings().setValue(key, m_splitter->saveState()); });
}

void ListScreen::showLoadFailure(const QString &failed, const ApiError &error)
{
    m_banner->showError(failed, error, kLoadTopic);
}

void ListScreen::settleLoad()
{
    m_banner->settle(kLoadTopic);
}

void ListScreen::confirmDeletion(Confirmation confirmation, WhatIf preview,
                                 std::function<void()> remove)
{
    QString name = m_name;
    name[0] = name[0].toUpper();
    confirmation.objectName = QStringLiteral("delete%1Confirmation").arg(name);
    confirmation.confirmText = tr("Delete");
    confirmation.preview = std::move(preview);
    confirmation.previewComplete = m_workspace.accessEngine().isComplete();
    confirmation.ask(this, std::move(remove));
}

void ListScreen::showDeleted(const QList<ItemResult> &results,
                             const std::function<QString(int)> &done, const QString &partly)
{
    const BulkSummary summary = BulkSummary::of(results);
    m_banner->showSummary(summary, done(summary.done), partly);
}

void ListScreen::showResources(QListWidget *list, const Result<QList<Resource>> &result,
                               const QString &none)
{
    showAnswer(list, result, none, [](const Resource &res) {
        // The type as a person reads it, with its icon; the id when it has no name.
        auto *item = new QListWidgetItem(
            Icons::resourceType(res.type),
            ResourceTypes::nameWithType(res.name.isEmpty() ? res.id : res.name, res.type));
        item->setToolTip(res.id);
        return item;
    });
}

void ListScreen::clearWith(QListWidget *list, const QString &text)
{
    list->clear();
    if (!text.isEmpty())
        list->addItem(text);
}

void ListScreen::addItem(QListWidget *list, QListWidgetItem *item)
{
    list->addItem(item);
}

void ListScreen::addItem(QListWidget *list, const QString &text)
{
    list->addItem(text);
}

} // namespace ionos
