#pragma once

#include "models/keyedtablemodel.h"
#include "network/admin.h"

#include <optional>

namespace ionos {

class AccountState;

// The admins of the reseller contract the account state holds: id, first name, last name,
// e-mail.
class AdminsModel : public KeyedTableModel<Admin, qint64>
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        FirstNameColumn,
        LastNameColumn,
        EmailColumn,
        ColumnCount
    };
    enum Role
    {
        AdminIdRole = Qt::UserRole + 1,
        SortRole
    };

    explicit AdminsModel(AccountState &state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    std::optional<Admin> admin(qint64 adminId) const { return find(adminId); }
};

} // namespace ionos
