#include "models/resources/reachmodel.h"

#include "models/access/accessengine.h"
#include "models/tableexport.h"

namespace ionos {
namespace {

QString keyOf(const ReachRow &row)
{
    // A user reaches a resource once per path: per group, as owner, as administrator.
    return QStringLiteral("%1/%2/%3")
        .arg(row.user.id)
        .arg(int(row.path.kind))
        .arg(row.path.groupId);
}

} // namespace

ReachModel::ReachModel(AccessEngine &engine, QObject *parent)
    : KeyedTableModel(
          {{"user", QT_TRANSLATE_NOOP("ionos::ReachModel", "User")},
           {"email", QT_TRANSLATE_NOOP("ionos::ReachModel", "E-mail")},
           {"through", QT_TRANSLATE_NOOP("ionos::ReachModel", "Through")},
           {"read", QT_TRANSLATE_NOOP("ionos::ReachModel", "Read")},
           {"edit", QT_TRANSLATE_NOOP("ionos::ReachModel", "Edit")},
           {"share", QT_TRANSLATE_NOOP("ionos::ReachModel", "Share")},
           {"blockedBy2fa", QT_TRANSLATE_NOOP("ionos::ReachModel", "Blocked"),
            QT_TRANSLATE_NOOP("ionos::ReachModel",
                              "The resource is protected by 2-factor authentication and the user "
                              "has not set it up: the path gives no access")}},
          keyOf, {}, parent)
    , m_engine(engine)
{
    Q_ASSERT(columnCount() == ColumnCount);
    connect(&engine, &AccessEngine::changed, this, &ReachModel::recompute);
}

void ReachModel::showResource(const QString &resourceId)
{
    m_resourceId = resourceId;
    recompute();
}

bool ReachModel::isLoading() const
{
    // Until effective access is made of everything loaded, some paths may be missing.
    if (!m_engine.isComplete())
        return true;
    m_engine.current(); // made now when there is none yet
    return !m_engine.isLatestComplete();
}

void ReachModel::recompute()
{
    // A derived view: it is computed again as a whole, without a reset, so a selection stays.
    QList<ReachRow> rows;
    if (!m_resourceId.isEmpty() && !isLoading()) {
        const EffectiveAccess &access = m_engine.current();
        const Resource *resource = access.resource(m_resourceId);
        m_resourceName = resource ? resource->name : m_resourceId;
        for (const ResourceReach &reach : access.reachOf(m_resourceId)) {
            for (const AccessPath &path : reach.access.via)
                rows.append({reach.user, path, reach.access.blockedBy2fa});
        }
        // Group names as they are now, for through().
        m_groupNames.clear();
        for (const ReachRow &row : std::as_const(rows)) {
            if (const Group *g = access.group(row.path.groupId))
                m_groupNames.insert(g->id, g->name);
        }
    }
    replaceAll(rows);
}

QString ReachModel::through(const ReachRow &row) const
{
    switch (row.path.kind) {
    case AccessPath::Kind::Administrator:
        return tr("Administrator (reaches everything)");
    case AccessPath::Kind::Owner:
        return tr("Owner (created it)");
    case AccessPath::Kind::Group:
        break;
    }
    return tr("Group %1").arg(m_groupNames.value(row.path.groupId, row.path.groupId));
}

QVariant ReachModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReachRow &r = rowOfIndex(index);
    const bool read = !r.blockedBy2fa;
    const bool edit = read && r.path.edit;
    const bool share = read && r.path.share;
    if (role == ExportValueRole) {
        switch (index.column()) {
        case ReadColumn:
            return read;
        case EditColumn:
            return edit;
        case ShareColumn:
            return share;
        case BlockedColumn:
            return r.blockedBy2fa;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && r.blockedBy2fa)
        return tr("Blocked: %1 is protected by 2-factor authentication, and this user has not "
                  "set it up, so this path gives no access.")
            .arg(m_resourceName);
    if (role != Qt::DisplayRole)
        return {};
    auto yesNo = [](bool on) { return on ? tr("Yes") : tr("No"); };
    switch (index.column()) {
    case UserColumn:
        return r.user.displayName();
    case EmailColumn:
        return r.user.email;
    case ThroughColumn:
        return through(r);
    case ReadColumn:
        return yesNo(read);
    case EditColumn:
        return yesNo(edit);
    case ShareColumn:
        return yesNo(share);
    case BlockedColumn:
        return yesNo(r.blockedBy2fa);
    default:
        return {};
    }
}

} // namespace ionos
