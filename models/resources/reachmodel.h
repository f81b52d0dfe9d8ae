#pragma once

#include "models/keyedtablemodel.h"
#include "models/resources/accessindex.h"

namespace ionos {

class GroupsModel;
class UsersModel;

// Who can reach one resource: every user, through which group, with which rights (read, edit,
// share), and every administrator, who reaches everything.
class ReachModel : public KeyedTableModel<AccessIndex::Reach>
{
    Q_OBJECT

public:
    enum Column
    {
        UserColumn,
        EmailColumn,
        ThroughColumn,
        ReadColumn,
        EditColumn,
        ShareColumn,
        ColumnCount
    };

    ReachModel(const AccessIndex &index, const UsersModel &users, const GroupsModel &groups,
               QObject *parent = nullptr);

    void showResource(const QString &resourceId);
    QString resourceId() const { return m_resourceId; }
    // While the users or the groups' members and shares are still loading, the list would be
    // incomplete: it stays empty and this says why.
    bool isLoading() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void recompute();

    const AccessIndex &m_index;
    const UsersModel &m_users;
    const GroupsModel &m_groups;
    QString m_resourceId;
};

} // namespace ionos
