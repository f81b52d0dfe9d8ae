#pragma once

#include <QSortFilterProxyModel>

class QTimer;

namespace ionos {

// An instant, case-insensitive filter over every column, sorting by the models' raw values.
// Big tables name the columns a person searches (setTextColumns): then each row's searched text
// and sort key are read once and kept up to date with the model, and a keystroke compares them
// instead of reading and folding every cell of every row again.
class SortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SortFilterProxy(int sortRole, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setTextColumns(QList<int> columns);
    // The text a row must contain in one of the columns (all of them without text columns).
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void followSource(QAbstractItemModel *source);
    void forgetKeys();
    void readKeys();
    void readRows(int first, int last);
    QString searchTextOf(int row) const;
    QVariant sortKeyOf(int row) const;
    bool keyLessThan(int left, int right) const;
    void rankLater();
    void rank();

    QList<int> m_textColumns;
    QString m_text;
    QString m_foldedText;
    // Per source row, valid while m_keysRead: the searched columns' text, folded and joined,
    // and the sort column's value (text folded). Only a keystroke reads them: while the model
    // changes, its signals reach the proxy's own handling before they reach these.
    QList<QString> m_searchText;
    QList<QVariant> m_sortKeys;
    // Each row's place among all rows by its sort key, while m_ranked: a keystroke that shows
    // thousands of rows sorts them comparing two numbers. Ranked once the rows settle.
    QList<int> m_ranks;
    bool m_ranked = false;
    QTimer *m_rankLater;
    bool m_keysRead = false;
    bool m_readScheduled = false;
    int m_keysColumn = -1;
    bool m_inKeystroke = false;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace ionos
