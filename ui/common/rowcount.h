#pragma once

#include <QLabel>
#include <QPointer>

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;

namespace ionos {

// The count of a list beside its filter: "248 users", or "11 of 248 users shown" while a filter
// hides some; kept as rows come and go. A tree counts the rows under its top level.
class RowCount : public QLabel
{
    Q_OBJECT

public:
    // noun: the count in words, e.g. tr("%n user(s)", nullptr, n).
    RowCount(QAbstractItemModel *shown, QAbstractItemModel *all, std::function<QString(int)> noun,
             QWidget *parent);

    void setCountsChildren(bool children);
    int shownRows() const;
    int allRows() const;
    // The filter and the count in one row.
    static QHBoxLayout *beside(QWidget *filter, RowCount *count);

private:
    void update();
    int rows(const QAbstractItemModel *model) const;
    void follow(QAbstractItemModel *model);

    QPointer<QAbstractItemModel> m_shown;
    QPointer<QAbstractItemModel> m_all;
    std::function<QString(int)> m_noun;
    bool m_children = false;
};

} // namespace ionos
