#include "sandbox/httpexchange.h"

#include <QJsonArray>

namespace sandbox {
namespace {

QByteArray errorCodeFor(int status)
{
    // Codes in the style of the IONOS API: a number per kind of failure.
    switch (status) {
    case 400:
        return QByteArrayLiteral("100");
    case 401:
        return QByteArrayLiteral("315");
    case 403:
        return QByteArrayLiteral("317");
    case 404:
        return QByteArrayLiteral("309");
    case 405:
        return QByteArrayLiteral("105");
    case 415:
        return QByteArrayLiteral("107");
    case 422:
        return QByteArrayLiteral("200");
    case 429:
        return QByteArrayLiteral("325");
    case 503:
        return QByteArrayLiteral("332");
    default:
        return QByteArrayLiteral("500");
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray HttpResponse::serialize() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    out += body;
    return out;
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document, bool pretty)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json");
    r.body = document.toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::json(int status, const QByteArray &compactJson, bool pretty)
{
    if (pretty)
        return json(status, QJsonDocument::fromJson(compactJson), true);
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json");
    r.body = compactJson;
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    const QJsonObject entry{
        {QStringLiteral("errorCode"), QString::fromLatin1(errorCodeFor(status))},
        {QStringLiteral("message"), message}};
    const QJsonObject envelope{{QStringLiteral("httpStatus"), status},
                               {QStringLiteral("messages"), QJsonArray{entry}}};
    return json(status, envelope);
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace sandbox
