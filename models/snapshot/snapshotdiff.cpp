#include "models/snapshot/snapshotdiff.h"

#include "network/privileges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace ionos {
namespace {

using Kind = SnapshotChange::Kind;
using Op = SnapshotChange::Op;

// What a change is about, for its place in the list: kind, then the ids, then the field.
QString orderKey(const SnapshotChange &c)
{
    return QStringList{
        QString::number(int(c.kind)), c.contract, c.group, c.user, c.resource, c.admin, c.field}
        .join(QChar(0x1f));
}

// The ids of both sides, sorted.
template <typename T, typename Id>
QStringList unionOfIds(const QList<T> &a, const QList<T> &b, Id id)
{
    QSet<QString> ids;
    for (const T &x : a)
        ids.insert(id(x));
    for (const T &x : b)
        ids.insert(id(x));
    QStringList sorted(ids.begin(), ids.end());
    sorted.sort();
    return sorted;
}

template <typename T, typename Id> QHash<QString, const T *> byId(const QList<T> &list, Id id)
{
    QHash<QString, const T *> out;
    for (const T &x : list)
        out.insert(id(x), &x);
    return out;
}

class Differ
{
public:
    Differ(const AccountSnapshot &before, const AccountSnapshot &after)
        : m_before(before.account)
        , m_after(after.account)
        , m_adminsBefore(before.admins)
        , m_adminsAfter(after.admins)
    {}

    QList<SnapshotChange> run()
    {
        users();
        groups();
        resources();
        admins();
        std::stable_sort(m_out.begin(), m_out.end(),
                         [](const SnapshotChange &a, const SnapshotChange &b) {
                             return orderKey(a) < orderKey(b);
                         });
        return m_out;
    }

private:
    void add(SnapshotChange c) { m_out << std::move(c); }
    void field(SnapshotChange c, const QString &name, const QJsonValue &before,
               const QJsonValue &after)
    {
        if (before == after)
            return;
        c.op = Op::Changed;
        c.field = name;
        c.before = before;
        c.after = after;
        add(c);
    }

    void users()
    {
        const auto id = [](const User &u) { return u.id; };
        const auto before = byId(m_before.users, id);
        const auto after = byId(m_after.users, id);
        for (const QString &userId : unionOfIds(m_before.users, m_after.users, id)) {
            SnapshotChange c;
            c.kind = Kind::User;
            c.user = userId;
            const User *b = before.value(userId);
            const User *a = after.value(userId);
            if (!b || !a) {
                c.op = b ? Op::Removed : Op::Added;
                add(c);
                continue;
            }
            field(c, QStringLiteral("firstname"), b->firstname, a->firstname);
            field(c, QStringLiteral("lastname"), b->lastname, a->lastname);
            field(c, QStringLiteral("email"), b->email, a->email);
            field(c, QStringLiteral("administrator"), b->administrator, a->administrator);
            field(c, QStringLiteral("forceSecAuth"), b->forceSecAuth, a->forceSecAuth);
            field(c, QStringLiteral("secAuthActive"), b->secAuthActive, a->secAuthActive);
            field(c, QStringLiteral("active"), b->active, a->active);
        }
    }

    void groups()
    {
        const auto id = [](const Group &g) { return g.id; };
        const auto before = byId(m_before.groups, id);
        const auto after = byId(m_after.groups, id);
        for (const QString &groupId : unionOfIds(m_before.groups, m_after.groups, id)) {
            SnapshotChange c;
            c.kind = Kind::Group;
            c.group = groupId;
            const Group *b = before.value(groupId);
            const Group *a = after.value(groupId);
            if (!b || !a) {
                c.op = b ? Op::Removed : Op::Added;
                add(c);
            } else {
                field(c, QStringLiteral("name"), b->name, a->name);
                SnapshotChange p;
                p.kind = Kind::Privilege;
                p.group = groupId;
                for (const Privilege &privilege : Privileges::all())
                    field(p, privilege.key, b->privileges.value(privilege.key),
                          a->privileges.value(privilege.key));
            }
            // Members and shares of a group on one side only are all added or removed.
            members(groupId);
            shares(groupId);
        }
    }

    void members(const QString &groupId)
    {
        const QStringList b = m_before.members.value(groupId);
        const QStringList a = m_after.members.value(groupId);
        const QSet<QString> bs(b.begin(), b.end());
        const QSet<QString> as(a.begin(), a.end());
        for (const QString &userId : bs + as) {
            if (bs.contains(userId) == as.contains(userId))
                continue;
            SnapshotChange c;
            c.kind = Kind::Member;
            c.op = as.contains(userId) ? Op::Added : Op::Removed;
            c.group = groupId;
            c.user = userId;
            add(c);
        }
    }

    void shares(const QString &groupId)
    {
        const QList<GroupShare> b = m_before.shares.value(groupId);
        const QList<GroupShare> a = m_after.shares.value(groupId);
        const auto id = [](const GroupShare &s) { return s.resourceId; };
        const auto before = byId(b, id);
        const auto after = byId(a, id);
        for (const QString &resourceId : unionOfIds(b, a, id)) {
            SnapshotChange c;
            c.kind = Kind::Share;
            c.group = groupId;
            c.resource = resourceId;
            const GroupShare *bs = before.value(resourceId);
            const GroupShare *as = after.value(resourceId);
            if (!bs || !as) {
                c.op = bs ? Op::Removed : Op::Added;
                add(c);
                continue;
            }
            field(c, QStringLiteral("editPrivilege"), bs->editPrivilege, as->editPrivilege);
            field(c, QStringLiteral("sharePrivilege"), bs->sharePrivilege, as->sharePrivilege);
        }
    }

