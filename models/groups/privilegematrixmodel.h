#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QPointer>

namespace ionos {

class GroupsModel;

// Groups as rows and the 25 privileges as columns of checkboxes, edited in place, then a column
// with the group's number of members. A change is staged (pending) until it is applied; each cell
// then shows whether it was applied or failed. The rows follow the groups model.
class PrivilegeMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class CellState
    {
        Unchanged,
        Pending,
        Applying,
        Applied,
        Failed
    };
    enum Role
    {
        CellStateRole = Qt::UserRole + 1,
        GroupIdRole,
        PrivilegeKeyRole
    };

    explicit PrivilegeMatrixModel(GroupsModel &groups, QObject *parent = nullptr);

    // The column after the privileges: how many members the group has.
    static int membersColumn();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The staged changes: group id -> privilege key -> new value.
    QMap<QString, QMap<QString, bool>> stagedChanges() const;
    bool hasStagedChanges() const;
    void discard();

    void markApplying(const QString &groupId);
    void markApplied(const QString &groupId);
    void markFailed(const QString &groupId, const QString &message);

signals:
    void stagedChangesChanged(bool any);

private:
    struct Cell
    {
        bool value = false;
        CellState state = CellState::Pending;
        QString message;
    };
    bool currentValue(int row, int column) const;
    void groupChanged(const QString &groupId);
    void setStates(const QString &groupId, CellState from, CellState to,
                   const QString &message = {});

    GroupsModel &m_groups;
    QHash<QString, QHash<int, Cell>> m_cells; // group id -> column -> staged or recent cell
};

} // namespace ionos
