#include "models/import/importreportmodel.h"

#include <numeric>

namespace ionos {

ImportReportModel::ImportReportModel(QObject *parent)
    : KeyedTableModel(
          {{"row", QT_TRANSLATE_NOOP("ionos::ImportReportModel", "Row"),
            QT_TRANSLATE_NOOP("ionos::ImportReportModel",
                              "The data row of the file, counted from 1")},
           {"email", QT_TRANSLATE_NOOP("ionos::ImportReportModel", "E-mail")},
           {"action", QT_TRANSLATE_NOOP("ionos::ImportReportModel", "Plan")},
           {"details", QT_TRANSLATE_NOOP("ionos::ImportReportModel", "Details")},
           {"outcome", QT_TRANSLATE_NOOP("ionos::ImportReportModel", "Outcome")},
           {"requestIds", QT_TRANSLATE_NOOP("ionos::ImportReportModel", "Requests"),
            QT_TRANSLATE_NOOP("ionos::ImportReportModel", "The server's ids of the changes")}},
          [](const int &row) { return row; }, {}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

void ImportReportModel::show(const ImportPlan &plan)
{
    m_plan = plan;
    m_details.clear();
    m_details.reserve(plan.rows().size());
    for (int i = 0; i < plan.rows().size(); ++i)
        m_details << plan.details(i);
    m_outcomes = QList<ItemOutcome>(plan.rows().size());
    QList<int> rows(plan.rows().size());
    std::iota(rows.begin(), rows.end(), 0);
    reset(rows);
}

void ImportReportModel::setOutcome(int row, const ItemOutcome &outcome)
{
    if (row < 0 || row >= m_outcomes.size())
        return;
    m_outcomes[row] = outcome;
    update(row);
}

QString ImportReportModel::actionText(ImportRow::Action action)
{
    using Action = ImportRow::Action;
    switch (action) {
    case Action::Create:
        return tr("Create");
    case Action::Update:
        return tr("Update");
    case Action::Same:
        return tr("Nothing to do");
    case Action::Refused:
        break;
    }
    return tr("Refused");
}

QString ImportReportModel::outcomeText(const ItemOutcome &o)
{
    using State = ItemOutcome::State;
    switch (o.state) {
    case State::NotRun:
    case State::Waiting:
        return {};
    case State::Done:
        return o.createdId.isEmpty() ? tr("Done") : tr("Done: new id %1").arg(o.createdId);
    case State::Failed:
        return tr("Failed: %1").arg(o.message);
    case State::Cancelled:
        return tr("Cancelled: %1").arg(o.message);
    }
    return {};
}

QVariant ImportReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = rowAt(index.row());
    const ImportRow &r = m_plan.rows().at(row);
    const ItemOutcome &o = m_outcomes.at(row);
    if (role == ActionRole)
        return int(r.action);
    if (role == OutcomeRole)
        return int(o.state);
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ExportValueRole &&
        role != SortRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return QString::number(r.row);
        return r.row;
    case EmailColumn:
        return r.email;
    case ActionColumn:
        return role == ExportValueRole ? ImportRow::actionName(r.action) : actionText(r.action);
    case DetailsColumn:
        return m_details.at(row);
    case OutcomeColumn:
        if (role == ExportValueRole)
            return ItemOutcome::stateName(o.state);
        return outcomeText(o);
    case RequestColumn:
        return o.requestIds.join(QStringLiteral(", "));
    default:
        return {};
    }
}

} // namespace ionos
