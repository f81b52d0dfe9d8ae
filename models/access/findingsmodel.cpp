#include "models/access/findingsmodel.h"

namespace ionos {

FindingsModel::FindingsModel(QObject *parent)
    : KeyedTableModel(
          {{"severity", QT_TRANSLATE_NOOP("ionos::FindingsModel", "Severity")},
           {"rule", QT_TRANSLATE_NOOP("ionos::FindingsModel", "Rule")},
           {"subject", QT_TRANSLATE_NOOP("ionos::FindingsModel", "Subject")},
           {"detail", QT_TRANSLATE_NOOP("ionos::FindingsModel", "Why")},
           {"user", QT_TRANSLATE_NOOP("ionos::FindingsModel", "User Id")},
           {"group", QT_TRANSLATE_NOOP("ionos::FindingsModel", "Group Id")},
           {"resource", QT_TRANSLATE_NOOP("ionos::FindingsModel", "Resource Id")},
           {"key", QT_TRANSLATE_NOOP("ionos::FindingsModel", "Key Id")}},
          [](const Finding &f) { return f.key(); }, {}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = rowOfIndex(index);
    if (role == KeyRole)
        return f.key();
    if (role == SortRole && index.column() == SeverityColumn)
        return int(f.severity);
    if (role == ExportValueRole && index.column() == SeverityColumn)
        return Finding::severityName(f.severity);
    if (index.column() == RuleColumn && (role == Qt::ToolTipRole || role == ExportValueRole))
        return f.rule;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole &&
        role != ExportValueRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        return f.severityLabel();
    case RuleColumn:
        return FindingsRules::title(f.rule);
    case SubjectColumn:
        return f.subject;
    case DetailColumn:
        return f.detail;
    case UserColumn:
        return f.userId;
    case GroupColumn:
        return f.groupId;
    case ResourceColumn:
        return f.resourceId;
    case KeyColumn:
        return f.keyId;
    default:
        return {};
    }
}

} // namespace ionos
