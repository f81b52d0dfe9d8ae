#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sandbox {

// One request as the sandbox sees it, copied out of the server's parser.
struct HttpRequest
{
    QByteArray method; // upper case: GET, POST, ...
    QString path;      // decoded, without query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
    bool isWrite() const { return method != "GET" && method != "HEAD"; }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    QByteArray serialize() const;

    static HttpResponse json(int status, const QJsonDocument &document, bool pretty = true);
    static HttpResponse json(int status, const QJsonObject &object, bool pretty = true)
    {
        return json(status, QJsonDocument(object), pretty);
    }
    // JSON already written as compact text (see JsonWriter); indented again when pretty.
    static HttpResponse json(int status, const QByteArray &compactJson, bool pretty);
    // The IONOS error envelope: {"httpStatus":N,"messages":[{"errorCode":..,"message":..}]}.
    static HttpResponse error(int status, const QString &message);
    static HttpResponse empty(int status);
};

QByteArray reasonPhrase(int status);

} // namespace sandbox
