#pragma once

#include "models/keyedtablemodel.h"
#include "network/user.h"

#include <optional>

namespace ionos {

// The users of the account as a table. Single changes insert, remove or update one row; only a
// full load resets. A row whose change is in progress is marked pending.
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

    explicit UsersModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    std::optional<User> user(const QString &userId) const { return find(userId); }
    const User &at(int row) const { return rowAt(row); }
    QList<User> users() const { return allRows(); }

    static const char *userIdsMimeType();

    // A load that shows rows as they come: the first rows replace what was there, more follow.
    void showFirstRows(const QList<User> &users) { reset(users); }
    void showMoreRows(const QList<User> &users) { append(users); }
    // Every user is in: the rows become exactly these, without a reset.
    void finishLoad(const QList<User> &users);
    // Whether a complete list of users was loaded; until then the rows may be some of them.
    bool isComplete() const { return m_complete; }

signals:
    void loadFinished();

private:
    bool m_complete = false;
};

} // namespace ionos
