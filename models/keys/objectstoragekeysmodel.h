#pragma once

#include "models/keyedtablemodel.h"
#include "network/objectstoragekey.h"

#include <QDateTime>

namespace ionos {

// The Object Storage keys of the user shown: each key shortened in the middle, when it was
// created and how old it is, and whether it is active. The whole key is in the tool tip and the
// export; the secret is never here.
class ObjectStorageKeysModel : public KeyedTableModel<ObjectStorageKey>
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        CreatedColumn,
        AgeColumn,
        ActiveColumn,
        ColumnCount
    };
    enum Role
    {
        KeyIdRole = Qt::UserRole + 1,
        PendingRole,
        SortRole
    };

    explicit ObjectStorageKeysModel(KeyedRows<ObjectStorageKey> &rows, QObject *parent = nullptr);

    // "00ca41…6857d": the start and the end, which is how people compare keys.
    static QString shortened(const QString &keyId);
    // "3 years", "5 months", "12 days", "today".
    static QString age(const QDateTime &created, const QDateTime &now);
    // Ages are counted to this time (the tests give one); by default, now.
    void setNow(const QDateTime &now) { m_now = now; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    QDateTime m_now;
};

} // namespace ionos
