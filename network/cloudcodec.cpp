#include "network/cloudcodec.h"

#include "network/apiendpoints.h"
#include "network/jsonfields.h"
#include "network/privileges.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ionos::cloudcodec {
namespace {

ApiError problem(const QString &what)
{
    return ApiError::parse(QUrl(), what);
}

Result<QJsonObject> objectOf(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return problem(
            QCoreApplication::translate("CloudCodec", "it is not valid JSON (%1 at byte %2).")
                .arg(error.errorString())
                .arg(error.offset));
    if (!document.isObject())
        return problem(QCoreApplication::translate("CloudCodec", "a JSON object was expected."));
    return document.object();
}

// Reads every item of a collection body with one reader.
template <typename T>
Result<QList<T>> collection(const QByteArray &body, Result<T> (*read)(const QJsonObject &))
{
    const Result<QJsonObject> object = objectOf(body);
    if (!object.ok())
        return object.error();
    JsonFields fields(object.value(), QString());
    const QJsonArray items = fields.array(QStringLiteral("items"), true);
    if (!fields.ok())
        return problem(fields.problem());
    QList<T> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return problem(
                QCoreApplication::translate("CloudCodec", "item %1 of the list is not an object.")
                    .arg(i));
        Result<T> item = read(items.at(i).toObject());
        if (!item.ok()) {
            ApiError e = item.error();
            e.message =
                QCoreApplication::translate(
                    "CloudCodec", "The answer from the server could not be read: item %1: %2")
                    .arg(i)
                    .arg(e.message.section(QStringLiteral(": "), 1));
            return e;
        }
        out.append(std::move(item.value()));
    }
    return out;
}

template <typename T>
Result<T> single(const QByteArray &body, Result<T> (*read)(const QJsonObject &))
{
    const Result<QJsonObject> object = objectOf(body);
    if (!object.ok())
        return object.error();
    return read(object.value());
}

QJsonObject propertiesOf(JsonFields &fields)
{
    // Items come with properties only at depth 1; the client always asks for depth 1.
    return fields.object(QStringLiteral("properties"), true);
}

} // namespace

Result<User> user(const QJsonObject &item)
{
    JsonFields top(item, QString());
    User u;
    u.id = top.string(QStringLiteral("id"), true);
    JsonFields p(propertiesOf(top), QStringLiteral("properties."));
    JsonFields m(top.object(QStringLiteral("metadata")), QStringLiteral("metadata."));
    u.firstname = p.string(QStringLiteral("firstname"));
    u.lastname = p.string(QStringLiteral("lastname"));
    u.email = p.string(QStringLiteral("email"));
    u.administrator = p.boolean(QStringLiteral("administrator"), false);
    u.forceSecAuth = p.boolean(QStringLiteral("forceSecAuth"), false);
    u.secAuthActive = p.boolean(QStringLiteral("secAuthActive"), false);
    u.active = p.boolean(QStringLiteral("active"), true);
    u.s3CanonicalUserId = p.string(QStringLiteral("s3CanonicalUserId"));
    u.created = m.dateTime(QStringLiteral("createdDate")).value_or(QDateTime());
    u.lastModified = m.dateTime(QStringLiteral("lastModifiedDate")).value_or(QDateTime());
    u.lastLogin = m.dateTime(QStringLiteral("lastLogin"));
    top.take(p);
    top.take(m);
    if (!top.ok())
        return problem(top.problem());
    return u;
}

Result<User> userFromBody(const QByteArray &body)
{
    return single(body, &user);
}

Result<UsersPage> usersPage(const QByteArray &body)
{
    Result<QList<User>> list = collection(body, &user);
    if (!list.ok())
        return list.error();
    JsonFields top(objectOf(body).value(), QString());
    UsersPage page;
    page.users = std::move(list.value());
    page.offset = top.integer(QStringLiteral("offset"), 0);
    page.limit = top.integer(QStringLiteral("limit"), 0);
    JsonFields links(top.object(QStringLiteral("_links")), QStringLiteral("_links."));
    page.hasNext = !links.string(QStringLiteral("next")).isEmpty();
    top.take(links);
    if (!top.ok())
        return problem(top.problem());
    return page;
}

Result<QList<User>> users(const QByteArray &body)
{
    return collection(body, &user);
}

Result<Group> group(const QJsonObject &item)
{
    JsonFields top(item, QString());
    Group g;
    g.id = top.string(QStringLiteral("id"), true);
    const QJsonObject properties = propertiesOf(top);
    JsonFields p(properties, QStringLiteral("properties."));
    g.name = p.string(QStringLiteral("name"));
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString key = Privileges::canonicalKey(it.key());
        if (!key.isEmpty())
            g.privileges.set(key, p.boolean(it.key(), false));
    }
    top.take(p);
    if (!top.ok())
        return problem(top.problem());
    return g;
}

