#include "sharesmodel.h"

#include "tableexport.h"

#include <QFont>

namespace ionos {

SharesModel::SharesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int SharesModel::rowOf(const QString &resourceId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].resourceId == resourceId)
            return int(i);
    }
    return -1;
}

void SharesModel::reset(const QList<GroupShare> &shares)
{
    beginResetModel();
    m_rows.assign(shares.begin(), shares.end());
    m_pending.clear();
    endResetModel();
}

void SharesModel::put(const GroupShare &share)
{
    const int row = rowOf(share.resourceId);
    if (row >= 0) {
        m_rows[size_t(row)] = share;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.push_back(share);
    endInsertRows();
}

void SharesModel::remove(const QString &resourceId)
{
    const int row = rowOf(resourceId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    m_pending.remove(resourceId);
    endRemoveRows();
}

void SharesModel::setPending(const QString &resourceId, bool pending)
{
    const int row = rowOf(resourceId);
    if (row < 0)
        return;
    if (pending)
        m_pending.insert(resourceId);
    else
        m_pending.remove(resourceId);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<GroupShare> SharesModel::share(const QString &resourceId) const
{
    const int row = rowOf(resourceId);
    return row < 0 ? std::nullopt : std::optional<GroupShare>(m_rows[size_t(row)]);
}

int SharesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SharesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SharesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupShare &s = m_rows[size_t(index.row())];
    const bool pending = m_pending.contains(s.resourceId);
    if (role == ResourceIdRole)
        return s.resourceId;
    if (role == PendingRole)
        return pending;
    if (role == Qt::FontRole && pending) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    const Label label = m_describe ? m_describe(s.resourceId) : Label{s.resourceId, {}};
    switch (index.column()) {
    case ResourceColumn:
        if (role == Qt::DisplayRole)
            return label.name.isEmpty() ? s.resourceId : label.name;
        if (role == Qt::ToolTipRole)
            return pending ? tr("A change to this share is in progress…") : s.resourceId;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return label.type;
        break;
    case ReadColumn:
        if (role == Qt::CheckStateRole)
            return Qt::Checked; // reading comes with the share itself
        if (role == Qt::ToolTipRole)
            return tr("Members can see and use it: that is what a share is.");
        break;
    case EditColumn:
        if (role == Qt::CheckStateRole)
            return s.editPrivilege ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Members may also change and delete it.");
        break;
    case ShareColumn:
        if (role == Qt::CheckStateRole)
            return s.sharePrivilege ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Members may pass it on to other groups they belong to.");
        break;
    default:
        break;
    }
    return {};
}

bool SharesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (index.column() != EditColumn && index.column() != ShareColumn))
        return false;
    GroupShare wanted = m_rows[size_t(index.row())];
    const bool on = value.toInt() == Qt::Checked;
    if (index.column() == EditColumn)
        wanted.editPrivilege = on;
    else
        wanted.sharePrivilege = on;
    emit flagsEdited(wanted); // shown once the server has it
    return true;
}

QVariant SharesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const keys[] = {"resource", "type", "read", "edit", "share"};
    static_assert(std::size(keys) == ColumnCount);
    if (orientation == Qt::Horizontal && role == ExportKeyRole && section >= 0 &&
        section < ColumnCount)
        return QString::fromLatin1(keys[section]);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ResourceColumn:
        return tr("Resource");
    case TypeColumn:
        return tr("Type");
    case ReadColumn:
        return tr("Read");
    case EditColumn:
        return tr("Edit");
    case ShareColumn:
        return tr("Share");
    default:
        return {};
    }
}

Qt::ItemFlags SharesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool pending = m_pending.contains(m_rows[size_t(index.row())].resourceId);
    if ((index.column() == EditColumn || index.column() == ShareColumn) && !pending)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace ionos
