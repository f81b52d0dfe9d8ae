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
    return QStringList{QString::number(int(c.kind)),
                       c.contract,
                       c.group,
                       c.user,
                       c.resource,
                       c.admin,
                       c.key,
                       c.field}
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
        keys();
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

    // Pairs the items of both sides by id. One on one side only is added or removed (named on
    // the change by `named`); one on both sides is handed to `compare`.
    template <typename T, typename Id, typename Named, typename Compare>
    void pairById(const QList<T> &before, const QList<T> &after, Kind kind, Id id, Named named,
                  Compare compare)
    {
        const auto beforeById = byId(before, id);
        const auto afterById = byId(after, id);
        for (const QString &key : unionOfIds(before, after, id)) {
            SnapshotChange c;
            c.kind = kind;
            named(c, key);
            const T *b = beforeById.value(key);
            const T *a = afterById.value(key);
            if (b && a) {
                compare(c, *b, *a);
            } else {
                c.op = b ? Op::Removed : Op::Added;
                add(c);
            }
        }
    }

    void users()
    {
        pairById(
            m_before.users, m_after.users, Kind::User, [](const User &u) { return u.id; },
            [](SnapshotChange &c, const QString &id) { c.user = id; },
            [this](const SnapshotChange &c, const User &b, const User &a) {
                field(c, QStringLiteral("firstname"), b.firstname, a.firstname);
                field(c, QStringLiteral("lastname"), b.lastname, a.lastname);
                field(c, QStringLiteral("email"), b.email, a.email);
                field(c, QStringLiteral("administrator"), b.administrator, a.administrator);
                field(c, QStringLiteral("forceSecAuth"), b.forceSecAuth, a.forceSecAuth);
                field(c, QStringLiteral("secAuthActive"), b.secAuthActive, a.secAuthActive);
                field(c, QStringLiteral("active"), b.active, a.active);
            });
    }

    void groups()
    {
        const auto id = [](const Group &g) { return g.id; };
        pairById(
            m_before.groups, m_after.groups, Kind::Group, id,
            [](SnapshotChange &c, const QString &groupId) { c.group = groupId; },
            [this](const SnapshotChange &c, const Group &b, const Group &a) {
                field(c, QStringLiteral("name"), b.name, a.name);
                SnapshotChange p;
                p.kind = Kind::Privilege;
                p.group = c.group;
                for (const Privilege &privilege : Privileges::all())
                    field(p, privilege.key, b.privileges.value(privilege.key),
                          a.privileges.value(privilege.key));
            });
        // Members and shares of a group on one side only are all added or removed.
        for (const QString &groupId : unionOfIds(m_before.groups, m_after.groups, id)) {
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
        pairById(
            m_before.shares.value(groupId), m_after.shares.value(groupId), Kind::Share,
            [](const GroupShare &s) { return s.resourceId; },
            [&groupId](SnapshotChange &c, const QString &resourceId) {
                c.group = groupId;
                c.resource = resourceId;
            },
            [this](const SnapshotChange &c, const GroupShare &b, const GroupShare &a) {
                field(c, QStringLiteral("editPrivilege"), b.editPrivilege, a.editPrivilege);
                field(c, QStringLiteral("sharePrivilege"), b.sharePrivilege, a.sharePrivilege);
            });
    }

    void resources()
    {
        pairById(
            m_before.resources, m_after.resources, Kind::Resource,
            [](const Resource &r) { return r.id; },
            [](SnapshotChange &c, const QString &id) { c.resource = id; },
            [this](const SnapshotChange &c, const Resource &b, const Resource &a) {
                field(c, QStringLiteral("name"), b.name, a.name);
                field(c, QStringLiteral("secAuthProtection"), b.secAuthProtection,
                      a.secAuthProtection);
            });
    }

    // Admins are compared for the contracts whose admins both states read: a state that did
    // not read a contract's admins (the account kept at the end of a session) says nothing
    // about them.
    void admins()
    {
        QList<qint64> contracts;
        for (auto it = m_adminsBefore.constBegin(); it != m_adminsBefore.constEnd(); ++it) {
            if (m_adminsAfter.contains(it.key()))
                contracts << it.key();
        }
        for (const qint64 contract : contracts) {
            pairById(
                m_adminsBefore.value(contract), m_adminsAfter.value(contract), Kind::Admin,
                [](const Admin &x) { return QString::number(x.id); },
                [contract](SnapshotChange &c, const QString &adminId) {
                    c.contract = QString::number(contract);
                    c.admin = adminId;
                },
                [this](const SnapshotChange &c, const Admin &b, const Admin &a) {
                    field(c, QStringLiteral("firstName"), b.firstName, a.firstName);
                    field(c, QStringLiteral("lastName"), b.lastName, a.lastName);
                    field(c, QStringLiteral("email"), b.email, a.email);
                });
        }
    }

    // Keys are compared for the users whose keys both states know: a state that did not load a
    // user's keys says nothing about them.
    void keys()
    {
        for (auto it = m_before.keys.constBegin(); it != m_before.keys.constEnd(); ++it) {
            const auto after = m_after.keys.constFind(it.key());
            if (after == m_after.keys.constEnd())
                continue;
            pairById(
                it.value(), after.value(), Kind::Key,
                [](const ObjectStorageKey &k) { return k.id; },
                [user = it.key()](SnapshotChange &c, const QString &keyId) {
                    c.user = user;
                    c.key = keyId;
                },
                [this](const SnapshotChange &c, const ObjectStorageKey &b,
                       const ObjectStorageKey &a) {
                    field(c, QStringLiteral("active"), b.active, a.active);
                });
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
    case Kind::Key:
        return QStringLiteral("key");
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
        {"user", &user},   {"group", &group}, {"resource", &resource}, {"contract", &contract},
        {"admin", &admin}, {"key", &key},     {"field", &field}};
    for (const auto &[name, value] : ids) {
        if (!value->isEmpty())
            o.insert(QLatin1String(name), *value);
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
    const std::pair<const char *, const QString *> ids[] = {
        {"contract", &contract}, {"group", &group}, {"user", &user},
        {"resource", &resource}, {"admin", &admin}, {"key", &key}};
    for (const auto &[name, value] : ids) {
        if (!value->isEmpty())
            parts << QStringLiteral("%1=%2").arg(QLatin1String(name), *value);
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

QString SnapshotChange::identity() const
{
    return QStringList{kindName(kind), opName(op), contract, group, user,
                       resource,       admin,      key,      field}
        .join(QLatin1Char('/'));
}

bool SnapshotChange::isWithin(const UndoScope &scope) const
{
    switch (kind) {
    case Kind::User:
        return scope.users.contains(user);
    case Kind::Group:
        return scope.groups.contains(group) ||
               (op == Op::Changed && scope.privileges.contains(group));
    case Kind::Privilege:
        return scope.privileges.contains(group) || scope.groups.contains(group);
    case Kind::Member:
        return scope.members.contains(UndoScope::pair(group, user)) ||
               scope.groups.contains(group) || scope.users.contains(user);
    case Kind::Share:
        return scope.shares.contains(UndoScope::pair(group, resource)) ||
               scope.groups.contains(group);
    case Kind::Key:
        return scope.keys.contains(UndoScope::pair(user, key));
    case Kind::Resource:
    case Kind::Admin:
        return false;
    }
    return false;
}

} // namespace ionos
