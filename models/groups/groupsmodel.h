#pragma once

#include "models/keyedtablemodel.h"
#include "network/group.h"

#include <optional>

namespace ionos {

class AccountState;

// The groups as a table: name, how many members and shares (as the account state knows them,
// "loading…" until then), and how many of the 25 privileges each grants.
class GroupsModel : public KeyedTableModel<Group>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        MembersColumn,
        SharesColumn,
        PrivilegesColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        PendingRole
    };

    explicit GroupsModel(AccountState &state, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Users dropped on a group: the view turns this into membership changes.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    std::optional<Group> group(const QString &groupId) const { return find(groupId); }
    const Group &at(int row) const { return rowAt(row); }
    // Where the counts come from.
    const AccountState &state() const { return m_state; }

signals:
    void usersDropped(const QString &groupId, const QStringList &userIds);

private:
    void countsChanged(const QString &groupId, int column);

    const AccountState &m_state;
};

} // namespace ionos
