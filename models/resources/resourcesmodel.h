#pragma once

#include "network/resource.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace ionos {

class AccountState;

// The account state's resources as a tree, following its changes: one node per type (the known
// ones and any other the server lists), with its count, and under it each resource with name, id,
// owner (by name when the state knows the user), state, 2FA protection and creation date.
class ResourcesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        IdColumn,
        OwnerColumn,
        StateColumn,
        SecAuthColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        ResourceIdRole = Qt::UserRole + 1,
        TypeRole,
        SortRole
    };
    explicit ResourcesModel(const AccountState &state, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Resource *resource(const QString &resourceId) const;
    QList<Resource> resources() const;
    QString ownerOf(const Resource &resource) const;

private:
    // A type's resources by id, in the order the state has them; their data stays in the state.
    struct TypeNode
    {
        QString type;
        std::vector<QString> ids;
    };
    static constexpr quintptr kTypeLevel = 0;
    void rebuild();
    int typeRow(const QString &type) const;
    void removeRowsOfType(const QString &type);
    void insertRowsOfType(const QString &type);
    void resourceChanged(const QString &resourceId);
    void ownersChanged();
    void indexType(int typeRow);
    const Resource &resourceAt(const QModelIndex &index) const;

    const AccountState &m_state;
    std::vector<TypeNode> m_types;
    QHash<QString, std::pair<int, int>> m_position; // resource id -> (type row, row)
};

} // namespace ionos
