#include "ui/common/sortfilterproxy.h"

#include <QScopedValueRollback>
#include <QTimer>

#include <numeric>

namespace ionos {

SortFilterProxy::SortFilterProxy(int sortRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_rankLater(new QTimer(this))
{
    // Rows arrive in pages while a list loads: ranked once, after the last of them.
    m_rankLater->setSingleShot(true);
    m_rankLater->setInterval(250);
    connect(m_rankLater, &QTimer::timeout, this, &SortFilterProxy::rank);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortRole(sortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SortFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    QSortFilterProxyModel::setSourceModel(source);
    followSource(source);
}

void SortFilterProxy::sort(int column, Qt::SortOrder order)
{
    QSortFilterProxyModel::sort(column, order);
    if (!m_textColumns.isEmpty() && column != m_keysColumn)
        forgetKeys();
}

void SortFilterProxy::setTextColumns(QList<int> columns)
{
    m_textColumns = std::move(columns);
    forgetKeys();
}

void SortFilterProxy::setFilterText(const QString &text)
{
    if (m_textColumns.isEmpty()) {
        setFilterFixedString(text);
        return;
    }
    m_text = text;
    m_foldedText = text.toCaseFolded();
    if (!m_keysRead || m_keysColumn != sortColumn()) {
        readKeys();
        rankLater();
    }
    // One pass over the rows, sorted by the kept keys: a keystroke that adds or removes
    // thousands of scattered rows would otherwise move them one range at a time.
    const QScopedValueRollback keystroke(m_inKeystroke, true);
    invalidate();
    rowCount(); // maps the rows while the keys are in use
}

bool SortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_textColumns.isEmpty())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (m_text.isEmpty())
        return true;
    if (m_inKeystroke && sourceRow < m_searchText.size())
        return m_searchText.at(sourceRow).contains(m_foldedText, Qt::CaseSensitive);
    for (const int column : m_textColumns) {
        const QString text =
            sourceModel()->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool SortFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_inKeystroke || left.row() >= m_sortKeys.size() || right.row() >= m_sortKeys.size())
        return QSortFilterProxyModel::lessThan(left, right);
    if (m_ranked)
        return m_ranks.at(left.row()) < m_ranks.at(right.row());
    return keyLessThan(left.row(), right.row());
}

bool SortFilterProxy::keyLessThan(int left, int right) const
{
    const QVariant &l = m_sortKeys.at(left);
    const QVariant &r = m_sortKeys.at(right);
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString) {
        // Folded when read: compared as they are, without a copy.
        return *static_cast<const QString *>(l.constData()) <
               *static_cast<const QString *>(r.constData());
    }
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

void SortFilterProxy::rankLater()
{
    m_ranked = false;
    if (m_keysRead)
        m_rankLater->start();
}

void SortFilterProxy::rank()
{
    if (!m_keysRead)
        return;
    QList<int> rows(m_sortKeys.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(),
                     [this](int left, int right) { return keyLessThan(left, right); });
    m_ranks = QList<int>(rows.size());
    for (int place = 0; place < rows.size(); ++place)
        m_ranks[rows.at(place)] = place;
    m_ranked = true;
}

void SortFilterProxy::followSource(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    forgetKeys();
    if (!source)
        return;
    // Rows added, removed or changed are read again one by one (a load adds pages of rows);
    // anything else reads every row again.
    m_sourceConnections << connect(source, &QAbstractItemModel::rowsInserted, this,
                                   [this](const QModelIndex &parent, int first, int last) {
                                       if (parent.isValid() || !m_keysRead)
                                           return;
                                       m_searchText.insert(first, last - first + 1, QString());
                                       m_sortKeys.insert(first, last - first + 1, QVariant());
                                       readRows(first, last);
                                       rankLater();
                                   })
                        << connect(source, &QAbstractItemModel::rowsRemoved, this,
                                   [this](const QModelIndex &parent, int first, int last) {
                                       if (parent.isValid() || !m_keysRead)
                                           return;
                                       m_searchText.remove(first, last - first + 1);
                                       m_sortKeys.remove(first, last - first + 1);
                                       rankLater();
                                   })
                        << connect(
                               source, &QAbstractItemModel::dataChanged, this,
                               [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                   if (!topLeft.parent().isValid() && m_keysRead) {
                                       readRows(topLeft.row(), bottomRight.row());
                                       rankLater();
                                   }
                               });
    const auto forget = [this] { forgetKeys(); };
    m_sourceConnections << connect(source, &QAbstractItemModel::modelReset, this, forget)
                        << connect(source, &QAbstractItemModel::layoutChanged, this, forget)
                        << connect(source, &QAbstractItemModel::rowsMoved, this, forget)
                        << connect(source, &QAbstractItemModel::columnsInserted, this, forget)
                        << connect(source, &QAbstractItemModel::columnsRemoved, this, forget)
                        << connect(source, &QAbstractItemModel::columnsMoved, this, forget);
}

void SortFilterProxy::forgetKeys()
{
    m_keysRead = false;
    m_ranked = false;
    m_ranks.clear();
    m_searchText.clear();
    m_sortKeys.clear();
    if (m_textColumns.isEmpty() || !sourceModel() || m_readScheduled)
        return;
    // Read again once the changes are through, before the next keystroke.
    m_readScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_readScheduled = false;
        if (!m_keysRead) {
            readKeys();
            rank();
        }
    });
}

void SortFilterProxy::readKeys()
{
    const QAbstractItemModel *source = sourceModel();
    const int rows = source ? source->rowCount() : 0;
    m_searchText = QList<QString>(rows);
    m_sortKeys = QList<QVariant>(rows);
    m_keysColumn = sortColumn();
    m_keysRead = true;
    m_ranked = false;
    if (rows > 0)
        readRows(0, rows - 1);
}

void SortFilterProxy::readRows(int first, int last)
{
    last = std::min<int>(last, int(m_searchText.size()) - 1);
    for (int row = std::max(first, 0); row <= last; ++row) {
        m_searchText[row] = searchTextOf(row);
        m_sortKeys[row] = sortKeyOf(row);
    }
}

QString SortFilterProxy::searchTextOf(int row) const
{
    QString text;
    for (const int column : m_textColumns) {
        if (!text.isEmpty())
            text += QLatin1Char('\n'); // no match across two columns
        text += sourceModel()->index(row, column).data().toString();
    }
    return text.toCaseFolded();
}

QVariant SortFilterProxy::sortKeyOf(int row) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_keysColumn < 0 || m_keysColumn >= source->columnCount())
        return {};
    const QVariant key = source->index(row, m_keysColumn).data(sortRole());
    // Text folded once here rather than at every comparison.
    if (sortCaseSensitivity() == Qt::CaseInsensitive && key.userType() == QMetaType::QString)
        return key.toString().toCaseFolded();
    return key;
}

} // namespace ionos