Result<Group> groupFromBody(const QByteArray &body)
{
    return single(body, &group);
}

Result<QList<Group>> groups(const QByteArray &body)
{
    return collection(body, &group);
}

namespace {

Result<GroupRef> groupRef(const QJsonObject &item)
{
    JsonFields top(item, QString());
    GroupRef ref;
    ref.id = top.string(QStringLiteral("id"), true);
    JsonFields p(top.object(QStringLiteral("properties")), QStringLiteral("properties."));
    ref.name = p.string(QStringLiteral("name"));
    top.take(p);
    if (!top.ok())
        return problem(top.problem());
    return ref;
}

} // namespace

Result<QList<GroupRef>> groupRefs(const QByteArray &body)
{
    return collection(body, &groupRef);
}

Result<GroupShare> share(const QJsonObject &item)
{
    JsonFields top(item, QString());
    GroupShare s;
    s.resourceId = top.string(QStringLiteral("id"), true);
    JsonFields p(propertiesOf(top), QStringLiteral("properties."));
    s.editPrivilege = p.boolean(QStringLiteral("editPrivilege"), false);
    s.sharePrivilege = p.boolean(QStringLiteral("sharePrivilege"), false);
    top.take(p);
    if (!top.ok())
        return problem(top.problem());
    return s;
}

Result<GroupShare> shareFromBody(const QByteArray &body)
{
    return single(body, &share);
}

Result<QList<GroupShare>> shares(const QByteArray &body)
{
    return collection(body, &share);
}

Result<Resource> resource(const QJsonObject &item)
{
    JsonFields top(item, QString());
    Resource r;
    r.id = top.string(QStringLiteral("id"), true);
    r.type = top.string(QStringLiteral("type"));
    JsonFields p(propertiesOf(top), QStringLiteral("properties."));
    JsonFields m(top.object(QStringLiteral("metadata")), QStringLiteral("metadata."));
    JsonFields e(top.object(QStringLiteral("entities")), QStringLiteral("entities."));
    r.name = p.string(QStringLiteral("name"));
    r.secAuthProtection = p.boolean(QStringLiteral("secAuthProtection"), false);
    r.state = m.string(QStringLiteral("state"));
    r.created = m.dateTime(QStringLiteral("createdDate")).value_or(QDateTime());
    r.createdBy = m.string(QStringLiteral("createdBy"));
    r.createdByUserId = m.string(QStringLiteral("createdByUserId"));
    JsonFields groups(e.object(QStringLiteral("groups")), QStringLiteral("entities.groups."));
    for (const QJsonValue &g : groups.array(QStringLiteral("items"))) {
        const QString id = g.toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            r.groupIds << id;
    }
    top.take(p);
    top.take(m);
    top.take(e);
    top.take(groups);
    if (!top.ok())
        return problem(top.problem());
    return r;
}

Result<Resource> resourceFromBody(const QByteArray &body)
{
    return single(body, &resource);
}

Result<QList<Resource>> resources(const QByteArray &body)
{
    return collection(body, &resource);
}

Result<ObjectStorageKey> objectStorageKey(const QJsonObject &item)
{
    JsonFields top(item, QString());
    ObjectStorageKey k;
    k.id = top.string(QStringLiteral("id"), true);
    // .../um/users/{userId}/s3keys/{keyId}
    const QStringList path =
        QUrl(top.string(QStringLiteral("href"))).path().split(QLatin1Char('/'));
    if (path.size() >= 4 && path.at(path.size() - 2) == QStringLiteral("s3keys"))
        k.userId = path.at(path.size() - 3);
    JsonFields p(propertiesOf(top), QStringLiteral("properties."));
    JsonFields m(top.object(QStringLiteral("metadata")), QStringLiteral("metadata."));
    k.active = p.boolean(QStringLiteral("active"), true);
    k.created = m.dateTime(QStringLiteral("createdDate")).value_or(QDateTime());
    k.lastModified = m.dateTime(QStringLiteral("lastModifiedDate")).value_or(QDateTime());
    top.take(p);
    top.take(m);
    if (!top.ok())
        return problem(top.problem());
    return k;
}

Result<ObjectStorageKey> objectStorageKeyFromBody(const QByteArray &body)
{
    return single(body, &objectStorageKey);
}

