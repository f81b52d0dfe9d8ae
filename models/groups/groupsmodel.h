#pragma once

#include "group.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace ionos {

// The groups as a table: name, how many members and shares (filled in as they load), and how
// many of the 25 privileges each grants.
class GroupsModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Users dropped on a group: the view turns this into membership changes.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    void reset(const QList<Group> &groups);
    void insert(const Group &group);
    void update(const Group &group);
    void remove(const QString &groupId);
    void setPending(const QString &groupId, bool pending);
    void setMemberCount(const QString &groupId, int count);
    void setShareCount(const QString &groupId, int count);
    void adjustMemberCount(const QString &groupId, int delta);
    void adjustShareCount(const QString &groupId, int delta);

    int rowOf(const QString &groupId) const { return m_rowById.value(groupId, -1); }
    std::optional<Group> group(const QString &groupId) const;
    const Group &at(int row) const { return m_rows.at(size_t(row)).group; }
    int memberCount(const QString &groupId) const;

signals:
    void usersDropped(const QString &groupId, const QStringList &userIds);

private:
    struct Row
    {
        Group group;
        int members = -1; // not loaded yet
        int shares = -1;
    };
    void reindexFrom(int row);
    void changedCell(int row, int column);

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowById;
    QSet<QString> m_pending;
};

} // namespace ionos
