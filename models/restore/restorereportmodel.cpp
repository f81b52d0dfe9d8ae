#include "models/restore/restorereportmodel.h"

#include <numeric>

namespace ionos {

RestoreReportModel::RestoreReportModel(QObject *parent)
    : KeyedTableModel(
          {{"step", QT_TRANSLATE_NOOP("ionos::RestoreReportModel", "Step")},
           {"outcome", QT_TRANSLATE_NOOP("ionos::RestoreReportModel", "Outcome")},
           {"requestId", QT_TRANSLATE_NOOP("ionos::RestoreReportModel", "Request"),
            QT_TRANSLATE_NOOP("ionos::RestoreReportModel", "The server's id of the change")}},
          [](const int &step) { return step; }, {}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

void RestoreReportModel::show(const QList<RestoreStep> &steps, const QStringList &descriptions)
{
    m_steps = steps;
    m_descriptions = descriptions;
    m_outcomes = QList<RestoreOutcome>(steps.size());
    QList<int> rows(steps.size());
    std::iota(rows.begin(), rows.end(), 0);
    reset(rows);
}

void RestoreReportModel::setOutcome(int step, const RestoreOutcome &outcome)
{
    if (step < 0 || step >= m_outcomes.size())
        return;
    m_outcomes[step] = outcome;
    update(step);
}

QString RestoreReportModel::outcomeText(const RestoreOutcome &o)
{
    using State = RestoreOutcome::State;
    switch (o.state) {
    case State::Waiting:
        return {};
    case State::Done:
        return o.createdId.isEmpty() ? tr("Restored") : tr("Restored: new id %1").arg(o.createdId);
    case State::Failed:
        return tr("Failed: %1").arg(o.message);
    case State::Skipped:
        return tr("Not restored: %1").arg(o.message);
    case State::Cancelled:
        return tr("Cancelled: nothing was changed");
    }
    return {};
}

QVariant RestoreReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int step = rowAt(index.row());
    const RestoreOutcome &o = m_outcomes.at(step);
    if (role == StateRole)
        return int(o.state);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ExportValueRole)
        return {};
    switch (index.column()) {
    case StepColumn:
        return m_descriptions.value(step);
    case OutcomeColumn:
        return outcomeText(o);
    case RequestColumn:
        return o.requestId;
    default:
        return {};
    }
}

} // namespace ionos
