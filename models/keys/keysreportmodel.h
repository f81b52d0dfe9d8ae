#pragma once

#include "models/access/accessfacts.h"
#include "models/keyedtablemodel.h"

#include <QDateTime>

namespace ionos {

// One Object Storage key of a user, for the keys report.
struct KeyReportRow
{
    QString userId;
    QString email;
    ObjectStorageKey key;
    qint64 ageDays = -1; // -1: the creation time is not known
};

// Every loaded user's Object Storage keys as one table, as of a time: the user, the key, whether
// it is active, when it was created and how many days ago. `report keys` writes it as JSON
// ({"asOf", "keys": [...]}) or CSV; a key's secret is never part of it.
class KeysReportModel : public KeyedTableModel<KeyReportRow>
{
    Q_OBJECT

public:
    enum Column
    {
        UserColumn,
        EmailColumn,
        KeyColumn,
        ActiveColumn,
        CreatedColumn,
        AgeColumn,
        ColumnCount
    };

    explicit KeysReportModel(QObject *parent = nullptr);

    // The users in their loaded order, each user's keys oldest first.
    void show(const AccessFacts &facts, const QDateTime &asOf);
    QByteArray toJson() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QDateTime m_asOf;
};

} // namespace ionos
