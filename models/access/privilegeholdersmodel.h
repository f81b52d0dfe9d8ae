#pragma once

#include "models/access/effectiveaccess.h"
#include "models/keyedtablemodel.h"

namespace ionos {

// Who holds one privilege, and through which groups (or as an administrator).
class PrivilegeHoldersModel : public KeyedTableModel<PrivilegeHolder>
{
    Q_OBJECT

public:
    enum Column
    {
        UserColumn,
        NameColumn,
        ThroughColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit PrivilegeHoldersModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The holders of the privilege; the engine names the groups.
    void show(const QString &privilegeKey, const EffectiveAccess &engine);
    void clear() { reset({}); }

private:
    QHash<QString, QString> m_groupNames;
};

} // namespace ionos
