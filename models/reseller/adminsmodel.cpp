#include "models/reseller/adminsmodel.h"

#include "models/account/accountstate.h"
#include "models/tableexport.h"

namespace ionos {

AdminsModel::AdminsModel(AccountState &state, QObject *parent)
    : KeyedTableModel({{"id", QT_TRANSLATE_NOOP("ionos::AdminsModel", "Id")},
                       {"firstName", QT_TRANSLATE_NOOP("ionos::AdminsModel", "First Name")},
                       {"lastName", QT_TRANSLATE_NOOP("ionos::AdminsModel", "Last Name")},
                       {"email", QT_TRANSLATE_NOOP("ionos::AdminsModel", "E-mail")}},
                      state.admins(), {}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

QVariant AdminsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Admin &a = rowOfIndex(index);
    if (role == AdminIdRole || (role == ExportValueRole && index.column() == IdColumn))
        return a.id;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return role == SortRole ? QVariant(a.id) : QVariant(QString::number(a.id));
    case FirstNameColumn:
        return role == SortRole ? a.firstName.toLower() : a.firstName;
    case LastNameColumn:
        return role == SortRole ? a.lastName.toLower() : a.lastName;
    case EmailColumn:
        return role == SortRole ? a.email.toLower() : a.email;
    default:
        return {};
    }
}

} // namespace ionos
