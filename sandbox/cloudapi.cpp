#include "sandbox/cloudapi.h"

#include "sandbox/cloudjson.h"
#include "sandbox/requesttracker.h"
#include "sandbox/sandboxstate.h"

namespace sandbox {
namespace {

std::optional<int> intParameter(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

CloudApi::CloudApi(SandboxState &state, RequestTracker &tracker, SampleDataGenerator &ids,
                   QString baseUrl)
    : m_state(state)
    , m_tracker(tracker)
    , m_ids(ids)
    , m_baseUrl(std::move(baseUrl))
{}

CloudJson CloudApi::json(const Call &call) const
{
    return CloudJson(m_state, m_baseUrl, call.depth);
}

HttpResponse CloudApi::handle(const HttpRequest &request, const QStringList &segments) const
{
    Call call{request, segments};
    if (auto error = readCommonParameters(call))
        return *error;
    return route(call);
}

std::optional<HttpResponse> CloudApi::readCommonParameters(Call &call) const
{
    const QUrlQuery &query = call.request.query;
    if (query.hasQueryItem(QStringLiteral("depth"))) {
        const auto depth = intParameter(query.queryItemValue(QStringLiteral("depth")));
        if (!depth || *depth < 0 || *depth > 1)
            return HttpResponse::error(422,
                                       QStringLiteral("Query parameter 'depth' must be 0 or 1; "
                                                      "deeper levels are not offered for "
                                                      "user management."));
        call.depth = *depth;
    }
    if (query.hasQueryItem(QStringLiteral("pretty"))) {
        const QString pretty = query.queryItemValue(QStringLiteral("pretty"));
        if (pretty != QStringLiteral("true") && pretty != QStringLiteral("false"))
            return HttpResponse::error(
                422, QStringLiteral("Query parameter 'pretty' must be true or false."));
        call.pretty = pretty == QStringLiteral("true");
    }
    const QByteArray contract = call.request.header("X-Contract-Number");
    if (!contract.isEmpty()) {
        bool ok = false;
        const int number = contract.trimmed().toInt(&ok);
        if (!ok || number <= 0)
            return HttpResponse::error(
                422, QStringLiteral("Header 'X-Contract-Number' must be a positive whole number."));
    }
    return std::nullopt;
}

HttpResponse CloudApi::methodNotAllowed(const QByteArray &allowed)
{
    HttpResponse r =
        HttpResponse::error(405, QStringLiteral("This method is not supported here. Allowed: %1.")
                                     .arg(QString::fromLatin1(allowed)));
    r.setHeader("Allow", allowed);
    return r;
}

HttpResponse CloudApi::route(const Call &call) const
{
    const QStringList &s = call.segments;
    const QByteArray &m = call.request.method;
    const qsizetype n = s.size();

    if (n == 3 && s[0] == QStringLiteral("requests") && s[2] == QStringLiteral("status"))
        return m == "GET" ? requestStatus(call, s[1]) : methodNotAllowed("GET");
    if (n < 2 || s[0] != QStringLiteral("um"))
        return HttpResponse::error(404, QStringLiteral("There is no such path in this API."));

    if (s[1] == QStringLiteral("users")) {
        if (n == 2) {
            if (m == "GET")
                return listUsers(call);
            return m == "POST" ? createUser(call) : methodNotAllowed("GET, POST");
        }
        if (n == 3) {
            if (m == "GET")
                return getUser(call, s[2]);
            if (m == "PUT")
                return updateUser(call, s[2]);
            return m == "DELETE" ? deleteUser(call, s[2]) : methodNotAllowed("GET, PUT, DELETE");
        }
        if (n == 4 && s[3] == QStringLiteral("groups"))
            return m == "GET" ? listUserGroups(call, s[2]) : methodNotAllowed("GET");
        if (n == 4 && s[3] == QStringLiteral("owns"))
            return m == "GET" ? listUserOwns(call, s[2]) : methodNotAllowed("GET");
        if (n == 4 && s[3] == QStringLiteral("s3keys")) {
            if (m == "GET")
                return listKeys(call, s[2]);
            return m == "POST" ? createKey(call, s[2]) : methodNotAllowed("GET, POST");
        }
        if (n == 5 && s[3] == QStringLiteral("s3keys")) {
            if (m == "GET")
                return getKey(call, s[2], s[4]);
            if (m == "PUT")
                return updateKey(call, s[2], s[4]);
            return m == "DELETE" ? deleteKey(call, s[2], s[4])
                                 : methodNotAllowed("GET, PUT, DELETE");
        }
        if (n == 4 && s[3] == QStringLiteral("s3ssourl"))
            return m == "GET" ? objectStorageSignOn(call, s[2]) : methodNotAllowed("GET");
    } else if (s[1] == QStringLiteral("groups")) {
        if (n == 2) {
            if (m == "GET")
                return listGroups(call);
            return m == "POST" ? createGroup(call) : methodNotAllowed("GET, POST");
        }
        if (n == 3) {
            if (m == "GET")
                return getGroup(call, s[2]);
            if (m == "PUT")
                return updateGroup(call, s[2]);
            return m == "DELETE" ? deleteGroup(call, s[2]) : methodNotAllowed("GET, PUT, DELETE");
        }
        if (n == 4 && s[3] == QStringLiteral("resources"))
            return m == "GET" ? listGroupResources(call, s[2]) : methodNotAllowed("GET");
        if (n == 4 && s[3] == QStringLiteral("users")) {
            if (m == "GET")
                return listMembers(call, s[2]);
            return m == "POST" ? addMember(call, s[2]) : methodNotAllowed("GET, POST");
        }
        if (n == 5 && s[3] == QStringLiteral("users"))
            return m == "DELETE" ? removeMember(call, s[2], s[4]) : methodNotAllowed("DELETE");
        if (n == 4 && s[3] == QStringLiteral("shares"))
            return m == "GET" ? listShares(call, s[2]) : methodNotAllowed("GET");
        if (n == 5 && s[3] == QStringLiteral("shares")) {
            if (m == "GET")
                return getShare(call, s[2], s[4]);
            if (m == "POST")
                return createShare(call, s[2], s[4]);
            if (m == "PUT")
                return updateShare(call, s[2], s[4]);
            return m == "DELETE" ? deleteShare(call, s[2], s[4])
                                 : methodNotAllowed("GET, POST, PUT, DELETE");
        }
    } else if (s[1] == QStringLiteral("resources")) {
        if (n >= 2 && n <= 4 && m != "GET")
            return methodNotAllowed("GET");
        if (n == 2)
            return listResources(call, {});
        if (n == 3)
            return listResources(call, s[2]);
        if (n == 4)
            return getResource(call, s[2], s[3]);
    }
    return HttpResponse::error(404, QStringLiteral("There is no such path in this API."));
}

HttpResponse CloudApi::ok(const Call &call, const QJsonObject &body) const
{
    return HttpResponse::json(200, body, call.pretty);
}

HttpResponse CloudApi::accepted(const Call &call, const QJsonObject &body,
                                const QString &requestId) const
{
    HttpResponse r =
        body.isEmpty() ? HttpResponse::empty(202) : HttpResponse::json(202, body, call.pretty);
    r.setHeader("Location", url(QStringLiteral("/requests/%1/status").arg(requestId)).toUtf8());
    return r;
}

HttpResponse CloudApi::listResources(const Call &call, const QString &type) const
{
    if (!type.isEmpty() && !SandboxState::resourceTypes().contains(type))
        return HttpResponse::error(
            404, QStringLiteral("Unknown resource type '%1'. Known types: %2.")
                     .arg(type, SandboxState::resourceTypes().join(QStringLiteral(", "))));
    const CloudJson j = json(call);
    QJsonArray items;
    for (const QString &id : m_state.resourceOrder()) {
        const SbResource *r = m_state.resource(id);
        if (type.isEmpty() || r->type == type)
            items.append(j.itemOrReference(j.resource(*r)));
    }
    const QString path =
        type.isEmpty() ? QStringLiteral("/um/resources") : QStringLiteral("/um/resources/") + type;
    return ok(call, j.collection(type.isEmpty() ? QStringLiteral("resources") : type, path, items));
}

HttpResponse CloudApi::getResource(const Call &call, const QString &type, const QString &id) const
{
    if (!SandboxState::resourceTypes().contains(type))
        return HttpResponse::error(404, QStringLiteral("Unknown resource type '%1'.").arg(type));
    const SbResource *r = m_state.resource(id);
    if (!r || r->type != type)
        return HttpResponse::error(
            404, QStringLiteral("There is no %1 with the id '%2'.").arg(type, id));
    return ok(call, json(call).resource(*r, call.depth >= 1));
}

HttpResponse CloudApi::requestStatus(const Call &call, const QString &requestId) const
{
    if (!m_tracker.contains(requestId))
        return HttpResponse::error(
            404, QStringLiteral("There is no request with the id '%1'.").arg(requestId));
    const RequestTracker::Status s = m_tracker.status(requestId);
    return ok(call, json(call).requestStatus(requestId, s.status, s.message, s.target.id,
                                             s.target.type, s.target.href));
}

} // namespace sandbox
