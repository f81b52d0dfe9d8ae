#include "sandbox/resellerapi.h"

#include "sandbox/jsonbody.h"
#include "sandbox/sandboxstate.h"

#include <QJsonArray>

namespace sandbox {
namespace {

using Kind = FieldRules::Kind;

std::optional<qint64> positiveInteger(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value > 0 ? std::optional<qint64>(value) : std::nullopt;
}

HttpResponse methodNotAllowed(const QByteArray &allowed)
{
    HttpResponse r =
        HttpResponse::error(405, QStringLiteral("This method is not supported here. Allowed: %1.")
                                     .arg(QString::fromLatin1(allowed)));
    r.setHeader("Allow", allowed);
    return r;
}

std::optional<HttpResponse> readAdmin(const HttpRequest &request, bool create, SbAdmin &admin)
{
    QJsonObject body;
    if (auto error = parseJsonObjectBody(request, body))
        return error;
    FieldRules rules(QString{});
    rules.field(QStringLiteral("firstName"), Kind::String, true)
        .field(QStringLiteral("lastName"), Kind::String, true)
        .field(QStringLiteral("email"), Kind::String, true);
    if (create)
        rules.field(QStringLiteral("password"), Kind::String, true);
    if (auto error = rules.check(body))
        return error;
    const QString email = body.value(QStringLiteral("email")).toString().trimmed();
    if (!isValidEmail(email))
        return HttpResponse::error(
            422, QStringLiteral("'%1' is not a valid e-mail address.").arg(email));
    if (create && body.value(QStringLiteral("password")).toString().size() < 8)
        return HttpResponse::error(422,
                                   QStringLiteral("The password must have at least 8 characters."));
    admin.firstName = body.value(QStringLiteral("firstName")).toString();
    admin.lastName = body.value(QStringLiteral("lastName")).toString();
    admin.email = email;
    if (create)
        admin.passwordHash =
            SandboxState::hashPassword(body.value(QStringLiteral("password")).toString(), email);
    return std::nullopt;
}

} // namespace

ResellerApi::ResellerApi(SandboxState &state, QString baseUrl)
    : m_state(state)
    , m_baseUrl(std::move(baseUrl))
{}

HttpResponse ResellerApi::handle(const HttpRequest &request, const QStringList &segments) const
{
    const qsizetype n = segments.size();
    if (n < 3 || n > 4 || segments[0] != QStringLiteral("contracts") ||
        segments[2] != QStringLiteral("admins"))
        return HttpResponse::error(404, QStringLiteral("There is no such path in this API."));
    const auto contract = positiveInteger(segments[1]);
    if (!contract)
        return HttpResponse::error(422, QStringLiteral("The contract number must be a positive "
                                                       "whole number, not '%1'.")
                                            .arg(segments[1]));
    const QByteArray &m = request.method;
    if (n == 3 && m != "GET" && m != "POST")
        return methodNotAllowed("GET, POST");
    if (n == 4 && m != "GET" && m != "PATCH" && m != "DELETE")
        return methodNotAllowed("GET, PATCH, DELETE");
    if (!m_state.hasContract(*contract))
        return HttpResponse::error(
            404, QStringLiteral("There is no contract %1 under this reseller.").arg(*contract));
    if (n == 3)
        return m == "GET" ? list(*contract) : create(request, *contract);

    const auto adminId = positiveInteger(segments[3]);
    if (!adminId)
        return HttpResponse::error(422, QStringLiteral("The admin id must be a positive whole "
                                                       "number, not '%1'.")
                                            .arg(segments[3]));
    if (m == "GET")
        return find(*contract, *adminId);
    return m == "PATCH" ? update(request, *contract, *adminId) : remove(*contract, *adminId);
}

QString ResellerApi::adminUrl(qint64 contract, qint64 adminId) const
{
    return m_baseUrl + QStringLiteral("/contracts/%1/admins/%2").arg(contract).arg(adminId);
}

QJsonObject ResellerApi::adminJson(qint64 contract, const SbAdmin &admin) const
{
    return {{QStringLiteral("id"), QString::number(admin.id)},
            {QStringLiteral("href"), adminUrl(contract, admin.id)},
            {QStringLiteral("firstName"), admin.firstName},
            {QStringLiteral("lastName"), admin.lastName},
            {QStringLiteral("email"), admin.email}};
}

bool ResellerApi::emailTaken(qint64 contract, const QString &email, qint64 exceptId) const
{
    for (const SbAdmin &a : m_state.admins(contract)) {
        if (a.id != exceptId && a.email.compare(email, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpResponse ResellerApi::list(qint64 contract) const
{
    QJsonArray items;
    for (const SbAdmin &a : m_state.admins(contract))
        items.append(adminJson(contract, a));
    return HttpResponse::json(200, QJsonDocument(items));
}

HttpResponse ResellerApi::create(const HttpRequest &request, qint64 contract) const
{
    SbAdmin admin;
    if (auto error = readAdmin(request, true, admin))
        return *error;
    if (emailTaken(contract, admin.email, 0))
        return HttpResponse::error(422, QStringLiteral("An admin with the e-mail address '%1' "
                                                       "already exists in contract %2.")
                                            .arg(admin.email)
                                            .arg(contract));
    admin.id = m_state.nextAdminId();
    m_state.putAdmin(contract, admin);
    HttpResponse r = HttpResponse::json(201, adminJson(contract, admin));
    r.setHeader("Location", adminUrl(contract, admin.id).toUtf8());
    return r;
}

HttpResponse ResellerApi::find(qint64 contract, qint64 adminId) const
{
    const auto admin = m_state.admin(contract, adminId);
    if (!admin)
        return HttpResponse::error(
            404, QStringLiteral("There is no admin %1 in contract %2.").arg(adminId).arg(contract));
    return HttpResponse::json(200, adminJson(contract, *admin));
}

HttpResponse ResellerApi::update(const HttpRequest &request, qint64 contract, qint64 adminId) const
{
    auto admin = m_state.admin(contract, adminId);
    if (!admin)
        return HttpResponse::error(
            404, QStringLiteral("There is no admin %1 in contract %2.").arg(adminId).arg(contract));
    SbAdmin changed = *admin;
    if (auto error = readAdmin(request, false, changed))
        return *error;
    if (emailTaken(contract, changed.email, adminId))
        return HttpResponse::error(422, QStringLiteral("An admin with the e-mail address '%1' "
                                                       "already exists in contract %2.")
                                            .arg(changed.email)
                                            .arg(contract));
    m_state.putAdmin(contract, changed);
    return HttpResponse::json(200, adminJson(contract, changed));
}

HttpResponse ResellerApi::remove(qint64 contract, qint64 adminId) const
{
    if (!m_state.admin(contract, adminId))
        return HttpResponse::error(
            404, QStringLiteral("There is no admin %1 in contract %2.").arg(adminId).arg(contract));
    m_state.removeAdmin(contract, adminId);
    return HttpResponse::empty(204);
}

} // namespace sandbox
