#include "models/snapshot/snapshotdiffmodel.h"

#include "models/resources/resourcesmodel.h"
#include "models/tableexport.h"
#include "network/privileges.h"

#include <QCoreApplication>

namespace ionos {
namespace {

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

SnapshotDiffModel::SnapshotDiffModel(QObject *parent)
    : KeyedTableModel({{"kind", QT_TRANSLATE_NOOP("ionos::SnapshotDiffModel", "Kind")},
                       {"op", QT_TRANSLATE_NOOP("ionos::SnapshotDiffModel", "Change")},
                       {"subject", QT_TRANSLATE_NOOP("ionos::SnapshotDiffModel", "Subject")},
                       {"field", QT_TRANSLATE_NOOP("ionos::SnapshotDiffModel", "Field")},
                       {"before", QT_TRANSLATE_NOOP("ionos::SnapshotDiffModel", "Before")},
                       {"after", QT_TRANSLATE_NOOP("ionos::SnapshotDiffModel", "After")}},
                      &SnapshotChange::identity, {}, parent)
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
    case SnapshotChange::Kind::Key:
        text = QT_TRANSLATE_N_NOOP("ionos::SnapshotDiffModel", "Object Storage keys (%n)");
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
        case SnapshotChange::Kind::Key:
            return tr("Object Storage key");
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
