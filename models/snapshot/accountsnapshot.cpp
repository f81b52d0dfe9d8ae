#include "models/snapshot/accountsnapshot.h"

#include "network/privileges.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace ionos {
namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeOf(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

template <typename T, typename Key> void sortBy(QList<T> &list, Key key)
{
    std::sort(list.begin(), list.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
}

// A user's Object Storage keys, by id: null when they were not loaded (nothing is known of
// them), never their secrets.
QJsonValue keysJson(QList<ObjectStorageKey> keys, bool known)
{
    if (!known)
        return QJsonValue();
    sortBy(keys, [](const ObjectStorageKey &k) { return k.id; });
    QJsonArray out;
    for (const ObjectStorageKey &k : std::as_const(keys))
        out.append(QJsonObject{{QStringLiteral("id"), k.id},
                               {QStringLiteral("active"), k.active},
                               {QStringLiteral("created"), time(k.created)}});
    return out;
}

std::optional<QList<ObjectStorageKey>> keysOf(const QString &userId, const QJsonValue &v)
{
    if (!v.isArray())
        return std::nullopt;
    QList<ObjectStorageKey> keys;
    for (const QJsonValue &e : v.toArray()) {
        const QJsonObject o = e.toObject();
        ObjectStorageKey k;
        k.id = o.value(QStringLiteral("id")).toString();
        k.userId = userId;
        k.active = o.value(QStringLiteral("active")).toBool(true);
        k.created = timeOf(o.value(QStringLiteral("created")));
        keys << k;
    }
    return keys;
}

QJsonObject userJson(const User &u, const QJsonValue &keys)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("objectStorageKeys"), keys},
            {QStringLiteral("firstname"), u.firstname},
            {QStringLiteral("lastname"), u.lastname},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("administrator"), u.administrator},
            {QStringLiteral("forceSecAuth"), u.forceSecAuth},
            {QStringLiteral("secAuthActive"), u.secAuthActive},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("s3CanonicalUserId"), textOrNull(u.s3CanonicalUserId)},
            {QStringLiteral("created"), time(u.created)},
            {QStringLiteral("lastLogin"), u.lastLogin ? time(*u.lastLogin) : QJsonValue()}};
}

User userOf(const QJsonObject &o)
{
    User u;
    u.id = o.value(QStringLiteral("id")).toString();
    u.firstname = o.value(QStringLiteral("firstname")).toString();
    u.lastname = o.value(QStringLiteral("lastname")).toString();
    u.email = o.value(QStringLiteral("email")).toString();
    u.administrator = o.value(QStringLiteral("administrator")).toBool();
    u.forceSecAuth = o.value(QStringLiteral("forceSecAuth")).toBool();
    u.secAuthActive = o.value(QStringLiteral("secAuthActive")).toBool();
    u.active = o.value(QStringLiteral("active")).toBool(true);
    u.s3CanonicalUserId = o.value(QStringLiteral("s3CanonicalUserId")).toString();
    u.created = timeOf(o.value(QStringLiteral("created")));
    if (const QDateTime last = timeOf(o.value(QStringLiteral("lastLogin"))); last.isValid())
        u.lastLogin = last;
    return u;
}

QJsonObject groupJson(const Group &g, QStringList members, QList<GroupShare> shares)
{
    QJsonObject privileges;
    for (const Privilege &p : Privileges::all())
        privileges.insert(p.key, g.privileges.value(p.key));
    members.sort();
    sortBy(shares, [](const GroupShare &s) { return s.resourceId; });
    QJsonArray shareArray;
    for (const GroupShare &s : std::as_const(shares))
        shareArray.append(QJsonObject{{QStringLiteral("resource"), s.resourceId},
                                      {QStringLiteral("edit"), s.editPrivilege},
                                      {QStringLiteral("share"), s.sharePrivilege}});
    return {{QStringLiteral("id"), g.id},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("privileges"), privileges},
            {QStringLiteral("members"), QJsonArray::fromStringList(members)},
            {QStringLiteral("shares"), shareArray}};
}

