#pragma once

#include "models/account/rowsnotifier.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <concepts>
#include <functional>
#include <optional>

namespace ionos {

// Rows of one kind in order, with an index from key to row so that every lookup is O(1), the
// keys whose change is in progress, and single changes that say what they change through the
// notifier (rows inserted and removed, one row changed, a reset only for a full load). The
// account state keeps its lists in these and the tables show them; the rows are an implicitly
// shared list, so a copy for effective access or a snapshot costs nothing until one changes.
template <typename Row, typename Key = QString> class KeyedRows
{
public:
    using KeyOf = std::function<Key(const Row &)>;

    explicit KeyedRows(KeyOf keyOf)
        : m_keyOf(std::move(keyOf))
    {}
    KeyedRows(const KeyedRows &) = delete;
    KeyedRows &operator=(const KeyedRows &) = delete;

    RowsNotifier &notifier() { return m_notifier; }
    const RowsNotifier &notifier() const { return m_notifier; }

    // A full load: the only change that resets.
    void reset(const QList<Row> &rows)
    {
        emit m_notifier.aboutToReset();
        m_rows = rows;
        m_rowByKey.clear();
        m_pending.clear();
        reindexFrom(0);
        emit m_notifier.wasReset();
    }
    // Adds a row at the end, or updates the row of that key.
    void insert(const Row &row)
    {
        if (rowOf(m_keyOf(row)) >= 0) {
            update(row);
            return;
        }
        const int at = int(m_rows.size());
        emit m_notifier.aboutToInsert(at, at);
        m_rows.append(row);
        m_rowByKey.insert(m_keyOf(row), at);
        emit m_notifier.inserted();
    }
    // Adds rows at the end in one insertion; rows of keys already there are updated instead.
    void append(const QList<Row> &rows)
    {
        QList<Row> fresh;
        QSet<Key> added;
        for (const Row &row : rows) {
            const Key key = m_keyOf(row);
            if (rowOf(key) >= 0)
                update(row);
            else if (!added.contains(key)) {
                added.insert(key);
                fresh.append(row);
            }
        }
        if (fresh.isEmpty())
            return;
        const int at = int(m_rows.size());
        emit m_notifier.aboutToInsert(at, at + int(fresh.size()) - 1);
        m_rows.append(fresh);
        reindexFrom(at);
        emit m_notifier.inserted();
    }
    // A full load over rows already shown, without a reset, so that selections stay: rows of
    // other keys go, changed rows are updated, new ones are added at the end.
    void replaceAll(const QList<Row> &rows)
    {
        QSet<Key> keys;
        for (const Row &row : rows)
            keys.insert(m_keyOf(row));
        QList<Key> gone;
        for (const Row &row : std::as_const(m_rows)) {
            if (!keys.contains(m_keyOf(row)))
                gone.append(m_keyOf(row));
        }
        // Many removals one by one would cost more than a reset.
        if (gone.size() > 64) {
            reset(rows);
            return;
        }
        for (const Key &key : std::as_const(gone))
            remove(key);
        QList<Row> fresh;
        for (const Row &row : rows) {
            const int at = rowOf(m_keyOf(row));
            if (at < 0) {
                fresh.append(row);
                continue;
            }
            if constexpr (std::equality_comparable<Row>) {
                if (m_rows.at(at) == row)
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
    // Changes the stored row of a key in place.
    void modify(const Key &key, const std::function<void(Row &)> &change)
    {
        const int row = rowOf(key);
        if (row < 0)
            return;
        change(m_rows[row]);
        emit m_notifier.changed(row);
    }
    void remove(const Key &key)
    {
        const int row = rowOf(key);
        if (row < 0)
            return;
        emit m_notifier.aboutToRemove(row);
        m_rows.removeAt(row);
        m_rowByKey.remove(key);
        m_pending.remove(key);
        reindexFrom(row);
        emit m_notifier.removed();
    }
    // The rows that match go and these come at the end, as one reset (a list loaded again in
    // part, such as the resources of one type).
    void replaceWhere(const std::function<bool(const Row &)> &match, const QList<Row> &rows)
    {
        QList<Row> kept;
        kept.reserve(m_rows.size());
        for (const Row &row : std::as_const(m_rows)) {
            if (!match(row))
                kept.append(row);
        }
        kept.append(rows);
        reset(kept);
    }
    // Marks a row whose change is in progress.
    void setPending(const Key &key, bool pending)
    {
        const int row = rowOf(key);
        if (row < 0 || m_pending.contains(key) == pending)
            return;
        if (pending)
            m_pending.insert(key);
        else
            m_pending.remove(key);
        emit m_notifier.pendingChanged(row);
    }
    bool isPending(const Key &key) const { return m_pending.contains(key); }

    int size() const { return int(m_rows.size()); }
    int rowOf(const Key &key) const { return m_rowByKey.value(key, -1); }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    std::optional<Row> find(const Key &key) const
    {
        const int row = rowOf(key);
        return row < 0 ? std::nullopt : std::optional<Row>(m_rows.at(row));
    }
    // All rows, shared: no copy is made until the rows or the copy change.
    const QList<Row> &all() const { return m_rows; }
    Key keyOf(const Row &row) const { return m_keyOf(row); }

private:
    void reindexFrom(int row)
    {
        for (int r = row; r < int(m_rows.size()); ++r)
            m_rowByKey.insert(m_keyOf(m_rows.at(r)), r);
    }

    KeyOf m_keyOf;
    RowsNotifier m_notifier;
    QList<Row> m_rows;
    QHash<Key, int> m_rowByKey;
    QSet<Key> m_pending;
};

} // namespace ionos
