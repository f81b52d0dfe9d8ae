#include "ui/common/tablecolumns.h"

#include "models/tableexport.h"
#include "ui/common/icons.h"
#include "ui/common/translations.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <utility>

namespace ionos {
namespace {

const char *const kKindsProperty = "ionosColumnKinds";
const char *const kKeyProperty = "ionosColumnsKey";
const char *const kFittedProperty = "ionosColumnsFitted";
// The person set the widths (now or in an earlier session): they are left as they are.
const char *const kPersonSizedProperty = "ionosColumnsPersonSized";
// The console is setting the widths itself.
const char *const kFittingProperty = "ionosColumnsFitting";

// Marks the console's own resizing, so that it is not taken for the person's.
class Fitting
{
public:
    explicit Fitting(QAbstractItemView *view)
        : m_view(view)
    {
        m_view->setProperty(kFittingProperty, true);
    }
    ~Fitting() { m_view->setProperty(kFittingProperty, false); }
    Fitting(const Fitting &) = delete;
    Fitting &operator=(const Fitting &) = delete;

private:
    QAbstractItemView *m_view;
};

// Keeps the widths a person gives the columns. A resize comes in many steps (a drag, a scroll
// bar that comes or goes as a filter changes the rows): they are written once they settle, and
// at the latest when the table goes.
class WidthsKeeper : public QObject
{
public:
    WidthsKeeper(QAbstractItemView *view, QString key)
        : QObject(view)
        , m_key(std::move(key))
    {
        m_settle.setSingleShot(true);
        m_settle.setInterval(400);
        connect(&m_settle, &QTimer::timeout, this, &WidthsKeeper::write);
    }
    ~WidthsKeeper() override { write(); }

    void keep(const QByteArray &state)
    {
        m_pending = state;
        m_settle.start();
    }

private:
    void write()
    {
        if (m_pending.isEmpty())
            return;
        QSettings().setValue(m_key, std::exchange(m_pending, {}));
    }

    QString m_key;
    QByteArray m_pending;
    QTimer m_settle;
};

// A view on a screen not shown yet has no width to share: it is fitted when it is shown.
class FitWhenShown : public QObject
{
public:
    explicit FitWhenShown(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::Show)
            QTimer::singleShot(0, m_view, [view = m_view] {
                if (!TableColumns::fitOnce(view))
                    TableColumns::widenNames(view);
            });
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

QHeaderView *TableColumns::headerOf(const QAbstractItemView *view)
{
    if (auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    return nullptr;
}

int TableColumns::contentWidth(const QAbstractItemView *view, int column)
{
    // A long table is measured by the rows in sight (it widens as more scroll in); a short one,
    // and a tree with its collapsed branches, by every row, so that nothing that comes into
    // sight later, or a row the view has not laid out yet, is cut.
    constexpr int kMeasuredRows = 200;
    auto *tree = qobject_cast<const QTreeView *>(view);
    if (!tree && view->model()->rowCount() > kMeasuredRows)
        return view->sizeHintForColumn(column);
    QStyleOptionViewItem option;
    option.initFrom(view);
    const int small = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
    option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(small, small);
    const bool branches = tree && tree->header()->logicalIndex(tree->treePosition()) == column;
    const QAbstractItemModel *model = view->model();
    int widest = 0;
    QList<std::pair<QModelIndex, int>> parents{{QModelIndex(), 1}};
    while (!parents.isEmpty()) {
        const auto [parent, depth] = parents.takeLast();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, column, parent);
            const int indent = branches ? depth * tree->indentation() : 0;
            widest = std::max(
                widest,
                indent + view->itemDelegateForIndex(index)->sizeHint(option, index).width());
            const QModelIndex first = model->index(row, 0, parent);
            if (model->hasChildren(first))
                parents.append({first, depth + 1});
        }
    }
    return widest;
}

bool TableColumns::followsTheWindow(const QAbstractItemView *view, int logical)
{
    const QHeaderView *header = headerOf(view);
    if (logical == stretchingColumn(view))
        return true;
    if (!header->stretchLastSection())
        return false;
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        const int last = header->logicalIndex(visual);
        if (!header->isSectionHidden(last))
            return last == logical;
    }
    return false;
}

int TableColumns::stretchingColumn(const QAbstractItemView *view)
{
    const QHeaderView *header = headerOf(view);
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->sectionResizeMode(logical) == QHeaderView::Stretch)
            return logical;
    }
    return -1;
}

QList<int> TableColumns::columnsOf(const QAbstractItemView *view, Kind kind)
{
    QList<int> found;
    for (const QVariant &entry : view->property(kKindsProperty).toList()) {
        const QVariantList pair = entry.toList();
        if (Kind(pair.at(1).toInt()) == kind)
            found << pair.at(0).toInt();
    }
    return found;
}

