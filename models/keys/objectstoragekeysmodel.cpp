#include "models/keys/objectstoragekeysmodel.h"

#include "models/displaytime.h"
#include "models/tableexport.h"

namespace ionos {

ObjectStorageKeysModel::ObjectStorageKeysModel(KeyedRows<ObjectStorageKey> &rows, QObject *parent)
    : KeyedTableModel(
          {{"key", QT_TRANSLATE_NOOP("ionos::ObjectStorageKeysModel", "Key"),
            QT_TRANSLATE_NOOP("ionos::ObjectStorageKeysModel",
                              "The access key: its start and its end. The whole key is in each "
                              "row's tool tip.")},
           {"created", QT_TRANSLATE_NOOP("ionos::ObjectStorageKeysModel", "Created")},
           {"ageDays", QT_TRANSLATE_NOOP("ionos::ObjectStorageKeysModel", "Age")},
           {"active", QT_TRANSLATE_NOOP("ionos::ObjectStorageKeysModel", "Active"),
            QT_TRANSLATE_NOOP("ionos::ObjectStorageKeysModel",
                              "Whether the key opens the user's buckets")}},
          rows, {}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

QString ObjectStorageKeysModel::shortened(const QString &keyId)
{
    constexpr int kEnds = 6;
    if (keyId.size() <= 2 * kEnds + 1)
        return keyId;
    return keyId.left(kEnds) + QChar(0x2026) + keyId.right(kEnds - 1);
}

QString ObjectStorageKeysModel::age(const QDateTime &created, const QDateTime &now)
{
    if (!created.isValid())
        return {};
    const qint64 days = qMax<qint64>(0, created.daysTo(now));
    if (days >= 365)
        return tr("%n year(s)", nullptr, int(days / 365));
    if (days >= 60)
        return tr("%n month(s)", nullptr, int(days / 30));
    if (days >= 1)
        return tr("%n day(s)", nullptr, int(days));
    return tr("today");
}

QVariant ObjectStorageKeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ObjectStorageKey &k = rowOfIndex(index);
    if (const QVariant state = rowState(k.id, role, KeyIdRole, PendingRole); state.isValid())
        return state;
    if (role == Qt::ToolTipRole && isPending(k.id))
        return tr("A change to this key is in progress…");
    switch (index.column()) {
    case KeyColumn:
        if (role == Qt::DisplayRole)
            return shortened(k.id);
        if (role == Qt::ToolTipRole || role == ExportValueRole || role == SortRole)
            return k.id;
        if (role == Qt::AccessibleTextRole)
            return tr("Key %1").arg(k.id);
        break;
    case CreatedColumn:
        if (role == Qt::DisplayRole)
            return k.created.isValid() ? DisplayTime::date(k.created.toLocalTime().date())
                                       : QString();
        if (role == Qt::ToolTipRole)
            return k.created.isValid() ? DisplayTime::dateTime(k.created) : QString();
        if (role == SortRole)
            return k.created.toMSecsSinceEpoch();
        if (role == ExportValueRole)
            return k.created;
        break;
    case AgeColumn:
        if (role == Qt::DisplayRole)
            return age(k.created, now());
        if (role == SortRole || role == ExportValueRole)
            return k.created.isValid() ? qMax<qint64>(0, k.created.daysTo(now())) : qint64(-1);
        break;
    case ActiveColumn:
        if (role == Qt::DisplayRole)
            return k.active ? tr("Yes") : tr("No");
        if (role == SortRole || role == ExportValueRole)
            return k.active;
        if (role == Qt::ToolTipRole)
            return k.active ? tr("The key opens the user's buckets.")
                            : tr("The key is turned off: it opens nothing until it is activated.");
        break;
    default:
        break;
    }
    return {};
}

} // namespace ionos
