#pragma once

#include "models/keyedtablemodel.h"
#include "network/group.h"

#include <optional>

namespace ionos {

// A group with its member and share counts, as the groups table keeps it.
struct GroupRow
{
    Group group;
    int members = -1; // not loaded yet
    int shares = -1;
};

// The groups as a table: name, how many members and shares (filled in as they load), and how
// many of the 25 privileges each grants.
class GroupsModel : public KeyedTableModel<GroupRow>
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

    explicit GroupsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Users dropped on a group: the view turns this into membership changes.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Groups as loaded: their counts are filled in as they load.
    void reset(const QList<Group> &groups);
    // A new group, which has no members and no shares; an update when it is there.
    void insert(const Group &group);
    // A changed group keeps its counts.
    void update(const Group &group);
    void setMemberCount(const QString &groupId, int count);
    void setShareCount(const QString &groupId, int count);
    void adjustMemberCount(const QString &groupId, int delta);
    void adjustShareCount(const QString &groupId, int delta);

    std::optional<Group> group(const QString &groupId) const;
    const Group &at(int row) const { return rowAt(row).group; }
    int memberCount(const QString &groupId) const;

signals:
    void usersDropped(const QString &groupId, const QStringList &userIds);
};

} // namespace ionos
