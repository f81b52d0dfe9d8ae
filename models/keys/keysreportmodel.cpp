#include "models/keys/keysreportmodel.h"

#include "models/displaytime.h"
#include "models/tableexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ionos {

KeysReportModel::KeysReportModel(QObject *parent)
    : KeyedTableModel(
          {{"user", QT_TRANSLATE_NOOP("ionos::KeysReportModel", "User Id")},
           {"email", QT_TRANSLATE_NOOP("ionos::KeysReportModel", "E-mail")},
           {"id", QT_TRANSLATE_NOOP("ionos::KeysReportModel", "Key")},
           {"active", QT_TRANSLATE_NOOP("ionos::KeysReportModel", "Active")},
           {"created", QT_TRANSLATE_NOOP("ionos::KeysReportModel", "Created")},
           {"ageDays", QT_TRANSLATE_NOOP("ionos::KeysReportModel", "Age in Days")}},
          [](const KeyReportRow &r) { return r.userId + QLatin1Char('/') + r.key.id; }, {}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

void KeysReportModel::show(const AccessFacts &facts, const QDateTime &asOf)
{
    m_asOf = asOf;
    QList<KeyReportRow> rows;
    for (const User &u : facts.users) {
        QList<ObjectStorageKey> keys = facts.keys.value(u.id);
        std::stable_sort(keys.begin(), keys.end(),
                         [](const ObjectStorageKey &a, const ObjectStorageKey &b) {
                             return a.created < b.created;
                         });
        for (const ObjectStorageKey &k : std::as_const(keys))
            rows << KeyReportRow{u.id, u.email, k,
                                 k.created.isValid() ? qMax<qint64>(0, k.created.daysTo(asOf))
                                                     : -1};
    }
    reset(rows);
}

QByteArray KeysReportModel::toJson() const
{
    const QJsonArray keys = toJsonArray(*this);
    return QJsonDocument(QJsonObject{{QStringLiteral("asOf"), m_asOf.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("keys"), keys}})
        .toJson(QJsonDocument::Indented);
}

QVariant KeysReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != ExportValueRole)
        return {};
    const KeyReportRow &r = rowOfIndex(index);
    const bool typed = role == ExportValueRole;
    switch (index.column()) {
    case UserColumn:
        return r.userId;
    case EmailColumn:
        return r.email;
    case KeyColumn:
        return r.key.id;
    case ActiveColumn:
        return typed ? QVariant(r.key.active) : QVariant(r.key.active ? tr("yes") : tr("no"));
    case CreatedColumn:
        if (!r.key.created.isValid())
            return {};
        return typed ? QVariant(r.key.created) : QVariant(DisplayTime::dateTime(r.key.created));
    case AgeColumn:
        return r.ageDays < 0 ? QVariant() : QVariant(r.ageDays);
    default:
        return {};
    }
}

} // namespace ionos
