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

#include <utility>

namespace ionos {
namespace {

const char *const kKindsProperty = "ionosColumnKinds";
const char *const kKeyProperty = "ionosColumnsKey";
const char *const kFittedProperty = "ionosColumnsFitted";

// Keeps the widths a person gives the columns. A resize comes in many steps (a drag, a scroll
// bar that comes or goes as a filter changes the rows): they are written once they settle, and
// at the latest when the table goes.
class WidthsKeeper : public QObject
{
public:
    WidthsKeeper(QTableView *table, QString key)
        : QObject(table)
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

// A table on a screen not shown yet has no width to share: it is fitted when it is shown.
class FitWhenShown : public QObject
{
public:
    explicit FitWhenShown(QTableView *table)
        : QObject(table)
        , m_table(table)
    {
        table->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table && event->type() == QEvent::Show)
            QTimer::singleShot(0, m_table, [table = m_table] { TableColumns::fitOnce(table); });
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
};

} // namespace

int TableColumns::stretchingColumn(const QTableView *table)
{
    const QHeaderView *header = table->horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->sectionResizeMode(logical) == QHeaderView::Stretch)
            return logical;
    }
    return -1;
}

QList<int> TableColumns::columnsOf(const QTableView *table, Kind kind)
{
    QList<int> found;
    for (const QVariant &entry : table->property(kKindsProperty).toList()) {
        const QVariantList pair = entry.toList();
        if (Kind(pair.at(1).toInt()) == kind)
            found << pair.at(0).toInt();
    }
    return found;
}

QList<int> TableColumns::namingColumns(const QTableView *table)
{
    return columnsOf(table, Kind::Name) + columnsOf(table, Kind::Email);
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

void TableColumns::install(QTableView *table, const QList<Column> &columns,
                           const QString &settingsKey)
{
    table->setWordWrap(false);
    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setTextElideMode(Qt::ElideRight);
    // Every table's titles alike: where its cells' text starts.
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    QVariantList kinds;
    bool textStretches = false;
    for (const Column &c : columns) {
        kinds.append(QVariant(QVariantList{c.column, int(c.kind)}));
        if (c.kind == Kind::Boolean)
            table->setItemDelegateForColumn(c.column, new BooleanDelegate(table));
        else if ((c.kind == Kind::Email || c.kind == Kind::Id) &&
                 !table->itemDelegateForColumn(c.column))
            table->setItemDelegateForColumn(c.column, new MiddleElideDelegate(table));
        else if (c.kind == Kind::Number && !table->itemDelegateForColumn(c.column))
            table->setItemDelegateForColumn(c.column, new NumberDelegate(table));
        // The first free text takes what is left, so that names and e-mails keep their width.
        if (c.kind == Kind::Text && !std::exchange(textStretches, true)) {
            header->setStretchLastSection(false);
            header->setSectionResizeMode(c.column, QHeaderView::Stretch);
        }
    }
    table->setProperty(kKindsProperty, kinds);
    table->setProperty(kKeyProperty, settingsKey);
    const QByteArray saved = QSettings().value(widthsKey(settingsKey)).toByteArray();
    table->setProperty(kFittedProperty, !saved.isEmpty() && header->restoreState(saved));
    new FitWhenShown(table);
    // The first rows decide the first widths.
    if (QAbstractItemModel *model = table->model()) {
        auto fit = [table] { TableColumns::fitOnce(table); };
        QObject::connect(model, &QAbstractItemModel::modelReset, table, fit);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, table, fit);
    }
    auto *keeper = new WidthsKeeper(table, widthsKey(settingsKey));
    QObject::connect(header, &QHeaderView::sectionResized, keeper, [table, keeper] {
        if (table->property(kFittedProperty).toBool() && table->isVisible())
            keeper->keep(table->horizontalHeader()->saveState());
    });
}

bool TableColumns::fitOnce(QTableView *table)
{
    if (table->property(kFittedProperty).toBool() || !table->model() ||
        table->model()->rowCount() == 0 || !table->isVisible())
        return false;
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics = table->fontMetrics();
    const int margin = metrics.horizontalAdvance(QLatin1Char('M'));
    // Names and e-mails whole, as the rows on screen need them; the rest up to its kind's most.
    // The free text that stretches takes what is left, but not less than a word or two.
    QList<Column> shown;
    int total = 0;
    const int stretching = stretchingColumn(table);
    for (const QVariant &entry : table->property(kKindsProperty).toList()) {
        const QVariantList pair = entry.toList();
        const Column c{pair.at(0).toInt(), Kind(pair.at(1).toInt())};
        if (header->isSectionHidden(c.column))
            continue;
        const int headerWidth = header->sectionSizeHint(c.column);
        if (c.column == stretching) {
            total += std::max(headerWidth, 8 * margin);
            continue;
        }
        const int content =
            c.kind == Kind::Boolean
                ? 0
                : static_cast<QAbstractItemView *>(table)->sizeHintForColumn(c.column) + margin;
        const bool naming = c.kind == Kind::Name || c.kind == Kind::Email;
        header->resizeSection(
            c.column,
            std::max(headerWidth,
                     naming ? content : std::min(content, maximumWidth(c.kind, metrics))));
        shown << c;
        total += header->sectionSize(c.column);
    }
    // Too wide for the view: free text, dates, ids, numbers and labels give way first, none
    // below its header; names and e-mails last, and only down to their kind's most.
    // Room for the scroll bar that more rows bring.
    const int scrollBar = table->verticalScrollBar()->isVisible()
                              ? 0
                              : table->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    int overflow = total - (table->viewport()->width() - scrollBar);
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
    table->setProperty(kFittedProperty, true);
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
