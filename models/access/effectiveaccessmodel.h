#pragma once

#include "models/access/effectiveaccess.h"
#include "models/keyedtablemodel.h"

namespace ionos {

// One line of a user's effective access: a privilege they hold, or a resource they reach.
struct AccessLine
{
    enum class Kind
    {
        Privilege,
        Resource
    };
    QString userId;
    QString email;
    Kind kind = Kind::Privilege;
    QString key;  // the privilege's key, or the resource's id
    QString name; // the privilege's label, or the resource's name
    QString type; // the resource's type
    bool read = false;
    bool edit = false;
    bool share = false;
    bool blockedBy2fa = false;
    QStringList through;    // for people: group names, "owner", "administrator"
    QStringList throughIds; // for files: group ids, "owner", "administrator"
};

// A user's effective access as a table: every privilege with the groups it comes from, then
// every resource with its rights and paths. The table of one user's tab, and the access report
// as CSV, a user at a time.
class EffectiveAccessModel : public KeyedTableModel<AccessLine>
{
    Q_OBJECT

public:
    enum Column
    {
        UserColumn,
        KindColumn,
        NameColumn,
        TypeColumn,
        IdColumn,
        ReadColumn,
        EditColumn,
        ShareColumn,
        BlockedColumn,
        ThroughColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit EffectiveAccessModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The lines of this user; the engine names the groups of each path.
    void show(const UserAccess &access, const EffectiveAccess &engine);
    static QList<AccessLine> linesOf(const UserAccess &access, const EffectiveAccess &engine);
};

} // namespace ionos
