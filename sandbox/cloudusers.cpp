// The user operations of the Cloud API: /um/users and what hangs below a user.
#include "sandbox/cloudapi.h"

#include "sandbox/cloudjson.h"
#include "sandbox/generatedsecrets.h"
#include "sandbox/jsonbody.h"
#include "sandbox/requesttracker.h"
#include "sandbox/sampledatagenerator.h"
#include "sandbox/sandboxstate.h"

using namespace Qt::StringLiterals;

namespace sandbox {
namespace {

constexpr int kMinimumPasswordLength = 8;

using Kind = FieldRules::Kind;

FieldRules userPropertyRules(bool create)
{
    FieldRules rules(QStringLiteral("properties"));
    rules.field(QStringLiteral("firstname"), Kind::String, true)
        .field(QStringLiteral("lastname"), Kind::String, true)
        .field(QStringLiteral("email"), Kind::String, true)
        .field(QStringLiteral("password"), Kind::String, create)
        .field(QStringLiteral("administrator"), Kind::Boolean)
        .field(QStringLiteral("forceSecAuth"), Kind::Boolean)
        .field(QStringLiteral("secAuthActive"), Kind::Boolean)
        .field(QStringLiteral("active"), Kind::Boolean);
    return rules;
}

std::optional<HttpResponse> readUserProperties(const HttpRequest &request, bool create,
                                               QJsonObject &properties)
{
    QJsonObject body;
    if (auto error = parseJsonObjectBody(request, body))
        return error;
    FieldRules top(QString{});
    top.field(QStringLiteral("properties"), Kind::Object, true);
    if (!create)
        top.field(QStringLiteral("id"), Kind::String);
    if (auto error = top.check(body))
        return error;
    properties = body.value(QStringLiteral("properties")).toObject();
    if (auto error = userPropertyRules(create).check(properties))
        return error;
    const QString email = properties.value(QStringLiteral("email")).toString();
    if (!isValidEmail(email))
        return HttpResponse::error(
            422, QStringLiteral("'%1' is not a valid e-mail address.").arg(email));
    if (properties.contains(QStringLiteral("password")) &&
        properties.value(QStringLiteral("password")).toString().size() < kMinimumPasswordLength)
        return HttpResponse::error(422, QStringLiteral("The password must have at least %1 "
                                                       "characters.")
                                            .arg(kMinimumPasswordLength));
    return std::nullopt;
}

QString emailTakenMessage(const QString &email)
{
    return QStringLiteral("A user with the e-mail address '%1' already exists.").arg(email);
}

} // namespace

HttpResponse CloudApi::listUsers(const Call &call) const
{
    const QUrlQuery &query = call.request.query;
    int offset = 0;
    int limit = 100;
    bool valid = true;
    if (query.hasQueryItem(QStringLiteral("offset")))
        offset = query.queryItemValue(QStringLiteral("offset")).toInt(&valid);
    if (!valid || offset < 0)
        return HttpResponse::error(
            422, QStringLiteral("Query parameter 'offset' must be a whole number of 0 or more."));
    if (query.hasQueryItem(QStringLiteral("limit")))
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&valid);
    if (!valid || limit < 1 || limit > 100)
        return HttpResponse::error(
            422, QStringLiteral("Query parameter 'limit' must be a whole number from 1 to 100."));

    // A page of users is the largest answer asked for most often: written straight as text.
    const CloudJson j = json(call);
    const QStringList &order = m_state.userOrder();
    const qsizetype end = qMin(order.size(), qsizetype(offset) + limit);
    auto page = [&](int pageOffset) {
        return url(QStringLiteral("/um/users?offset=%1&limit=%2&depth=%3")
                       .arg(pageOffset)
                       .arg(limit)
                       .arg(call.depth));
    };
    JsonWriter out(qMax<qsizetype>(0, end - offset) * 1280 + 512);
    out.beginObject().beginObject("_links"_L1);
    if (qsizetype(offset) + limit < order.size())
        out.field("next"_L1, page(offset + limit));
    if (offset > 0)
        out.field("prev"_L1, page(qMax(0, offset - limit)));
    out.field("self"_L1, page(offset)).endObject();
    out.field("href"_L1, url(QStringLiteral("/um/users"))).field("id"_L1, QStringLiteral("users"));
    j.writeUserItems(out, order.mid(offset, end - offset));
    out.field("limit"_L1, limit)
        .field("offset"_L1, offset)
        .field("type"_L1, QStringLiteral("collection"))
        .endObject();
    return HttpResponse::json(200, out.bytes(), call.pretty);
}

HttpResponse CloudApi::createUser(const Call &call) const
{
    QJsonObject p;
    if (auto error = readUserProperties(call.request, true, p))
        return *error;
    if (p.value(QStringLiteral("secAuthActive")).toBool())
        return HttpResponse::error(422, QStringLiteral("'secAuthActive' cannot be set when a user "
                                                       "is created: the user turns on 2-factor "
                                                       "authentication at the first login. Use "
                                                       "'forceSecAuth' to require it."));
    const QString email = p.value(QStringLiteral("email")).toString().trimmed();
    if (m_state.userByEmail(email))
        return HttpResponse::error(422, emailTakenMessage(email));

    SbUser u;
    u.id = m_ids.nextUuid();
    u.firstname = p.value(QStringLiteral("firstname")).toString();
    u.lastname = p.value(QStringLiteral("lastname")).toString();
    u.email = email;
    u.administrator = p.value(QStringLiteral("administrator")).toBool(false);
    u.forceSecAuth = p.value(QStringLiteral("forceSecAuth")).toBool(false);
    u.active = p.value(QStringLiteral("active")).toBool(true);
    u.s3CanonicalUserId = m_ids.nextUuid().remove(QLatin1Char('-')).left(16);
    u.passwordHash =
        SandboxState::hashPassword(p.value(QStringLiteral("password")).toString(), u.id);
    GeneratedSecrets::record(p.value(QStringLiteral("password")).toString());
    u.audit.created = QDateTime::currentDateTimeUtc();
    u.audit.modified = u.audit.created;
    u.audit.createdBy = u.audit.modifiedBy = QStringLiteral("sandbox");

    const CloudJson j = json(call);
    const QJsonObject body = j.user(u);
    const QString requestId = m_tracker.accept(
        {u.id, QStringLiteral("user"), body.value(QStringLiteral("href")).toString()},
        [state = &m_state, u]() -> QString {
            if (state->userByEmail(u.email))
                return emailTakenMessage(u.email);
            state->addUser(u);
            return {};
        });
    return accepted(call, body, requestId);
}

