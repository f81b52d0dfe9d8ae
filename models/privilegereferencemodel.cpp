#include "privilegereferencemodel.h"

#include "privileges.h"

namespace ionos {

PrivilegeReferenceModel::PrivilegeReferenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int PrivilegeReferenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Privileges::all().size());
}

int PrivilegeReferenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrivilegeReferenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Privilege &p = Privileges::all().at(index.row());
    if (role == Qt::ToolTipRole)
        return p.explanation;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LabelColumn:
        return p.label;
    case AreaColumn:
        return p.area;
    case KeyColumn:
        return p.key;
    case ExplanationColumn:
        return p.explanation;
    default:
        return {};
    }
}

QVariant PrivilegeReferenceModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Privilege");
    case AreaColumn:
        return tr("Area");
    case KeyColumn:
        return tr("API key");
    case ExplanationColumn:
        return tr("What it allows");
    default:
        return {};
    }
}

} // namespace ionos
