#include "models/groups/privilegematrixmodel.h"

#include "models/account/accountstate.h"
#include "models/groups/groupsmodel.h"
#include "models/tableexport.h"
#include "network/privileges.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace ionos {

PrivilegeMatrixModel::PrivilegeMatrixModel(GroupsModel &groups, QObject *parent)
    : QAbstractTableModel(parent)
    , m_groups(groups)
{
    // The rows are the groups model's rows: follow its changes one to one.
    connect(&groups, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        beginResetModel();
        m_cells.clear();
    });
    connect(&groups, &QAbstractItemModel::modelReset, this, [this] {
        endResetModel();
        emit stagedChangesChanged(false);
    });
    connect(&groups, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); });
    connect(&groups, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(&groups, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                beginRemoveRows({}, first, last);
                for (int row = first; row <= last; ++row)
                    m_cells.remove(m_groups.at(row).id);
            });
    connect(&groups, &QAbstractItemModel::rowsRemoved, this, [this] {
        endRemoveRows();
        emit stagedChangesChanged(hasStagedChanges());
    });
    connect(&groups, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                emit dataChanged(index(topLeft.row(), 0),
                                 index(bottomRight.row(), columnCount() - 1));
            });
}

int PrivilegeMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_groups.rowCount();
}

int PrivilegeMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : membersColumn() + 1;
}

int PrivilegeMatrixModel::membersColumn()
{
    return int(Privileges::all().size());
}

bool PrivilegeMatrixModel::currentValue(int row, int column) const
{
    return m_groups.at(row).privileges.at(column);
}

QVariant PrivilegeMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString groupId = m_groups.at(index.row()).id;
    if (index.column() == membersColumn()) {
        const int members = m_groups.state().memberCount(groupId);
        switch (role) {
        case Qt::DisplayRole:
            return members < 0 ? QStringLiteral("…") : QString::number(members);
        case ExportValueRole:
            return members < 0 ? QVariant() : QVariant(members);
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case GroupIdRole:
            return groupId;
        default:
            return {};
        }
    }
    const auto cells = m_cells.constFind(groupId);
    const Cell *cell = cells == m_cells.constEnd() || !cells->contains(index.column())
                           ? nullptr
                           : &cells->find(index.column()).value();
    const bool staged = cell && cell->state != CellState::Applied;
    const bool value = staged ? cell->value : currentValue(index.row(), index.column());
    switch (role) {
    case Qt::CheckStateRole:
        return value ? Qt::Checked : Qt::Unchecked;
    case CellStateRole:
        return int(cell ? cell->state : CellState::Unchanged);
    case GroupIdRole:
        return groupId;
    case PrivilegeKeyRole:
        return Privileges::all().at(index.column()).key;
    case Qt::ToolTipRole: {
        const Privilege &p = Privileges::all().at(index.column());
        QString tip = QStringLiteral("%1 · %2\n%3")
                          .arg(m_groups.at(index.row()).name, p.label(), p.explanation());
        if (cell && cell->state == CellState::Pending)
            tip += QLatin1Char('\n') + tr("Changed, not applied yet.");
        if (cell && cell->state == CellState::Failed)
            tip += QLatin1Char('\n') + tr("Not applied: %1").arg(cell->message);
        return tip;
    }
    case Qt::AccessibleTextRole:
        return value ? tr("granted") : tr("not granted");
    default:
        return {};
    }
}

bool PrivilegeMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() == membersColumn())
        return false;
    const bool on = value.toInt() == Qt::Checked;
    const QString groupId = m_groups.at(index.row()).id;
    QHash<int, Cell> &cells = m_cells[groupId];
    if (on == currentValue(index.row(), index.column()))
        cells.remove(index.column()); // back to what the server has: nothing to apply
    else
        cells.insert(index.column(), Cell{on, CellState::Pending, {}});
    if (cells.isEmpty())
        m_cells.remove(groupId);
    emit dataChanged(index, index);
    emit stagedChangesChanged(hasStagedChanges());
    return true;
}

QVariant PrivilegeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section >= 0 && section < m_groups.rowCount() && role == Qt::DisplayRole)
            return m_groups.at(section).name;
        if (section >= 0 && section < m_groups.rowCount() && role == ExportRowIdRole)
            return m_groups.at(section).id;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section == membersColumn()) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("Members");
        case ExportKeyRole:
            return QStringLiteral("members");
        case Qt::ToolTipRole:
            return tr("How many users the group has");
        default:
            return {};
        }
    }
    const Privilege &p = Privileges::all().at(section);
    switch (role) {
    case Qt::DisplayRole:
        return p.label();
    case ExportKeyRole:
        return p.key; // the API's own key, in every language
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2 · %3").arg(p.explanation(), p.areaLabel(), p.key);
    default:
        return {};
    }
}

Qt::ItemFlags PrivilegeMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const QString groupId = m_groups.at(index.row()).id;
    const bool applying =
        m_cells.value(groupId).value(index.column()).state == CellState::Applying &&
        m_cells.value(groupId).contains(index.column());
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!applying && index.column() != membersColumn())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QMap<QString, QMap<QString, bool>> PrivilegeMatrixModel::stagedChanges() const
{
    QMap<QString, QMap<QString, bool>> out;
    for (auto g = m_cells.begin(); g != m_cells.end(); ++g) {
        for (auto c = g->begin(); c != g->end(); ++c) {
            if (c->state == CellState::Pending || c->state == CellState::Failed)
                out[g.key()].insert(Privileges::all().at(c.key()).key, c->value);
        }
    }
    return out;
}

bool PrivilegeMatrixModel::hasStagedChanges() const
{
    return !stagedChanges().isEmpty();
}

void PrivilegeMatrixModel::discard()
{
    QStringList groups = m_cells.keys();
    m_cells.clear();
    for (const QString &g : groups)
        groupChanged(g);
    emit stagedChangesChanged(false);
}

void PrivilegeMatrixModel::groupChanged(const QString &groupId)
{
    const int row = m_groups.rowOf(groupId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void PrivilegeMatrixModel::setStates(const QString &groupId, CellState from, CellState to,
                                     const QString &message)
{
    auto it = m_cells.find(groupId);
    if (it == m_cells.end())
        return;
    for (Cell &cell : *it) {
        if (cell.state == from || (from == CellState::Pending && cell.state == CellState::Failed)) {
            cell.state = to;
            cell.message = message;
        }
    }
    groupChanged(groupId);
}

void PrivilegeMatrixModel::markApplying(const QString &groupId)
{
    setStates(groupId, CellState::Pending, CellState::Applying);
}

void PrivilegeMatrixModel::markApplied(const QString &groupId)
{
    setStates(groupId, CellState::Applying, CellState::Applied);
    emit stagedChangesChanged(hasStagedChanges());
}

void PrivilegeMatrixModel::markFailed(const QString &groupId, const QString &message)
{
    setStates(groupId, CellState::Applying, CellState::Failed, message);
    emit stagedChangesChanged(hasStagedChanges());
}

} // namespace ionos