Result<QList<ObjectStorageKey>> objectStorageKeys(const QByteArray &body)
{
    return collection(body, &objectStorageKey);
}

Result<NewObjectStorageKey> newObjectStorageKey(const QByteArray &body)
{
    const Result<QJsonObject> object = objectOf(body);
    if (!object.ok())
        return object.error();
    Result<ObjectStorageKey> key = objectStorageKey(object.value());
    if (!key.ok())
        return key.error();
    JsonFields top(object.value(), QString());
    JsonFields p(propertiesOf(top), QStringLiteral("properties."));
    NewObjectStorageKey created{key.value(), p.string(QStringLiteral("secretKey"), true)};
    if (!p.ok())
        return problem(p.problem());
    return created;
}

Result<ObjectStorageSignOn> objectStorageSignOn(const QByteArray &body)
{
    const Result<QJsonObject> object = objectOf(body);
    if (!object.ok())
        return object.error();
    JsonFields top(object.value(), QString());
    const QUrl url(top.string(QStringLiteral("ssoUrl"), true));
    if (!top.ok())
        return problem(top.problem());
    // Plain http only to this machine (the sandbox), as for the API itself.
    const bool secure =
        url.scheme() == QStringLiteral("https") ||
        (url.scheme() == QStringLiteral("http") && ApiEndpoints::isLoopbackHost(url.host()));
    if (!url.isValid() || url.host().isEmpty() || !secure)
        return problem(QCoreApplication::translate(
            "CloudCodec", "the sign-on address is not a secure web address."));
    return ObjectStorageSignOn{url};
}

Result<RequestStatus> requestStatus(const QByteArray &body)
{
    const Result<QJsonObject> object = objectOf(body);
    if (!object.ok())
        return object.error();
    JsonFields top(object.value(), QString());
    RequestStatus s;
    s.id = top.string(QStringLiteral("id"));
    JsonFields m(top.object(QStringLiteral("metadata"), true), QStringLiteral("metadata."));
    const QString status = m.string(QStringLiteral("status"), true);
    s.message = m.string(QStringLiteral("message"));
    top.take(m);
    if (!top.ok())
        return problem(top.problem());
    if (status == QStringLiteral("QUEUED"))
        s.state = RequestStatus::State::Queued;
    else if (status == QStringLiteral("RUNNING"))
        s.state = RequestStatus::State::Running;
    else if (status == QStringLiteral("DONE"))
        s.state = RequestStatus::State::Done;
    else if (status == QStringLiteral("FAILED"))
        s.state = RequestStatus::State::Failed;
    else
        return problem(
            QCoreApplication::translate("CloudCodec", "the request status '%1' is not known.")
                .arg(status));
    return s;
}

namespace {

QJsonObject userProperties(const UserDraft &draft)
{
    QJsonObject p{{QStringLiteral("firstname"), draft.firstname},
                  {QStringLiteral("lastname"), draft.lastname},
                  {QStringLiteral("email"), draft.email},
                  {QStringLiteral("administrator"), draft.administrator},
                  {QStringLiteral("forceSecAuth"), draft.forceSecAuth},
                  {QStringLiteral("active"), draft.active}};
    if (draft.password)
        p.insert(QStringLiteral("password"), *draft.password);
    if (draft.secAuthActive)
        p.insert(QStringLiteral("secAuthActive"), *draft.secAuthActive);
    return p;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray userCreateBody(const UserDraft &draft)
{
    return compact({{QStringLiteral("properties"), userProperties(draft)}});
}

QByteArray userUpdateBody(const QString &userId, const UserDraft &draft)
{
    return compact(
        {{QStringLiteral("id"), userId}, {QStringLiteral("properties"), userProperties(draft)}});
}

QByteArray groupBody(const QString &name, const GroupPrivileges &privileges)
{
    QJsonObject p{{QStringLiteral("name"), name}};
    const QList<Privilege> &table = Privileges::all();
    for (qsizetype i = 0; i < table.size(); ++i)
        p.insert(table.at(i).key, privileges.at(int(i)));
    return compact({{QStringLiteral("properties"), p}});
}

QByteArray memberBody(const QString &userId)
{
    return compact({{QStringLiteral("id"), userId}});
}

QByteArray shareBody(const GroupShare &share)
{
    return compact({{QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("editPrivilege"), share.editPrivilege},
                                 {QStringLiteral("sharePrivilege"), share.sharePrivilege}}}});
}

QByteArray objectStorageKeyBody(bool active)
{
    return compact(
        {{QStringLiteral("properties"), QJsonObject{{QStringLiteral("active"), active}}}});
}

} // namespace ionos::cloudcodec
