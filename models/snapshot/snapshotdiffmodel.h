#pragma once

#include "models/keyedtablemodel.h"
#include "models/snapshot/snapshotdiff.h"
#include "models/snapshot/snapshotnames.h"

namespace ionos {

// The changes between two states as a table: kind, change, what it is about, field, before and
// after; exported with the diff's own keys and values.
class SnapshotDiffModel : public KeyedTableModel<SnapshotChange>
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        OpColumn,
        SubjectColumn,
        FieldColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(SnapshotChange::Kind)
    };

    explicit SnapshotDiffModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void show(const QList<SnapshotChange> &changes, const SnapshotNames &names);
    const SnapshotChange &at(int row) const { return rowAt(row); }
    static QString kindLabel(SnapshotChange::Kind kind, int count);

private:
    SnapshotNames m_names;
};

} // namespace ionos
