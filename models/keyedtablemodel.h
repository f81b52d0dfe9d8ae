#pragma once

#include "models/account/keyedrows.h"
#include "models/tableexport.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QFont>
#include <QList>

#include <functional>
#include <memory>
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

// A table of keyed rows: the rows themselves are a KeyedRows, either the model's own (a table
// computed from something else) or one the account state keeps (users, groups, admins), which the
// model shows and follows change by change. The columns drive columnCount, the headers and the
// export keys; data() stays each model's own.
template <typename Row, typename Key = QString> class KeyedTableModel : public QAbstractTableModel
{
public:
    using Rows = KeyedRows<Row, Key>;
    using KeyOf = typename Rows::KeyOf;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows->size();
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

    bool isPending(const Key &key) const { return m_rows->isPending(key); }
    int rowOf(const Key &key) const { return m_rows->rowOf(key); }
    const Row &rowAt(int row) const { return m_rows->rowAt(row); }
    std::optional<Row> find(const Key &key) const { return m_rows->find(key); }
    QList<Row> allRows() const { return m_rows->all(); }

protected:
    // A table of its own rows, which the model changes itself.
    KeyedTableModel(std::vector<TableColumn> columns, KeyOf keyOf, QList<int> pendingRoles,
                    QObject *parent)
        : KeyedTableModel(std::move(columns), std::make_unique<Rows>(std::move(keyOf)),
                          std::move(pendingRoles), parent)
    {}
    // A table of rows kept elsewhere, which change there.
    KeyedTableModel(std::vector<TableColumn> columns, Rows &rows, QList<int> pendingRoles,
                    QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
        , m_pendingRoles(std::move(pendingRoles))
        , m_rows(&rows)
    {
        follow(rows.notifier());
    }

    // The changes of a model with its own rows (see KeyedRows).
    void reset(const QList<Row> &rows) { m_rows->reset(rows); }
    void insert(const Row &row) { m_rows->insert(row); }
    void append(const QList<Row> &rows) { m_rows->append(rows); }
    void replaceAll(const QList<Row> &rows) { m_rows->replaceAll(rows); }
    void update(const Row &row) { m_rows->update(row); }
    void remove(const Key &key) { m_rows->remove(key); }
    void setPending(const Key &key, bool pending) { m_rows->setPending(key, pending); }
    void modify(const Key &key, const std::function<void(Row &)> &change)
    {
        m_rows->modify(key, change);
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
    const Row &rowOfIndex(const QModelIndex &index) const { return m_rows->rowAt(index.row()); }

private:
    KeyedTableModel(std::vector<TableColumn> columns, std::unique_ptr<Rows> own,
                    QList<int> pendingRoles, QObject *parent)
        : KeyedTableModel(std::move(columns), *own, std::move(pendingRoles), parent)
    {
        m_own = std::move(own);
    }
    void follow(RowsNotifier &notifier)
    {
        connect(&notifier, &RowsNotifier::aboutToReset, this, [this] { beginResetModel(); });
        connect(&notifier, &RowsNotifier::wasReset, this, [this] { endResetModel(); });
        connect(&notifier, &RowsNotifier::aboutToInsert, this,
                [this](int first, int last) { beginInsertRows({}, first, last); });
        connect(&notifier, &RowsNotifier::inserted, this, [this] { endInsertRows(); });
        connect(&notifier, &RowsNotifier::aboutToRemove, this,
                [this](int row) { beginRemoveRows({}, row, row); });
        connect(&notifier, &RowsNotifier::removed, this, [this] { endRemoveRows(); });
        connect(&notifier, &RowsNotifier::changed, this, [this](int row) {
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        });
        connect(&notifier, &RowsNotifier::pendingChanged, this, [this](int row) {
            emit dataChanged(index(row, 0), index(row, columnCount() - 1), m_pendingRoles);
        });
    }

    std::vector<TableColumn> m_columns;
    QList<int> m_pendingRoles;
    Rows *m_rows;
    std::unique_ptr<Rows> m_own;
};

} // namespace ionos
