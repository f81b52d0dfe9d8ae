#pragma once

#include "models/access/effectiveaccess.h"
#include "models/keyedtablemodel.h"

namespace ionos {

class AccessEngine;

// One way a user reaches a resource: a row of "who can reach it".
struct ReachRow
{
    User user;
    AccessPath path;
    // The resource is 2FA-protected and the user has no active 2FA: the path gives nothing.
    bool blockedBy2fa = false;
};

// Who can reach one resource, as effective access has it: every user with each path (a group
// that shares it, ownership, the administrator flag) and the rights it gives, a user whom
// 2-factor protection blocks marked so, with no right.
class ReachModel : public KeyedTableModel<ReachRow>
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
        BlockedColumn,
        ColumnCount
    };

    explicit ReachModel(AccessEngine &engine, QObject *parent = nullptr);

    void showResource(const QString &resourceId);
    QString resourceId() const { return m_resourceId; }
    // While users, groups with their members and shares, or resources are still loading, some
    // paths may be missing: the list stays empty and this says why.
    bool isLoading() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void recompute();
    QString through(const ReachRow &row) const;

    AccessEngine &m_engine;
    QString m_resourceId;
    QString m_resourceName;
    QHash<QString, QString> m_groupNames; // of the groups on the rows
};

} // namespace ionos