QList<int> TableColumns::namingColumns(const QAbstractItemView *view)
{
    return columnsOf(view, Kind::Name) + columnsOf(view, Kind::Email);
}

QString TableColumns::widthsKey(const QString &settingsKey)
{
    return QStringLiteral("%1/%2").arg(settingsKey, Translations::current());
}

int TableColumns::maximumWidth(Kind kind, const QFontMetrics &metrics)
{
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    switch (kind) {
    case Kind::Name:
        return 24 * em;
    case Kind::Email:
        return 28 * em;
    case Kind::Id:
        return 10 * em;
    case Kind::Boolean:
        return 7 * em;
    case Kind::Date:
        return 15 * em;
    case Kind::Number:
        return 6 * em;
    case Kind::Text:
        return 30 * em;
    case Kind::Label:
        return 20 * em;
    }
    return 20 * em;
}

void TableColumns::install(QAbstractItemView *view, const QList<Column> &columns,
                           const QString &settingsKey)
{
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->setWordWrap(false);
        QHeaderView *rows = table->verticalHeader();
        rows->setSectionResizeMode(QHeaderView::Fixed);
        rows->setDefaultSectionSize(table->fontMetrics().height() + 8);
    } else if (auto *tree = qobject_cast<QTreeView *>(view)) {
        tree->setWordWrap(false);
        tree->setUniformRowHeights(true);
    }
    QHeaderView *header = headerOf(view);
    header->setTextElideMode(Qt::ElideRight);
    // Every table's titles alike: where its cells' text starts.
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    QVariantList kinds;
    bool textStretches = false;
    for (const Column &c : columns) {
        kinds.append(QVariant(QVariantList{c.column, int(c.kind)}));
        if (c.kind == Kind::Boolean)
            view->setItemDelegateForColumn(c.column, new BooleanDelegate(view));
        else if ((c.kind == Kind::Email || c.kind == Kind::Id) &&
                 !view->itemDelegateForColumn(c.column))
            view->setItemDelegateForColumn(c.column, new MiddleElideDelegate(view));
        else if (c.kind == Kind::Number && !view->itemDelegateForColumn(c.column))
            view->setItemDelegateForColumn(c.column, new NumberDelegate(view));
        // The first free text takes what is left, so that names and e-mails keep their width.
        if (c.kind == Kind::Text && !std::exchange(textStretches, true)) {
            header->setStretchLastSection(false);
            header->setSectionResizeMode(c.column, QHeaderView::Stretch);
        }
    }
    view->setProperty(kKindsProperty, kinds);
    view->setProperty(kKeyProperty, settingsKey);
    const QByteArray saved = QSettings().value(widthsKey(settingsKey)).toByteArray();
    const bool restored = !saved.isEmpty() && header->restoreState(saved);
    view->setProperty(kFittedProperty, restored);
    view->setProperty(kPersonSizedProperty, restored);
    new FitWhenShown(view);
    // The first rows decide the first widths; later rows, and rows scrolled into sight, widen
    // a name or an e-mail that would be cut.
    if (QAbstractItemModel *model = view->model()) {
        auto fit = [view] {
            if (!TableColumns::fitOnce(view))
                QTimer::singleShot(0, view, [view] { TableColumns::widenNames(view); });
        };
        QObject::connect(model, &QAbstractItemModel::modelReset, view, fit);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, view, fit);
    }
    // A table measures the rows in sight (a tree measures all of them when it fits).
    if (qobject_cast<QTableView *>(view))
        QObject::connect(view->verticalScrollBar(), &QScrollBar::valueChanged, view,
                         [view] { TableColumns::widenNames(view); });
    auto *keeper = new WidthsKeeper(view, widthsKey(settingsKey));
    QObject::connect(header, &QHeaderView::sectionResized, keeper, [view, keeper](int logical) {
        if (!view->property(kFittedProperty).toBool() || !view->isVisible())
            return;
        // The free text (or the last column) follows the window; any other column the person
        // drags is theirs.
        if (!view->property(kFittingProperty).toBool() && !followsTheWindow(view, logical))
            view->setProperty(kPersonSizedProperty, true);
        keeper->keep(headerOf(view)->saveState());
    });
}

void TableColumns::widenNames(QAbstractItemView *view)
{
    if (!view->property(kFittedProperty).toBool() ||
        view->property(kPersonSizedProperty).toBool() || !view->isVisible() || !view->model())
        return;
    const Fitting fitting(view);
    QHeaderView *header = headerOf(view);
    const int margin = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (const int column : namingColumns(view)) {
        if (header->isSectionHidden(column) || column == stretchingColumn(view))
            continue;
        const int needed = contentWidth(view, column) + margin;
        if (needed > header->sectionSize(column))
            header->resizeSection(column, needed);
    }
}

