#include "models/access/effectiveaccessmodel.h"

#include "models/account/resourcetypes.h"
#include "network/privileges.h"

namespace ionos {
namespace {

QString lineKey(const AccessLine &line)
{
    return QStringLiteral("%1/%2/%3")
        .arg(line.userId,
             line.kind == AccessLine::Kind::Privilege ? QStringLiteral("privilege")
                                                      : QStringLiteral("resource"),
             line.key);
}

} // namespace

EffectiveAccessModel::EffectiveAccessModel(QObject *parent)
    : KeyedTableModel(
          {{"user", QT_TRANSLATE_NOOP("ionos::EffectiveAccessModel", "User")},
           {"kind", QT_TRANSLATE_NOOP("ionos::EffectiveAccessModel", "Kind")},
           {"name", QT_TRANSLATE_NOOP("ionos::EffectiveAccessModel", "Privilege or Resource")},
           {"type", QT_TRANSLATE_NOOP("ionos::EffectiveAccessModel", "Type")},
           {"id", QT_TRANSLATE_NOOP("ionos::EffectiveAccessModel", "Id"),
            QT_TRANSLATE_NOOP("ionos::EffectiveAccessModel",
                              "The privilege's key or the resource's id, as the API names them")},
           {"read", QT_TRANSLATE_NOOP("ionos::EffectiveAccessModel", "Read")},
           {"edit", QT_TRANSLATE_NOOP("ionos::EffectiveAccessModel", "Edit")},
           {"share", QT_TRANSLATE_NOOP("ionos::EffectiveAccessModel", "Share")},
           {"blockedBy2fa", QT_TRANSLATE_NOOP("ionos::EffectiveAccessModel", "Blocked"),
            QT_TRANSLATE_NOOP("ionos::EffectiveAccessModel",
                              "The resource is protected by 2-factor authentication and the user "
                              "has not set it up: no right, whatever the path")},
           {"via", QT_TRANSLATE_NOOP("ionos::EffectiveAccessModel", "Through")}},
          &lineKey, {}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

QList<AccessLine> EffectiveAccessModel::linesOf(const UserAccess &access,
                                                const EffectiveAccess &engine)
{
    QList<AccessLine> lines;
    const User &u = access.user;
    auto groupName = [&engine](const QString &groupId) {
        const Group *g = engine.group(groupId);
        return g && !g->name.isEmpty() ? g->name : groupId;
    };
    for (const Privilege &p : Privileges::all()) {
        const QStringList sources = access.privileges.value(p.key);
        if (sources.isEmpty())
            continue;
        AccessLine line;
        line.userId = u.id;
        line.email = u.email;
        line.key = p.key;
        line.name = p.label();
        for (const QString &source : sources) {
            line.through << (source == EffectiveAccess::kAdministrator ? tr("administrator")
                                                                       : groupName(source));
            line.throughIds << source;
        }
        lines << line;
    }
    for (const ResourceAccess &r : access.resources) {
        AccessLine line;
        line.userId = u.id;
        line.email = u.email;
        line.kind = AccessLine::Kind::Resource;
        line.key = r.resource.id;
        line.name = r.resource.name.isEmpty() ? r.resource.id : r.resource.name;
        line.type = r.resource.type;
        line.read = r.read;
        line.edit = r.edit;
        line.share = r.share;
        line.blockedBy2fa = r.blockedBy2fa;
        for (const AccessPath &path : r.via) {
            switch (path.kind) {
            case AccessPath::Kind::Group: {
                QStringList rights{tr("read")};
                if (path.edit)
                    rights << tr("edit");
                if (path.share)
                    rights << tr("share");
                line.through << tr("%1 (%2)").arg(groupName(path.groupId),
                                                  rights.join(QStringLiteral(", ")));
                line.throughIds << path.groupId;
                break;
            }
            case AccessPath::Kind::Owner:
                line.through << tr("owner");
                line.throughIds << QStringLiteral("owner");
                break;
            case AccessPath::Kind::Administrator:
                line.through << tr("administrator");
                line.throughIds << EffectiveAccess::kAdministrator;
                break;
            }
        }
        lines << line;
    }
    return lines;
}

void EffectiveAccessModel::show(const UserAccess &access, const EffectiveAccess &engine)
{
    reset(linesOf(access, engine));
}

QVariant EffectiveAccessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessLine &line = rowOfIndex(index);
    if (role == KeyRole)
        return lineKey(line);
    const bool privilege = line.kind == AccessLine::Kind::Privilege;
    auto flag = [&](bool on) -> QVariant {
        if (privilege)
            return role == ExportValueRole ? QVariant() : QVariant(QString());
        if (role == Qt::DisplayRole)
            return on ? tr("Yes") : tr("No");
        return on;
    };
    if (role == Qt::ToolTipRole && line.blockedBy2fa)
        return tr("Blocked: %1 is protected by 2-factor authentication, and this user has not "
                  "set it up. No path gives a right until they do.")
            .arg(line.name);
    if (role != Qt::DisplayRole && role != SortRole && role != ExportValueRole &&
        role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UserColumn:
        return role == ExportValueRole ? line.userId : line.email;
    case KindColumn:
        if (role == ExportValueRole)
            return privilege ? QStringLiteral("privilege") : QStringLiteral("resource");
        return privilege ? tr("Privilege") : tr("Resource");
    case NameColumn:
        return line.name;
    case TypeColumn:
        // For people the type says the kind too; files keep the API's type (none for a
        // privilege).
        if (role == ExportValueRole)
            return line.type;
        return privilege ? tr("Privilege") : ResourceTypes::singular(line.type);
    case IdColumn:
        return line.key;
    case ReadColumn:
        return flag(line.read);
    case EditColumn:
        return flag(line.edit);
    case ShareColumn:
        return flag(line.share);
    case BlockedColumn:
        return flag(line.blockedBy2fa);
    case ThroughColumn:
        if (role == ExportValueRole)
            return line.throughIds;
        return line.through.join(QStringLiteral("; "));
    default:
        return {};
    }
}

} // namespace ionos