    void resources()
    {
        const auto id = [](const Resource &r) { return r.id; };
        const auto before = byId(m_before.resources, id);
        const auto after = byId(m_after.resources, id);
        for (const QString &resourceId : unionOfIds(m_before.resources, m_after.resources, id)) {
            SnapshotChange c;
            c.kind = Kind::Resource;
            c.resource = resourceId;
            const Resource *b = before.value(resourceId);
            const Resource *a = after.value(resourceId);
            if (!b || !a) {
                c.op = b ? Op::Removed : Op::Added;
                add(c);
                continue;
            }
            field(c, QStringLiteral("name"), b->name, a->name);
            field(c, QStringLiteral("secAuthProtection"), b->secAuthProtection,
                  a->secAuthProtection);
        }
    }

    void admins()
    {
        QSet<qint64> contracts;
        for (auto it = m_adminsBefore.constBegin(); it != m_adminsBefore.constEnd(); ++it)
            contracts.insert(it.key());
        for (auto it = m_adminsAfter.constBegin(); it != m_adminsAfter.constEnd(); ++it)
            contracts.insert(it.key());
        const auto id = [](const Admin &x) { return QString::number(x.id); };
        for (const qint64 contract : contracts) {
            const QList<Admin> b = m_adminsBefore.value(contract);
            const QList<Admin> a = m_adminsAfter.value(contract);
            const auto before = byId(b, id);
            const auto after = byId(a, id);
            for (const QString &adminId : unionOfIds(b, a, id)) {
                SnapshotChange c;
                c.kind = Kind::Admin;
                c.contract = QString::number(contract);
                c.admin = adminId;
                const Admin *ba = before.value(adminId);
                const Admin *aa = after.value(adminId);
                if (!ba || !aa) {
                    c.op = ba ? Op::Removed : Op::Added;
                    add(c);
                    continue;
                }
                field(c, QStringLiteral("firstName"), ba->firstName, aa->firstName);
                field(c, QStringLiteral("lastName"), ba->lastName, aa->lastName);
                field(c, QStringLiteral("email"), ba->email, aa->email);
            }
        }
    }

    const AccessFacts &m_before;
    const AccessFacts &m_after;
    const QMap<qint64, QList<Admin>> &m_adminsBefore;
    const QMap<qint64, QList<Admin>> &m_adminsAfter;
    QList<SnapshotChange> m_out;
};

} // namespace

QString SnapshotChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::User:
        return QStringLiteral("user");
    case Kind::Group:
        return QStringLiteral("group");
    case Kind::Privilege:
        return QStringLiteral("privilege");
    case Kind::Member:
        return QStringLiteral("member");
    case Kind::Share:
        return QStringLiteral("share");
    case Kind::Resource:
        return QStringLiteral("resource");
    case Kind::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QString SnapshotChange::opName(Op op)
{
    switch (op) {
    case Op::Added:
        return QStringLiteral("added");
    case Op::Removed:
        return QStringLiteral("removed");
    case Op::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QJsonObject SnapshotChange::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("op"), opName(op)}};
    const std::pair<const char *, const QString *> ids[] = {
        {"user", &user},         {"group", &group}, {"resource", &resource},
        {"contract", &contract}, {"admin", &admin}, {"field", &field}};
    for (const auto &[key, value] : ids) {
        if (!value->isEmpty())
            o.insert(QLatin1String(key), *value);
    }
    if (op == Op::Changed) {
        o.insert(QStringLiteral("before"), before);
        o.insert(QStringLiteral("after"), after);
    }
    return o;
}

QString SnapshotChange::toText() const
{
    QStringList parts{opName(op), kindName(kind)};
    const std::pair<const char *, const QString *> ids[] = {{"contract", &contract},
                                                            {"group", &group},
                                                            {"user", &user},
                                                            {"resource", &resource},
                                                            {"admin", &admin}};
    for (const auto &[key, value] : ids) {
        if (!value->isEmpty())
            parts << QStringLiteral("%1=%2").arg(QLatin1String(key), *value);
    }
    QString line = parts.join(QLatin1Char(' '));
    if (op == Op::Changed) {
        auto shown = [](const QJsonValue &v) {
            return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                .mid(1)
                .chopped(1);
        };
        line += QStringLiteral(" %1: %2 -> %3").arg(field, shown(before), shown(after));
    }
    return line;
}

QList<SnapshotChange> SnapshotDiff::between(const AccountSnapshot &before,
                                            const AccountSnapshot &after)
{
    return Differ(before, after).run();
}

QByteArray SnapshotDiff::toJson(const QList<SnapshotChange> &changes)
{
    QJsonArray list;
    for (const SnapshotChange &c : changes)
        list.append(c.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("changes"), list}})
        .toJson(QJsonDocument::Indented);
}

QByteArray SnapshotDiff::toText(const QList<SnapshotChange> &changes)
{
    QByteArray out;
    for (const SnapshotChange &c : changes)
        out += c.toText().toUtf8() + '\n';
    return out;
}

} // namespace ionos
