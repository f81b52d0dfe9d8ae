#pragma once

#include "user.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace ionos {

// The users of the account as a table. Single changes insert, remove or update one row; only a
// full load resets. A row whose change is in progress is marked pending.
class UsersModel : public QAbstractTableModel
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
        SortRole, // raw values for sorting: bools, dates, lower-case text
        PendingRole,
    };

    explicit UsersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    void reset(const QList<User> &users);
    void insert(const User &user);
    void update(const User &user);
    void remove(const QString &userId);
    void setPending(const QString &userId, bool pending);

    int rowOf(const QString &userId) const;
    std::optional<User> user(const QString &userId) const;
    const User &at(int row) const { return m_users.at(size_t(row)); }
    QList<User> users() const { return {m_users.begin(), m_users.end()}; }

    static const char *userIdsMimeType();

private:
    void reindexFrom(int row);

    std::vector<User> m_users;
    QHash<QString, int> m_rowById;
    QSet<QString> m_pending;
};

} // namespace ionos