HttpResponse CloudApi::getUser(const Call &call, const QString &userId) const
{
    const SbUser *u = m_state.user(userId);
    if (!u)
        return HttpResponse::error(
            404, QStringLiteral("There is no user with the id '%1'.").arg(userId));
    return ok(call, json(call).user(*u));
}

HttpResponse CloudApi::updateUser(const Call &call, const QString &userId) const
{
    const SbUser *current = m_state.user(userId);
    if (!current)
        return HttpResponse::error(
            404, QStringLiteral("There is no user with the id '%1'.").arg(userId));
    QJsonObject p;
    if (auto error = readUserProperties(call.request, false, p))
        return *error;
    QJsonObject body;
    parseJsonObjectBody(call.request, body);
    if (body.contains(QStringLiteral("id")) &&
        body.value(QStringLiteral("id")).toString() != userId)
        return HttpResponse::error(422, QStringLiteral("The 'id' in the body does not match the "
                                                       "user in the path."));
    if (p.value(QStringLiteral("secAuthActive")).toBool(current->secAuthActive) &&
        !current->secAuthActive)
        return HttpResponse::error(422, QStringLiteral("2-factor authentication can only be "
                                                       "turned on by the user at login; "
                                                       "'secAuthActive' can only be set to "
                                                       "false."));
    const QString email = p.value(QStringLiteral("email")).toString().trimmed();
    const SbUser *holder = m_state.userByEmail(email);
    if (holder && holder->id != userId)
        return HttpResponse::error(422, emailTakenMessage(email));

    SbUser u = *current;
    u.firstname = p.value(QStringLiteral("firstname")).toString();
    u.lastname = p.value(QStringLiteral("lastname")).toString();
    u.email = email;
    u.administrator = p.value(QStringLiteral("administrator")).toBool(u.administrator);
    u.forceSecAuth = p.value(QStringLiteral("forceSecAuth")).toBool(u.forceSecAuth);
    u.secAuthActive = p.value(QStringLiteral("secAuthActive")).toBool(u.secAuthActive);
    u.active = p.value(QStringLiteral("active")).toBool(u.active);
    if (p.contains(QStringLiteral("password"))) {
        u.passwordHash =
            SandboxState::hashPassword(p.value(QStringLiteral("password")).toString(), u.id);
        GeneratedSecrets::record(p.value(QStringLiteral("password")).toString());
    }
    u.audit.modified = QDateTime::currentDateTimeUtc();
    u.audit.modifiedBy = QStringLiteral("sandbox");
    ++u.audit.revision;

    const QJsonObject rendered = json(call).user(u);
    const QString requestId = m_tracker.accept(
        {u.id, QStringLiteral("user"), rendered.value(QStringLiteral("href")).toString()},
        [state = &m_state, u]() -> QString {
            if (!state->user(u.id))
                return QStringLiteral("The user was deleted before the change could be applied.");
            const SbUser *other = state->userByEmail(u.email);
            if (other && other->id != u.id)
                return emailTakenMessage(u.email);
            state->replaceUser(u);
            return {};
        });
    return accepted(call, rendered, requestId);
}

HttpResponse CloudApi::deleteUser(const Call &call, const QString &userId) const
{
    if (!m_state.user(userId))
        return HttpResponse::error(
            404, QStringLiteral("There is no user with the id '%1'.").arg(userId));
    const QString requestId = m_tracker.accept(
        {userId, QStringLiteral("user"), url(QStringLiteral("/um/users/") + userId)},
        [state = &m_state, userId]() -> QString {
            if (!state->user(userId))
                return QStringLiteral("The user no longer exists.");
            state->removeUser(userId);
            return {};
        });
    return accepted(call, {}, requestId);
}

HttpResponse CloudApi::listUserGroups(const Call &call, const QString &userId) const
{
    if (!m_state.user(userId))
        return HttpResponse::error(
            404, QStringLiteral("There is no user with the id '%1'.").arg(userId));
    const CloudJson j = json(call);
    QJsonArray items;
    for (const QString &groupId : m_state.groupsOf(userId))
        items.append(j.itemOrReference(j.groupAsResource(*m_state.group(groupId))));
    return ok(call, j.collection(userId + QStringLiteral("/groups"),
                                 QStringLiteral("/um/users/%1/groups").arg(userId), items));
}

HttpResponse CloudApi::listUserOwns(const Call &call, const QString &userId) const
{
    if (!m_state.user(userId))
        return HttpResponse::error(
            404, QStringLiteral("There is no user with the id '%1'.").arg(userId));
    const CloudJson j = json(call);
    QJsonArray items;
    for (const QString &resourceId : m_state.resourcesOwnedBy(userId))
        items.append(j.itemOrReference(j.resource(*m_state.resource(resourceId))));
    return ok(call, j.collection(userId + QStringLiteral("/owns"),
                                 QStringLiteral("/um/users/%1/owns").arg(userId), items));
}

} // namespace sandbox
