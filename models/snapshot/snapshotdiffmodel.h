#pragma once

#include "models/keyedtablemodel.h"
#include "models/snapshot/snapshotdiff.h"

#include <QHash>

namespace ionos {

// How the things a diff names read for a person, from the two states compared: a user as
// "Name <e-mail>", a group by name, a resource as "name (type)", an admin by e-mail.
struct SnapshotNames
{
    QHash<QString, QString> users;
    QHash<QString, QString> groups;
    QHash<QString, QString> resources;
    QHash<QString, QString> admins; // by "contract/admin"

    static SnapshotNames of(const AccountSnapshot &before, const AccountSnapshot &after);
    // What a change is about: "alice@example.com in Developers", "dc-prod (Data centers) with
    // Developers", "Developers", ...
    QString subject(const SnapshotChange &change) const;
};

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
