#include "models/snapshot/snapshotdiffmodel.h"

#include "models/resources/resourcesmodel.h"
#include "models/tableexport.h"
#include "network/privileges.h"

#include <QCoreApplication>

namespace ionos {
namespace {

QString keyOf(const SnapshotChange &c)
{
    return QStringList{SnapshotChange::kindName(c.kind),
                       SnapshotChange::opName(c.op),
                       c.contract,
                       c.group,
                       c.user,
                       c.resource,
                       c.admin,
                       c.field}
        .join(QLatin1Char('/'));
}

QString valueText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QCoreApplication::translate("ionos::SnapshotDiffModel", "Yes")
                          : QCoreApplication::translate("ionos::SnapshotDiffModel", "No");
    if (v.isNull() || v.isUndefined())
        return {};
    return v.toVariant().toString();
}

} // namespace

SnapshotNames SnapshotNames::of(const AccountSnapshot &before, const AccountSnapshot &after)
{
    SnapshotNames n;
    for (const AccountSnapshot *s : {&before, &after}) { // the newer name wins
        for (const User &u : s->account.users)
            n.users.insert(u.id, u.displayName().isEmpty()
                                     ? u.email
                                     : QStringLiteral("%1 <%2>").arg(u.displayName(), u.email));
        for (const Group &g : s->account.groups)
            n.groups.insert(g.id, g.name);
        for (const Resource &r : s->account.resources)
            n.resources.insert(r.id,
                               QStringLiteral("%1 (%2)").arg(r.name.isEmpty() ? r.id : r.name,
                                                             ResourcesModel::typeLabel(r.type)));
        for (auto it = s->admins.constBegin(); it != s->admins.constEnd(); ++it) {
            for (const Admin &a : it.value())
                n.admins.insert(QStringLiteral("%1/%2").arg(it.key()).arg(a.id), a.email);
        }
    }
    return n;
}

QString SnapshotNames::subject(const SnapshotChange &c) const
{
    const QString user = users.value(c.user, c.user);
    const QString group = groups.value(c.group, c.group);
    const QString resource = resources.value(c.resource, c.resource);
    switch (c.kind) {
    case SnapshotChange::Kind::User:
        return user;
    case SnapshotChange::Kind::Group:
    case SnapshotChange::Kind::Privilege:
        return group;
    case SnapshotChange::Kind::Member:
        return QCoreApplication::translate("ionos::SnapshotDiffModel", "%1 in %2").arg(user, group);
    case SnapshotChange::Kind::Share:
        return QCoreApplication::translate("ionos::SnapshotDiffModel", "%1 with %2")
            .arg(resource, group);
    case SnapshotChange::Kind::Resource:
        return resource;
    case SnapshotChange::Kind::Admin:
        return QCoreApplication::translate("ionos::SnapshotDiffModel", "%1 of contract %2")
            .arg(admins.value(c.contract + QLatin1Char('/') + c.admin, c.admin), c.contract);
    }
    return {};
}

SnapshotDiffModel::SnapshotDiffModel(QObject *parent)
    : KeyedTableModel({{"kind", QT_TRANSLATE_NOOP("ionos::SnapshotDiffModel", "Kind")},
                       {"op", QT_TRANSLATE_NOOP("ionos::SnapshotDiffModel", "Change")},
                       {"subject", QT_TRANSLATE_NOOP("ionos::SnapshotDiffModel", "Subject")},
                       {"field", QT_TRANSLATE_NOOP("ionos::SnapshotDiffModel", "Field")},
                       {"before", QT_TRANSLATE_NOOP("ionos::SnapshotDiffModel", "Before")},
                       {"after", QT_TRANSLATE_NOOP("ionos::SnapshotDiffModel", "After")}},
                      keyOf, {}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

void SnapshotDiffModel::show(const QList<SnapshotChange> &changes, const SnapshotNames &names)
{
    m_names = names;
    reset(changes);
}

QString SnapshotDiffModel::kindLabel(SnapshotChange::Kind kind, int count)
{
    const char *text = "";
    switch (kind) {
    case SnapshotChange::Kind::User:
        text = QT_TRANSLATE_N_NOOP("ionos::SnapshotDiffModel", "Users (%n)");
        break;
    case SnapshotChange::Kind::Group:
        text = QT_TRANSLATE_N_NOOP("ionos::SnapshotDiffModel", "Groups (%n)");
        break;
    case SnapshotChange::Kind::Privilege:
        text = QT_TRANSLATE_N_NOOP("ionos::SnapshotDiffModel", "Privileges (%n)");
        break;
    case SnapshotChange::Kind::Member:
        text = QT_TRANSLATE_N_NOOP("ionos::SnapshotDiffModel", "Members (%n)");
        break;
    case SnapshotChange::Kind::Share:
        text = QT_TRANSLATE_N_NOOP("ionos::SnapshotDiffModel", "Shares (%n)");
        break;
    case SnapshotChange::Kind::Resource:
        text = QT_TRANSLATE_N_NOOP("ionos::SnapshotDiffModel", "Resources (%n)");
        break;
    case SnapshotChange::Kind::Admin:
        text = QT_TRANSLATE_N_NOOP("ionos::SnapshotDiffModel", "Reseller admins (%n)");
        break;
    }
    return QCoreApplication::translate("ionos::SnapshotDiffModel", text, nullptr, count);
}

QVariant SnapshotDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SnapshotChange &c = rowOfIndex(index);
    if (role == KindRole)
        return int(c.kind);
    if (role == ExportValueRole) {
        switch (index.column()) {
        case KindColumn:
            return SnapshotChange::kindName(c.kind);
        case OpColumn:
            return SnapshotChange::opName(c.op);
        case FieldColumn:
            return c.field;
        case BeforeColumn:
            return c.before.toVariant();
        case AfterColumn:
            return c.after.toVariant();
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ExportValueRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        switch (c.kind) {
        case SnapshotChange::Kind::User:
            return tr("User");
        case SnapshotChange::Kind::Group:
            return tr("Group");
        case SnapshotChange::Kind::Privilege:
            return tr("Privilege");
        case SnapshotChange::Kind::Member:
            return tr("Member");
        case SnapshotChange::Kind::Share:
            return tr("Share");
        case SnapshotChange::Kind::Resource:
            return tr("Resource");
        case SnapshotChange::Kind::Admin:
            return tr("Reseller admin");
        }
        return {};
    case OpColumn:
        return c.op == SnapshotChange::Op::Added     ? tr("Added")
               : c.op == SnapshotChange::Op::Removed ? tr("Removed")
                                                     : tr("Changed");
    case SubjectColumn:
        return m_names.subject(c);
    case FieldColumn: {
        const int at =
            c.kind == SnapshotChange::Kind::Privilege ? Privileges::indexOf(c.field) : -1;
        return at >= 0 ? Privileges::all().at(at).label() : c.field;
    }
    case BeforeColumn:
        return valueText(c.before);
    case AfterColumn:
        return valueText(c.after);
    default:
        return {};
    }
}

} // namespace ionos