QJsonObject resourceJson(const Resource &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("type"), r.type},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("owner"), textOrNull(r.createdByUserId)},
            {QStringLiteral("createdBy"), textOrNull(r.createdBy)},
            {QStringLiteral("secAuthProtection"), r.secAuthProtection},
            {QStringLiteral("created"), time(r.created)}};
}

Resource resourceOf(const QJsonObject &o)
{
    Resource r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.type = o.value(QStringLiteral("type")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    r.createdByUserId = o.value(QStringLiteral("owner")).toString();
    r.createdBy = o.value(QStringLiteral("createdBy")).toString();
    r.secAuthProtection = o.value(QStringLiteral("secAuthProtection")).toBool();
    r.created = timeOf(o.value(QStringLiteral("created")));
    return r;
}

QJsonObject adminJson(const Admin &a)
{
    return {{QStringLiteral("id"), QString::number(a.id)},
            {QStringLiteral("firstName"), a.firstName},
            {QStringLiteral("lastName"), a.lastName},
            {QStringLiteral("email"), a.email}};
}

Admin adminOf(const QJsonObject &o)
{
    Admin a;
    a.id = o.value(QStringLiteral("id")).toString().toLongLong();
    a.firstName = o.value(QStringLiteral("firstName")).toString();
    a.lastName = o.value(QStringLiteral("lastName")).toString();
    a.email = o.value(QStringLiteral("email")).toString();
    return a;
}

// Whether every element of the array is an object with a string id.
bool objectsWithIds(const QJsonValue &v)
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    return std::all_of(a.begin(), a.end(), [](const QJsonValue &e) {
        return e.isObject() && e.toObject().value(QStringLiteral("id")).isString();
    });
}

} // namespace

