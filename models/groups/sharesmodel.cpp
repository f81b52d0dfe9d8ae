#include "models/groups/sharesmodel.h"

#include "models/account/resourcetypes.h"

#include "models/tableexport.h"

namespace ionos {

SharesModel::SharesModel(KeyedRows<GroupShare> &rows, QObject *parent)
    : KeyedTableModel({{"resource", QT_TRANSLATE_NOOP("ionos::SharesModel", "Resource")},
                       {"type", QT_TRANSLATE_NOOP("ionos::SharesModel", "Type")},
                       {"read", QT_TRANSLATE_NOOP("ionos::SharesModel", "Read")},
                       {"edit", QT_TRANSLATE_NOOP("ionos::SharesModel", "Edit")},
                       {"share", QT_TRANSLATE_NOOP("ionos::SharesModel", "Share")}},
                      rows, {} /* all roles: a pending share is not checkable */, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

QVariant SharesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupShare &s = rowOfIndex(index);
    const bool pending = isPending(s.resourceId);
    if (const QVariant state = rowState(s.resourceId, role, ResourceIdRole, PendingRole);
        state.isValid())
        return state;
    const Label label = this->label(s.resourceId);
    switch (index.column()) {
    case ResourceColumn:
        if (role == Qt::DisplayRole)
            return label.name.isEmpty() ? s.resourceId : label.name;
        if (role == Qt::ToolTipRole)
            return pending ? tr("A change to this share is in progress…") : s.resourceId;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return ResourceTypes::singular(label.type);
        if (role == Qt::ToolTipRole || role == ExportValueRole)
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
    GroupShare wanted = rowOfIndex(index);
    const bool on = value.toInt() == Qt::Checked;
    if (index.column() == EditColumn)
        wanted.editPrivilege = on;
    else
        wanted.sharePrivilege = on;
    emit flagsEdited(wanted); // shown once the server has it
    return true;
}

Qt::ItemFlags SharesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool pending = isPending(rowOfIndex(index).resourceId);
    if ((index.column() == EditColumn || index.column() == ShareColumn) && !pending)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace ionos
