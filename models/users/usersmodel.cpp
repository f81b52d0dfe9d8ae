#include "usersmodel.h"

#include "tableexport.h"

#include <QFont>
#include <QLocale>
#include <QMimeData>

namespace ionos {

UsersModel::UsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

const char *UsersModel::userIdsMimeType()
{
    return "application/x-ionos-user-ids";
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = at(index.row());
    const bool pending = m_pending.contains(u.id);
    if (role == IdRole)
        return u.id;
    if (role == PendingRole)
        return pending;
    if (role == Qt::FontRole && pending) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && pending)
        return tr("A change to this user is in progress…");
    auto yesNo = [](bool on) { return on ? tr("Yes") : tr("No"); };
    const QLocale locale;
    switch (index.column()) {
    case FirstNameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return u.firstname;
        if (role == SortRole)
            return u.firstname.toLower();
        break;
    case LastNameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return u.lastname;
        if (role == SortRole)
            return u.lastname.toLower();
        break;
    case EmailColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return u.email;
        if (role == SortRole)
            return u.email.toLower();
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
            return u.lastLogin ? locale.toString(u.lastLogin->toLocalTime(), QLocale::ShortFormat)
                               : tr("Never");
        if (role == SortRole)
            return u.lastLogin ? u.lastLogin->toMSecsSinceEpoch() : qint64(-1);
        if (role == ExportValueRole)
            return u.lastLogin ? *u.lastLogin : QDateTime();
        break;
    case CreatedColumn:
        if (role == Qt::DisplayRole)
            return u.created.isValid()
                       ? locale.toString(u.created.toLocalTime().date(), QLocale::ShortFormat)
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

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const keys[] = {"firstName",     "lastName",     "email",
                                       "administrator", "forceSecAuth", "secAuthActive",
                                       "active",        "lastLogin",    "created"};
    static_assert(std::size(keys) == ColumnCount);
    if (orientation == Qt::Horizontal && role == ExportKeyRole && section >= 0 &&
        section < ColumnCount)
        return QString::fromLatin1(keys[section]);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FirstNameColumn:
        return tr("First Name");
    case LastNameColumn:
        return tr("Last Name");
    case EmailColumn:
        return tr("E-mail");
    case AdministratorColumn:
        return tr("Administrator");
    case ForceSecAuthColumn:
        return tr("2FA Forced");
    case SecAuthActiveColumn:
        return tr("2FA Active");
    case ActiveColumn:
        return tr("Active");
    case LastLoginColumn:
        return tr("Last Login");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
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

void UsersModel::reindexFrom(int row)
{
    for (int r = row; r < int(m_users.size()); ++r)
        m_rowById.insert(m_users[size_t(r)].id, r);
}

void UsersModel::reset(const QList<User> &users)
{
    beginResetModel();
    m_users.assign(users.begin(), users.end());
    m_rowById.clear();
    m_pending.clear();
    reindexFrom(0);
    endResetModel();
}

void UsersModel::insert(const User &user)
{
    if (m_rowById.contains(user.id)) {
        update(user);
        return;
    }
    const int row = int(m_users.size());
    beginInsertRows({}, row, row);
    m_users.push_back(user);
    m_rowById.insert(user.id, row);
    endInsertRows();
}

void UsersModel::update(const User &user)
{
    const int row = rowOf(user.id);
    if (row < 0)
        return;
    m_users[size_t(row)] = user;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UsersModel::remove(const QString &userId)
{
    const int row = rowOf(userId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_users.erase(m_users.begin() + row);
    m_rowById.remove(userId);
    m_pending.remove(userId);
    reindexFrom(row);
    endRemoveRows();
}

void UsersModel::setPending(const QString &userId, bool pending)
{
    const int row = rowOf(userId);
    if (row < 0 || m_pending.contains(userId) == pending)
        return;
    if (pending)
        m_pending.insert(userId);
    else
        m_pending.remove(userId);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                     {Qt::FontRole, Qt::ToolTipRole, PendingRole});
}

int UsersModel::rowOf(const QString &userId) const
{
    return m_rowById.value(userId, -1);
}

std::optional<User> UsersModel::user(const QString &userId) const
{
    const int row = rowOf(userId);
    return row < 0 ? std::nullopt : std::optional<User>(at(row));
}

} // namespace ionos
