#include "models/users/usersmodel.h"

#include "models/displaytime.h"
#include "models/tableexport.h"

#include <QLocale>
#include <QMimeData>

namespace ionos {

UsersModel::UsersModel(KeyedRows<User> &rows, QObject *parent)
    : KeyedTableModel(
          {{"firstName", QT_TRANSLATE_NOOP("ionos::UsersModel", "First Name")},
           {"lastName", QT_TRANSLATE_NOOP("ionos::UsersModel", "Last Name")},
           {"email", QT_TRANSLATE_NOOP("ionos::UsersModel", "E-mail")},
           {"administrator", QT_TRANSLATE_NOOP("ionos::UsersModel", "Admin"),
            QT_TRANSLATE_NOOP("ionos::UsersModel",
                              "Administrator: may do everything in the contract")},
           {"forceSecAuth", QT_TRANSLATE_NOOP("ionos::UsersModel", "Needs 2FA"),
            QT_TRANSLATE_NOOP("ionos::UsersModel", "2-factor authentication is required")},
           {"secAuthActive", QT_TRANSLATE_NOOP("ionos::UsersModel", "Uses 2FA"),
            QT_TRANSLATE_NOOP("ionos::UsersModel", "2-factor authentication is set up")},
           {"active", QT_TRANSLATE_NOOP("ionos::UsersModel", "Active"),
            QT_TRANSLATE_NOOP("ionos::UsersModel", "The user may sign in")},
           {"lastLogin", QT_TRANSLATE_NOOP("ionos::UsersModel", "Last Login")},
           {"created", QT_TRANSLATE_NOOP("ionos::UsersModel", "Created")}},
          rows, {Qt::FontRole, Qt::ToolTipRole, PendingRole}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

const char *UsersModel::userIdsMimeType()
{
    return "application/x-ionos-user-ids";
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = rowOfIndex(index);
    if (const QVariant state = rowState(u.id, role, IdRole, PendingRole); state.isValid())
        return state;
    if (role == Qt::ToolTipRole && isPending(u.id))
        return tr("A change to this user is in progress…");
    auto yesNo = [](bool on) { return on ? tr("Yes") : tr("No"); };
    switch (index.column()) {
    case FirstNameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return u.firstname;
        if (role == SortRole)
            return u.firstname; // compared without case by the proxies, with no copy per comparison
        break;
    case LastNameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return u.lastname;
        if (role == SortRole)
            return u.lastname;
        break;
    case EmailColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return u.email;
        if (role == SortRole)
            return u.email;
        break;
    case AdministratorColumn:
    case ForceSecAuthColumn:
    case SecAuthActiveColumn:
    case ActiveColumn: {
        const bool on = index.column() == AdministratorColumn   ? u.administrator
                        : index.column() == ForceSecAuthColumn  ? u.forceSecAuth
                        : index.column() == SecAuthActiveColumn ? u.secAuthActive
                                                                : u.active;
        if (role == Qt::DisplayRole)
            return yesNo(on);
        if (role == SortRole || role == ExportValueRole)
            return on;
        break;
    }
    case LastLoginColumn:
        if (role == Qt::DisplayRole)
            return u.lastLogin ? DisplayTime::dateTime(*u.lastLogin) : tr("Never");
        if (role == SortRole)
            return u.lastLogin ? u.lastLogin->toMSecsSinceEpoch() : qint64(-1);
        if (role == ExportValueRole)
            return u.lastLogin ? *u.lastLogin : QDateTime();
        break;
    case CreatedColumn:
        if (role == Qt::DisplayRole)
            return u.created.isValid() ? DisplayTime::date(u.created.toLocalTime().date())
                                       : QString();
        if (role == SortRole)
            return u.created.toMSecsSinceEpoch();
        if (role == ExportValueRole)
            return u.created;
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags UsersModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList UsersModel::mimeTypes() const
{
    return {QString::fromLatin1(userIdsMimeType())};
}

QMimeData *UsersModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(IdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(userIdsMimeType()), ids.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

} // namespace ionos
