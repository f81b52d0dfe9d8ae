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
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit FindingsModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void show(const QList<Finding> &findings) { reset(findings); }
    const Finding &at(int row) const { return rowAt(row); }
};

} // namespace ionos
