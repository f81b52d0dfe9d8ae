#pragma once

#include "models/access/findings.h"
#include "models/keyedtablemodel.h"

namespace ionos {

// The findings as a table: severity, rule, subject, why, and the ids of the subjects.
class FindingsModel : public KeyedTableModel<Finding>
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        RuleColumn,
        SubjectColumn,
        DetailColumn,
        UserColumn,
        GroupColumn,
        ResourceColumn,
        KeyColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit FindingsModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The findings now: those still there keep their rows (and a selection on them), new ones
    // are added.
    void show(const QList<Finding> &findings) { replaceAll(findings); }
    const Finding &at(int row) const { return rowAt(row); }
};

} // namespace ionos
