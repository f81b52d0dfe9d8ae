#pragma once

#include "models/access/accessreview.h"
#include "models/keyedtablemodel.h"

#include <QDateTime>

namespace ionos {

// The sheet of an access review: Remove is a checkbox per row (the reviewer's decision, proposed
// first), then the group, what the row is, the proposal and why, and how applying it ended with
// the request id. The reviewer and the time are columns too, so that every exported row is
// evidence on its own.
class AccessReviewModel : public KeyedTableModel<ReviewRow>
{
    Q_OBJECT

public:
    enum Column
    {
        RemoveColumn,
        GroupColumn,
        KindColumn,
        SubjectColumn,
        SubjectTypeColumn,
        ProposedColumn,
        ReasonColumn,
        OutcomeColumn,
        RequestIdColumn,
        GroupIdColumn,
        SubjectIdColumn,
        ReviewerColumn,
        ReviewedAtColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        RemoveRole, // bool: the reviewer's decision is Remove
    };

    explicit AccessReviewModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // A new review of these groups, started at options.asOf, with its rows.
    void start(const QList<ReviewRow> &rows, const QString &reviewer, const QStringList &groupIds,
               const FindingsRules::Options &options);
    QString reviewer() const { return m_reviewer; }
    QStringList groupIds() const { return m_groupIds; }
    QDateTime startedAt() const { return m_options.asOf; }
    QDateTime decidedAt() const { return m_decidedAt; }
    // The evidence as one JSON document: reviewer, started and last decided (UTC, ISO 8601),
    // the inactivity rule's days, the reviewed groups' ids, and every row with its decision,
    // outcome and request id (the same keys as the CSV's columns).
    QByteArray evidenceJson() const;

    // The reviewer's decision, for rows not applied yet.
    void decide(const QStringList &keys, ReviewRow::Decision decision);
    void setOutcome(const QString &key, ReviewRow::Outcome outcome, const QString &requestId = {},
                    const QString &message = {});
    const ReviewRow &at(int row) const { return rowAt(row); }
    int count(ReviewRow::Decision decision) const
    {
        return decision == ReviewRow::Decision::Remove ? m_toRemove : rowCount() - m_toRemove;
    }
    // Rows not applied yet.
    int openCount() const { return m_open; }

signals:
    void decisionsChanged();

private:
    QString m_reviewer;
    QStringList m_groupIds;
    FindingsRules::Options m_options;
    QDateTime m_decidedAt; // the last decision or outcome
    int m_toRemove = 0;
    int m_open = 0;
};

} // namespace ionos