QByteArray AccountSnapshot::toJson() const
{
    QList<User> users = account.users;
    sortBy(users, [](const User &u) { return u.id; });
    QJsonArray userArray;
    for (const User &u : std::as_const(users))
        userArray.append(
            userJson(u, keysJson(account.keys.value(u.id), account.keys.contains(u.id))));

    QList<Group> groups = account.groups;
    sortBy(groups, [](const Group &g) { return g.id; });
    QJsonArray groupArray;
    for (const Group &g : std::as_const(groups))
        groupArray.append(groupJson(g, account.members.value(g.id), account.shares.value(g.id)));

    QList<Resource> resources = account.resources;
    sortBy(resources, [](const Resource &r) { return r.id; });
    QJsonArray resourceArray;
    for (const Resource &r : std::as_const(resources))
        resourceArray.append(resourceJson(r));

    QJsonArray contracts;
    for (auto it = admins.constBegin(); it != admins.constEnd(); ++it) { // a QMap: by number
        QList<Admin> sorted = it.value();
        sortBy(sorted, [](const Admin &a) { return a.id; });
        QJsonArray adminArray;
        for (const Admin &a : std::as_const(sorted))
            adminArray.append(adminJson(a));
        contracts.append(QJsonObject{{QStringLiteral("number"), QString::number(it.key())},
                                     {QStringLiteral("admins"), adminArray}});
    }

    const QJsonObject document{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("takenAt"), time(takenAt)},
        {QStringLiteral("console"), consoleVersion},
        {QStringLiteral("api"), apiUrl},
        {QStringLiteral("contractNumber"),
         contractNumber ? QJsonValue(QString::number(*contractNumber)) : QJsonValue()},
        {QStringLiteral("users"), userArray},
        {QStringLiteral("groups"), groupArray},
        {QStringLiteral("resources"), resourceArray},
        {QStringLiteral("contracts"), contracts}};
    // QJsonObject keeps its keys sorted: the file is the same for the same state.
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<AccountSnapshot> AccountSnapshot::fromJson(const QByteArray &json)
{
    auto notOne = [](const QString &why) {
        ApiError e;
        e.kind = ApiError::Kind::Parse;
        e.message = tr("This is not a snapshot of the console: %1").arg(why);
        return Result<AccountSnapshot>(e);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return notOne(tr("it is not valid JSON (%1 at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return notOne(tr("its \"format\" is not \"%1\".").arg(QLatin1String(kFormat)));
    const int version = o.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > kVersion) {
        ApiError e;
        e.kind = ApiError::Kind::Parse;
        e.message = tr("The snapshot has version %1; this console reads versions up to %2. "
                       "Open it with a newer console.")
                        .arg(version)
                        .arg(kVersion);
        return e;
    }
    for (const char *list : {"users", "groups", "resources"}) {
        if (!objectsWithIds(o.value(QLatin1String(list))))
            return notOne(tr("\"%1\" is not a list of things with ids.").arg(QLatin1String(list)));
    }

    AccountSnapshot s;
    s.takenAt = timeOf(o.value(QStringLiteral("takenAt")));
    s.consoleVersion = o.value(QStringLiteral("console")).toString();
    s.apiUrl = o.value(QStringLiteral("api")).toString();
    if (const QJsonValue n = o.value(QStringLiteral("contractNumber")); n.isString())
        s.contractNumber = n.toString().toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("users")).toArray()) {
        s.account.users << userOf(v.toObject());
        // Version 1 knew no keys: they stay unknown.
        if (auto keys = keysOf(s.account.users.last().id,
                               v.toObject().value(QStringLiteral("objectStorageKeys"))))
            s.account.keys.insert(s.account.users.last().id, *keys);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = v.toObject();
        Group group;
        group.id = g.value(QStringLiteral("id")).toString();
        group.name = g.value(QStringLiteral("name")).toString();
        const QJsonObject privileges = g.value(QStringLiteral("privileges")).toObject();
        for (auto it = privileges.begin(); it != privileges.end(); ++it)
            group.privileges.set(it.key(), it.value().toBool()); // both spellings are read
        s.account.groups << group;
        QStringList members;
        for (const QJsonValue &m : g.value(QStringLiteral("members")).toArray())
            members << m.toString();
        s.account.members.insert(group.id, members);
        QList<GroupShare> shares;
        for (const QJsonValue &sv : g.value(QStringLiteral("shares")).toArray()) {
            const QJsonObject share = sv.toObject();
            shares << GroupShare{share.value(QStringLiteral("resource")).toString(),
                                 share.value(QStringLiteral("edit")).toBool(),
                                 share.value(QStringLiteral("share")).toBool()};
        }
        s.account.shares.insert(group.id, shares);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("resources")).toArray())
        s.account.resources << resourceOf(v.toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("contracts")).toArray()) {
        const QJsonObject c = v.toObject();
        QList<Admin> list;
        for (const QJsonValue &a : c.value(QStringLiteral("admins")).toArray())
            list << adminOf(a.toObject());
        s.admins.insert(c.value(QStringLiteral("number")).toString().toLongLong(), list);
    }
    return s;
}

Result<AccountSnapshot> AccountSnapshot::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ApiError e;
        e.kind = ApiError::Kind::Parse;
        e.message = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return e;
    }
    Result<AccountSnapshot> read = fromJson(file.readAll());
    if (!read.ok()) {
        ApiError e = read.error();
        e.details = QFileInfo(path).absoluteFilePath();
        return e;
    }
    return read;
}

QString AccountSnapshot::writeFile(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(toJson()) < 0 || !file.commit())
        return file.errorString();
    return {};
}

AccountSnapshot AccountSnapshot::ofLoaded(const AccessFacts &account,
                                          const ConnectionSettings &settings)
{
    AccountSnapshot s;
    s.takenAt = QDateTime::currentDateTimeUtc();
    s.consoleVersion = QCoreApplication::applicationVersion();
    s.apiUrl = settings.cloudBase.toString();
    s.contractNumber = settings.contractNumber;
    s.account = account;
    return s;
}

} // namespace ionos
