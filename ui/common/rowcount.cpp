#include "ui/common/rowcount.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>

namespace ionos {

RowCount::RowCount(QAbstractItemModel *shown, QAbstractItemModel *all,
                   std::function<QString(int)> noun, QWidget *parent)
    : QLabel(parent)
    , m_shown(shown)
    , m_all(all)
    , m_noun(std::move(noun))
{
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    follow(shown);
    if (all != shown)
        follow(all);
    update();
}

void RowCount::follow(QAbstractItemModel *model)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &RowCount::update);
    connect(model, &QAbstractItemModel::modelReset, this, &RowCount::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &RowCount::update);
}

void RowCount::setCountsChildren(bool children)
{
    m_children = children;
    update();
}

int RowCount::rows(const QAbstractItemModel *model) const
{
    if (!model)
        return 0;
    const int top = model->rowCount();
    if (!m_children)
        return top;
    int count = 0;
    for (int row = 0; row < top; ++row)
        count += model->rowCount(model->index(row, 0));
    return count;
}

int RowCount::shownRows() const
{
    return rows(m_shown);
}

int RowCount::allRows() const
{
    return rows(m_all);
}

void RowCount::update()
{
    const int shown = shownRows();
    const int all = allRows();
    const QString text =
        shown == all ? m_noun(all) : tr("%1 of %2 shown").arg(shown).arg(m_noun(all));
    setText(text);
    setAccessibleName(text);
}

QHBoxLayout *RowCount::beside(QWidget *filter, RowCount *count)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(filter, 1);
    row->addWidget(count);
    return row;
}

} // namespace ionos
