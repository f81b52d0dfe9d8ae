#pragma once

#include <QSortFilterProxyModel>

namespace ionos {

// An instant, case-insensitive filter over every column, sorting by the models' raw values.
// Big tables name the columns a person searches (setTextColumns): then a keystroke looks at
// their text alone instead of formatting every cell of every row again.
class SortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SortFilterProxy(int sortRole, QObject *parent = nullptr)
        : QSortFilterProxyModel(parent)
    {
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setFilterKeyColumn(-1);
        setSortRole(sortRole);
        setSortCaseSensitivity(Qt::CaseInsensitive);
    }

    void setTextColumns(QList<int> columns) { m_textColumns = std::move(columns); }
    // The text a row must contain in one of the columns (all of them without text columns).
    void setFilterText(const QString &text)
    {
        if (m_textColumns.isEmpty()) {
            setFilterFixedString(text);
            return;
        }
        m_text = text;
        // One pass over the rows, sorted with each row's key read once: a keystroke that adds or
        // removes thousands of scattered rows would otherwise move them one range at a time.
        cacheSortKeys();
        invalidate();
        rowCount(); // maps the rows while the keys are at hand
        m_sortKeys.clear();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_textColumns.isEmpty())
            return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
        if (m_text.isEmpty())
            return true;
        for (const int column : m_textColumns) {
            const QString text =
                sourceModel()->index(sourceRow, column, sourceParent).data().toString();
            if (text.contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (m_sortKeys.isEmpty() || left.column() != sortColumn() || left.parent().isValid())
            return QSortFilterProxyModel::lessThan(left, right);
        const QVariant &l = m_sortKeys.at(left.row());
        const QVariant &r = m_sortKeys.at(right.row());
        if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString)
            return QString::compare(l.toString(), r.toString(), Qt::CaseSensitive) < 0; // folded
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    }

private:
    void cacheSortKeys()
    {
        m_sortKeys.clear();
        const QAbstractItemModel *source = sourceModel();
        if (!source || sortColumn() < 0 || source->columnCount() <= sortColumn())
            return;
        const int rows = source->rowCount();
        m_sortKeys.reserve(rows);
        const bool fold = sortCaseSensitivity() == Qt::CaseInsensitive;
        for (int row = 0; row < rows; ++row) {
            const QVariant key = source->index(row, sortColumn()).data(sortRole());
            // Text folded once here rather than at every comparison.
            m_sortKeys.append(fold && key.userType() == QMetaType::QString
                                  ? QVariant(key.toString().toCaseFolded())
                                  : key);
        }
    }

    QList<int> m_textColumns;
    QString m_text;
    QList<QVariant> m_sortKeys; // of the sort column by source row, while the filter changes
};

} // namespace ionos
