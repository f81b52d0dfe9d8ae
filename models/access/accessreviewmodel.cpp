#include "models/access/accessreviewmodel.h"

#include "models/displaytime.h"
#include "models/tableexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ionos {

AccessReviewModel::AccessReviewModel(QObject *parent)
    : KeyedTableModel(
          {{"remove", QT_TRANSLATE_NOOP("ionos::AccessReviewModel", "Remove"),
            QT_TRANSLATE_NOOP("ionos::AccessReviewModel",
                              "Ticked: Apply removes the member or stops the share")},
           {"group", QT_TRANSLATE_NOOP("ionos::AccessReviewModel", "Group")},
           {"kind", QT_TRANSLATE_NOOP("ionos::AccessReviewModel", "Kind")},
           {"subject", QT_TRANSLATE_NOOP("ionos::AccessReviewModel", "Subject")},
           {"subjectType", QT_TRANSLATE_NOOP("ionos::AccessReviewModel", "Details")},
           {"proposed", QT_TRANSLATE_NOOP("ionos::AccessReviewModel", "Proposed")},
           {"reason", QT_TRANSLATE_NOOP("ionos::AccessReviewModel", "Why")},
           {"outcome", QT_TRANSLATE_NOOP("ionos::AccessReviewModel", "Outcome")},
           {"requestId", QT_TRANSLATE_NOOP("ionos::AccessReviewModel", "Request Id")},
           {"groupId", QT_TRANSLATE_NOOP("ionos::AccessReviewModel", "Group Id")},
           {"subjectId", QT_TRANSLATE_NOOP("ionos::AccessReviewModel", "Subject Id")},
           {"reviewer", QT_TRANSLATE_NOOP("ionos::AccessReviewModel", "Reviewer")},
           {"reviewedAt", QT_TRANSLATE_NOOP("ionos::AccessReviewModel", "Reviewed At")}},
          [](const ReviewRow &r) { return r.key(); }, {}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

void AccessReviewModel::start(const QList<ReviewRow> &rows, const QString &reviewer,
                              const QStringList &groupIds, const FindingsRules::Options &options)
{
    m_reviewer = reviewer;
    m_groupIds = groupIds;
    m_options = options;
    m_decidedAt = options.asOf;
    m_toRemove = 0;
    m_open = 0;
    for (const ReviewRow &r : rows) {
        m_toRemove += int(r.decision == ReviewRow::Decision::Remove);
        m_open += int(r.outcome == ReviewRow::Outcome::Open);
    }
    reset(rows);
    emit decisionsChanged();
}

QByteArray AccessReviewModel::evidenceJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("reviewer"), m_reviewer);
    o.insert(QStringLiteral("startedAt"), m_options.asOf.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("reviewedAt"), m_decidedAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("inactiveDays"), m_options.inactiveDays);
    o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(m_groupIds));
    o.insert(QStringLiteral("rows"), toJsonArray(*this));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

namespace {

QString decisionLabel(ReviewRow::Decision d)
{
    return d == ReviewRow::Decision::Remove
               ? QCoreApplication::translate("ionos::AccessReviewModel", "Remove")
               : QCoreApplication::translate("ionos::AccessReviewModel", "Keep");
}

QString outcomeLabel(const ReviewRow &r)
{
    switch (r.outcome) {
    case ReviewRow::Outcome::Open:
        return {};
    case ReviewRow::Outcome::Kept:
        return QCoreApplication::translate("ionos::AccessReviewModel", "Kept");
    case ReviewRow::Outcome::Removing:
        return QCoreApplication::translate("ionos::AccessReviewModel", "Removing…");
    case ReviewRow::Outcome::Removed:
        return QCoreApplication::translate("ionos::AccessReviewModel", "Removed");
    case ReviewRow::Outcome::Failed:
        return QCoreApplication::translate("ionos::AccessReviewModel", "Failed: %1").arg(r.message);
    }
    return {};
}

} // namespace

