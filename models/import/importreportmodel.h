#pragma once

#include "models/import/importplan.h"
#include "models/itemoutcome.h"
#include "models/keyedtablemodel.h"
#include "models/tableexport.h"

namespace ionos {

// The rows of an import as a table: each row's number, e-mail, what it does (create, update,
// nothing to do, refused), the details (each field before and after, the groups it joins and
// leaves, or why it is refused) and, once it ran, its outcome with the server's request ids;
// exported with the same columns.
class ImportReportModel : public KeyedTableModel<int, int>
{
    Q_OBJECT

public:
    enum Column
    {
        RowColumn,
        EmailColumn,
        ActionColumn,
        DetailsColumn,
        OutcomeColumn,
        RequestColumn,
        ColumnCount
    };
    enum Role
    {
        ActionRole = Qt::UserRole + 1, // int(ImportRow::Action)
        OutcomeRole,                   // int(ItemOutcome::State)
        SortRole,                      // the row number as a number
    };

    explicit ImportReportModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void show(const ImportPlan &plan);
    void setOutcome(int row, const ItemOutcome &outcome);
    const ImportPlan &plan() const { return m_plan; }
    static QString actionText(ImportRow::Action action);
    static QString outcomeText(const ItemOutcome &outcome);

private:
    ImportPlan m_plan;
    QStringList m_details;
    QList<ItemOutcome> m_outcomes;
};

} // namespace ionos