bool TableColumns::fitOnce(QAbstractItemView *view)
{
    if (view->property(kFittedProperty).toBool() || !view->model() ||
        view->model()->rowCount() == 0 || !view->isVisible())
        return false;
    const Fitting fitting(view);
    QHeaderView *header = headerOf(view);
    const QFontMetrics metrics = view->fontMetrics();
    const int margin = metrics.horizontalAdvance(QLatin1Char('M'));
    // Names and e-mails whole, as the rows on screen need them; the rest up to its kind's most.
    // The free text that stretches takes what is left, but not less than a word or two.
    QList<Column> shown;
    QList<int> wanted; // each shown column's content, header included
    int total = 0;
    const int stretching = stretchingColumn(view);
    for (const QVariant &entry : view->property(kKindsProperty).toList()) {
        const QVariantList pair = entry.toList();
        const Column c{pair.at(0).toInt(), Kind(pair.at(1).toInt())};
        if (header->isSectionHidden(c.column))
            continue;
        const int headerWidth = header->sectionSizeHint(c.column);
        if (c.column == stretching) {
            total += std::max(headerWidth, 8 * margin);
            continue;
        }
        const int content = c.kind == Kind::Boolean ? 0 : contentWidth(view, c.column) + margin;
        const bool naming = c.kind == Kind::Name || c.kind == Kind::Email;
        const int width = std::max(
            headerWidth, naming ? content : std::min(content, maximumWidth(c.kind, metrics)));
        header->resizeSection(c.column, width);
        shown << c;
        wanted << std::max(headerWidth, content);
        // The last section stretched to the window's edge needs only its own width.
        total += followsTheWindow(view, c.column) ? width : header->sectionSize(c.column);
    }
    // Room to spare: labels, dates, numbers and text held at their kind's most grow to their
    // content before the free text takes the rest; ids stay short. Room is kept for the scroll
    // bar that more rows bring.
    const int scrollBar = view->verticalScrollBar()->isVisible()
                              ? 0
                              : view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    int spare = view->viewport()->width() - scrollBar - total;
    for (Kind growing : {Kind::Label, Kind::Date, Kind::Number, Kind::Text}) {
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const int column = shown.at(i).column;
            const int grow = std::min(spare, wanted.at(i) - header->sectionSize(column));
            if (shown.at(i).kind != growing || grow <= 0)
                continue;
            header->resizeSection(column, header->sectionSize(column) + grow);
            spare -= grow;
            total += grow;
        }
    }
    // Too wide for the view: free text, dates, ids, numbers and labels give way first, none
    // below its header; names and e-mails last, and only down to their kind's most.
    int overflow = total - (view->viewport()->width() - scrollBar);
    for (Kind yielding :
         {Kind::Text, Kind::Date, Kind::Id, Kind::Number, Kind::Label, Kind::Name, Kind::Email}) {
        for (const Column &c : std::as_const(shown)) {
            if (overflow <= 0 || c.kind != yielding)
                continue;
            const bool naming = c.kind == Kind::Name || c.kind == Kind::Email;
            const int floor = std::max(header->sectionSizeHint(c.column),
                                       naming ? maximumWidth(c.kind, metrics) : 4 * margin);
            const int take = std::min(overflow, header->sectionSize(c.column) - floor);
            if (take > 0) {
                header->resizeSection(c.column, header->sectionSize(c.column) - take);
                overflow -= take;
            }
        }
    }
    view->setProperty(kFittedProperty, true);
    return true;
}

bool BooleanDelegate::isYes(const QModelIndex &index)
{
    const QVariant typed = index.data(ExportValueRole);
    if (typed.typeId() == QMetaType::Bool)
        return typed.toBool();
    return index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

void BooleanDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text.clear();
    option->features &= ~QStyleOptionViewItem::HasCheckIndicator;
    if (isYes(index)) {
        option->icon = Icons::named(QStringLiteral("check"));
        option->features |= QStyleOptionViewItem::HasDecoration;
    } else {
        option->icon = QIcon();
        option->features &= ~QStyleOptionViewItem::HasDecoration;
    }
    option->decorationAlignment = Qt::AlignCenter;
    option->decorationPosition = QStyleOptionViewItem::Top;
    option->displayAlignment = Qt::AlignCenter;
}

void NumberDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
}

void MiddleElideDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideMiddle;
}

} // namespace ionos
