#pragma once

#include "models/tableexport.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QSet>

#include <concepts>
#include <functional>
#include <optional>
#include <vector>

namespace ionos {

// A column as a model declares it, once: the key its export uses (the same in every language)
// and its header, marked with QT_TRANSLATE_NOOP in the model's own context and translated when
// shown.
struct TableColumn
{
    const char *key;
    const char *header;
    const char *toolTip = nullptr; // what a short header means
};

// The row storage the list models share: the rows in order, an index from key to row so that
// every lookup is O(1), the rows whose change is in progress, and single changes that emit the
// right signals (rows inserted and removed, dataChanged for just what changed, a reset only for
// a full load). The columns drive columnCount, the headers and the export keys; data() stays
// each model's own.
template <typename Row, typename Key = QString> class KeyedTableModel : public QAbstractTableModel
{
public:
    using KeyOf = std::function<Key(const Row &)>;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= int(m_columns.size()))
            return QAbstractTableModel::headerData(section, orientation, role);
        const TableColumn &column = m_columns[size_t(section)];
        if (role == ExportKeyRole)
            return QString::fromLatin1(column.key);
        if (role == Qt::DisplayRole)
            return QCoreApplication::translate(metaObject()->className(), column.header);
        if (role == Qt::ToolTipRole && column.toolTip)
            return QCoreApplication::translate(metaObject()->className(), column.toolTip);
        return {};
    }

    // A full load: the only change that resets.
    void reset(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows.assign(rows.begin(), rows.end());
        m_rowByKey.clear();
        m_pending.clear();
        reindexFrom(0);
        endResetModel();
    }
    // Adds a row at the end, or updates the row of that key.
    void insert(const Row &row)
    {
        if (rowOf(m_keyOf(row)) >= 0) {
            update(row);
            return;
        }
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.push_back(row);
        m_rowByKey.insert(m_keyOf(row), at);
        endInsertRows();
    }
    // Adds rows at the end in one insertion; rows of keys already there are updated instead.
    void append(const QList<Row> &rows)
    {
        std::vector<Row> fresh;
        QSet<Key> added;
        for (const Row &row : rows) {
            const Key key = m_keyOf(row);
            if (rowOf(key) >= 0)
                update(row);
            else if (!added.contains(key)) {
                added.insert(key);
                fresh.push_back(row);
            }
        }
        if (fresh.empty())
            return;
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at + int(fresh.size()) - 1);
        m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
        reindexFrom(at);
        endInsertRows();
    }
    // A full load over rows already shown, without a reset, so that selections stay: rows of
    // other keys go, changed rows are updated, new ones are added at the end.
    void replaceAll(const QList<Row> &rows)
    {
        QSet<Key> keys;
        for (const Row &row : rows)
            keys.insert(m_keyOf(row));
        QList<Key> gone;
        for (const Row &row : m_rows) {
            if (!keys.contains(m_keyOf(row)))
                gone.append(m_keyOf(row));
        }
        // Many removals one by one would cost more than a reset.
        if (gone.size() > 64) {
            reset(rows);
            return;
        }
        for (const Key &key : gone)
            remove(key);
        QList<Row> fresh;
        for (const Row &row : rows) {
            const int at = rowOf(m_keyOf(row));
            if (at < 0) {
                fresh.append(row);
                continue;
            }
            if constexpr (std::equality_comparable<Row>) {
                if (m_rows[size_t(at)] == row)
                    continue;
            }
            update(row);
        }
        append(fresh);
    }
    void update(const Row &row)
    {
        modify(m_keyOf(row), [&row](Row &stored) { stored = row; });
    }
    void remove(const Key &key)
    {
        const int row = rowOf(key);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        m_rowByKey.remove(key);
        m_pending.remove(key);
        reindexFrom(row);
        endRemoveRows();
    }
    // Marks a row whose change is in progress; its pending roles are reported changed.
    void setPending(const Key &key, bool pending)
    {
        const int row = rowOf(key);
        if (row < 0 || m_pending.contains(key) == pending)
            return;
        if (pending)
            m_pending.insert(key);
        else
            m_pending.remove(key);
        emit dataChanged(index(row, 0), index(row, columnCount() - 1), m_pendingRoles);
    }
    bool isPending(const Key &key) const { return m_pending.contains(key); }

    int rowOf(const Key &key) const { return m_rowByKey.value(key, -1); }
    const Row &rowAt(int row) const { return m_rows.at(size_t(row)); }
    std::optional<Row> find(const Key &key) const
    {
        const int row = rowOf(key);
        return row < 0 ? std::nullopt : std::optional<Row>(m_rows[size_t(row)]);
    }
    QList<Row> allRows() const { return {m_rows.begin(), m_rows.end()}; }

protected:
    KeyedTableModel(std::vector<TableColumn> columns, KeyOf keyOf, QList<int> pendingRoles,
                    QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
        , m_keyOf(std::move(keyOf))
        , m_pendingRoles(std::move(pendingRoles))
    {}

    // Changes the stored row of a key in place and reports the cells of the columns from first
    // to last changed (all of them by default).
    void modify(const Key &key, const std::function<void(Row &)> &change, int first = 0,
                int last = -1)
    {
        const int row = rowOf(key);
        if (row < 0)
            return;
        change(m_rows[size_t(row)]);
        emit dataChanged(index(row, first), index(row, last < 0 ? columnCount() - 1 : last));
    }
    // For data(): the roles every keyed row answers alike: its key (keyRole), whether a change to
    // it is in progress (pendingRole), and italics while one is. Invalid for any other role.
    QVariant rowState(const Key &key, int role, int keyRole, int pendingRole) const
    {
        if (role == keyRole)
            return QVariant::fromValue(key);
        if (role == pendingRole)
            return isPending(key);
        if (role == Qt::FontRole && isPending(key)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    // For data(): the row of a valid index.
    const Row &rowOfIndex(const QModelIndex &index) const { return m_rows[size_t(index.row())]; }

private:
    void reindexFrom(int row)
    {
        for (int r = row; r < int(m_rows.size()); ++r)
            m_rowByKey.insert(m_keyOf(m_rows[size_t(r)]), r);
    }

    std::vector<TableColumn> m_columns;
    KeyOf m_keyOf;
    QList<int> m_pendingRoles;
    std::vector<Row> m_rows;
    QHash<Key, int> m_rowByKey;
    QSet<Key> m_pending;
};

} // namespace ionos