QVariant AccessReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewRow &r = rowOfIndex(index);
    const bool remove = r.decision == ReviewRow::Decision::Remove;
    if (role == KeyRole)
        return r.key();
    if (role == RemoveRole)
        return remove;
    if (index.column() == RemoveColumn) {
        if (role == Qt::CheckStateRole)
            return remove ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return decisionLabel(r.decision);
        if (role == Qt::ToolTipRole)
            return r.decision == r.proposed
                       ? tr("%1, as proposed").arg(decisionLabel(r.decision))
                       : tr("%1; proposed: %2")
                             .arg(decisionLabel(r.decision), decisionLabel(r.proposed));
        return {};
    }
    if (role == ExportValueRole) {
        switch (index.column()) {
        case KindColumn:
            return ReviewRow::kindName(r.kind);
        case ProposedColumn:
            return ReviewRow::decisionName(r.proposed);
        case OutcomeColumn:
            return ReviewRow::outcomeName(r.outcome);
        case ReviewedAtColumn:
            return m_decidedAt.toUTC().toString(Qt::ISODate);
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == OutcomeColumn) {
        QStringList said;
        if (!r.message.isEmpty())
            said << r.message;
        if (!r.requestId.isEmpty())
            said << tr("Request %1").arg(r.requestId);
        return said.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && role != ExportValueRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case GroupColumn:
        return r.groupName;
    case KindColumn:
        return r.kind == ReviewRow::Kind::Member ? tr("Member") : tr("Share");
    case SubjectColumn:
        if (role == ExportValueRole)
            return r.subject;
        // "Name <e-mail>" for a member, "name (type)" for a resource, as a person reads them.
        if (r.subjectType.isEmpty())
            return r.subject;
        return r.kind == ReviewRow::Kind::Member
                   ? QStringLiteral("%1 <%2>").arg(r.subjectType, r.subject)
                   : QStringLiteral("%1 (%2)").arg(r.subject, r.subjectType);
    case SubjectTypeColumn:
        return r.subjectType;
    case ProposedColumn:
        return decisionLabel(r.proposed);
    case ReasonColumn:
        return r.reason;
    case OutcomeColumn:
        return outcomeLabel(r);
    case RequestIdColumn:
        return r.requestId;
    case GroupIdColumn:
        return r.groupId;
    case SubjectIdColumn:
        return r.subjectId;
    case ReviewerColumn:
        return m_reviewer;
    case ReviewedAtColumn:
        return DisplayTime::dateTime(m_decidedAt);
    default:
        return {};
    }
}

Qt::ItemFlags AccessReviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == RemoveColumn && rowOfIndex(index).outcome == ReviewRow::Outcome::Open)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool AccessReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != RemoveColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    decide({rowOfIndex(index).key()},
           value.toInt() == Qt::Checked ? ReviewRow::Decision::Remove : ReviewRow::Decision::Keep);
    return true;
}

void AccessReviewModel::decide(const QStringList &keys, ReviewRow::Decision decision)
{
    bool changed = false;
    for (const QString &key : keys) {
        const std::optional<ReviewRow> row = find(key);
        if (!row || row->outcome != ReviewRow::Outcome::Open || row->decision == decision)
            continue;
        modify(key, [decision](ReviewRow &r) { r.decision = decision; });
        m_toRemove += decision == ReviewRow::Decision::Remove ? 1 : -1;
        changed = true;
    }
    if (!changed)
        return;
    m_decidedAt = QDateTime::currentDateTimeUtc();
    emit decisionsChanged();
}

void AccessReviewModel::setOutcome(const QString &key, ReviewRow::Outcome outcome,
                                   const QString &requestId, const QString &message)
{
    modify(key, [&](ReviewRow &r) {
        if (r.outcome == ReviewRow::Outcome::Open && outcome != ReviewRow::Outcome::Open)
            --m_open;
        r.outcome = outcome;
        if (!requestId.isEmpty())
            r.requestId = requestId;
        r.message = message;
    });
    m_decidedAt = QDateTime::currentDateTimeUtc();
}

} // namespace ionos
