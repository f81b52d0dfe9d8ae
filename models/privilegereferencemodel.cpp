#include "models/privilegereferencemodel.h"

namespace ionos {

PrivilegeReferenceModel::PrivilegeReferenceModel(QObject *parent)
    : KeyedTableModel(
          {{"label", QT_TRANSLATE_NOOP("ionos::PrivilegeReferenceModel", "Privilege")},
           {"area", QT_TRANSLATE_NOOP("ionos::PrivilegeReferenceModel", "Area")},
           {"key", QT_TRANSLATE_NOOP("ionos::PrivilegeReferenceModel", "API key")},
           {"explanation", QT_TRANSLATE_NOOP("ionos::PrivilegeReferenceModel", "What it allows")}},
          [](const Privilege &p) { return p.key; }, {}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
    reset(Privileges::all());
}

QVariant PrivilegeReferenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Privilege &p = rowOfIndex(index);
    // The label for people; its key, as the API spells it, in the tool tip and in files.
    if (role == Qt::ToolTipRole && index.column() == LabelColumn)
        return tr("%1\nAPI key: %2").arg(p.explanation(), p.key);
    if (role == Qt::ToolTipRole)
        return p.explanation();
    if (role == ExportValueRole && index.column() == AreaColumn)
        return Privileges::areaName(p.area);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LabelColumn:
        return p.label();
    case AreaColumn:
        return p.areaLabel();
    case KeyColumn:
        return p.key;
    case ExplanationColumn:
        return p.explanation();
    default:
        return {};
    }
}

} // namespace ionos
