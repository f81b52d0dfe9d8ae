#pragma once

#include "network/resource.h"

#include <QAbstractItemModel>
#include <QHash>

#include <functional>
#include <vector>

namespace ionos {

// The resources as a tree: one node per type (the known ones and any other the server lists),
// with its count, and under it each resource with name, id, owner, state, 2FA protection and
// creation date.
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
    // Who a user id is, for the owner column.
    using OwnerName = std::function<QString(const QString &userId)>;

    explicit ResourcesModel(QObject *parent = nullptr);

    void setOwnerName(OwnerName ownerName);
    void reset(const QList<Resource> &resources);
    // The resources of one type as loaded again: only that type's rows change.
    void replaceType(const QString &type, const QList<Resource> &resources);
    // One resource as read again; nothing when it is not in the model.
    void updateResource(const Resource &resource);

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
    static QString typeLabel(const QString &type);

private:
    struct TypeNode
    {
        QString type;
        std::vector<Resource> resources;
    };
    static constexpr quintptr kTypeLevel = 0;
    void indexType(int typeRow);

    std::vector<TypeNode> m_types;
    QHash<QString, std::pair<int, int>> m_position; // resource id -> (type row, row)
    OwnerName m_ownerName;
};

} // namespace ionos
