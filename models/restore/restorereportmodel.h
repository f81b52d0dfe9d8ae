#pragma once

#include "models/keyedtablemodel.h"
#include "models/restore/restorerunner.h"

namespace ionos {

// The steps of a restore as a table, each with its outcome as the run reports it: what it puts
// back, what became of it (restored, with a new group's id; failed, with the server's words;
// not restored, and why) and the server's request id; exported with the same columns.
class RestoreReportModel : public KeyedTableModel<int, int>
{
    Q_OBJECT

public:
    enum Column
    {
        StepColumn,
        OutcomeColumn,
        RequestColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1, // int(RestoreOutcome::State)
    };

    explicit RestoreReportModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // descriptions: one per step, as RestorePlan::describe says it.
    void show(const QList<RestoreStep> &steps, const QStringList &descriptions);
    void setOutcome(int step, const RestoreOutcome &outcome);
    const QList<RestoreStep> &steps() const { return m_steps; }
    const QStringList &descriptions() const { return m_descriptions; }
    const RestoreOutcome &outcome(int step) const { return m_outcomes.at(step); }
    static QString outcomeText(const RestoreOutcome &outcome);

private:
    QList<RestoreStep> m_steps;
    QStringList m_descriptions;
    QList<RestoreOutcome> m_outcomes;
};

} // namespace ionos
