#include "models/access/privilegeholdersmodel.h"

namespace ionos {

PrivilegeHoldersModel::PrivilegeHoldersModel(QObject *parent)
    : KeyedTableModel(
          {{"user", QT_TRANSLATE_NOOP("ionos::PrivilegeHoldersModel", "User")},
           {"name", QT_TRANSLATE_NOOP("ionos::PrivilegeHoldersModel", "Name")},
           {"via", QT_TRANSLATE_NOOP("ionos::PrivilegeHoldersModel", "Through")}},
          [](const PrivilegeHolder &h) { return h.user.id; }, {}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

void PrivilegeHoldersModel::show(const QString &privilegeKey, const EffectiveAccess &engine)
{
    const QList<PrivilegeHolder> holders = engine.holders(privilegeKey);
    m_groupNames.clear();
    for (const PrivilegeHolder &h : holders) {
        for (const QString &source : h.sources) {
            if (const Group *g = engine.group(source))
                m_groupNames.insert(source, g->name.isEmpty() ? g->id : g->name);
        }
    }
    reset(holders);
}

QVariant PrivilegeHoldersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PrivilegeHolder &h = rowOfIndex(index);
    if (role == IdRole)
        return h.user.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ExportValueRole)
        return {};
    switch (index.column()) {
    case UserColumn:
        return h.user.email;
    case NameColumn:
        return h.user.displayName();
    case ThroughColumn: {
        if (role == ExportValueRole)
            return h.sources;
        QStringList names;
        for (const QString &source : h.sources)
            names << (source == EffectiveAccess::kAdministrator
                          ? tr("administrator")
                          : m_groupNames.value(source, source));
        return names.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

} // namespace ionos
