#include "adminsmodel.h"

#include "tableexport.h"

namespace ionos {

AdminsModel::AdminsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AdminsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_admins.size());
}

int AdminsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdminsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Admin &a = m_admins[size_t(index.row())];
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

QVariant AdminsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const keys[] = {"id", "firstName", "lastName", "email"};
    static_assert(std::size(keys) == ColumnCount);
    if (orientation == Qt::Horizontal && role == ExportKeyRole && section >= 0 &&
        section < ColumnCount)
        return QString::fromLatin1(keys[section]);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case FirstNameColumn:
        return tr("First Name");
    case LastNameColumn:
        return tr("Last Name");
    case EmailColumn:
        return tr("E-mail");
    default:
        return {};
    }
}

int AdminsModel::rowOf(qint64 adminId) const
{
    for (size_t i = 0; i < m_admins.size(); ++i) {
        if (m_admins[i].id == adminId)
            return int(i);
    }
    return -1;
}

void AdminsModel::reset(const QList<Admin> &admins)
{
    beginResetModel();
    m_admins.assign(admins.begin(), admins.end());
    endResetModel();
}

void AdminsModel::insert(const Admin &admin)
{
    if (rowOf(admin.id) >= 0) {
        update(admin);
        return;
    }
    const int row = int(m_admins.size());
    beginInsertRows({}, row, row);
    m_admins.push_back(admin);
    endInsertRows();
}

void AdminsModel::update(const Admin &admin)
{
    const int row = rowOf(admin.id);
    if (row < 0)
        return;
    m_admins[size_t(row)] = admin;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AdminsModel::remove(qint64 adminId)
{
    const int row = rowOf(adminId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_admins.erase(m_admins.begin() + row);
    endRemoveRows();
}

std::optional<Admin> AdminsModel::admin(qint64 adminId) const
{
    const int row = rowOf(adminId);
    return row < 0 ? std::nullopt : std::optional<Admin>(m_admins[size_t(row)]);
}

} // namespace ionos
