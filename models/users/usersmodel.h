#pragma once

#include "models/keyedtablemodel.h"
#include "network/user.h"

#include <optional>

namespace ionos {

// Users as a table, following the changes of the rows it shows (the account state's users, or
// some of them kept apart, such as a group's members): single changes insert, remove or update
// one row; only a full load resets. A row whose change is in progress is marked pending.
class UsersModel : public KeyedTableModel<User>
{
    Q_OBJECT

public:
    enum Column
    {
        FirstNameColumn,
        LastNameColumn,
        EmailColumn,
        AdministratorColumn,
        ForceSecAuthColumn,
        SecAuthActiveColumn,
        ActiveColumn,
        LastLoginColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole, // raw values for sorting: bools, dates, text (compared without case)
        PendingRole,
    };

    explicit UsersModel(KeyedRows<User> &rows, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    std::optional<User> user(const QString &userId) const { return find(userId); }
    const User &at(int row) const { return rowAt(row); }
    QList<User> users() const { return allRows(); }

    static const char *userIdsMimeType();
};

} // namespace ionos
