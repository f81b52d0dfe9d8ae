#pragma once

#include "budgets.h"
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

// A test's plain HTTP client: sends one request over real loopback HTTP and waits for the answer
// in the test's event loop (tests may wait; product code never does).
struct ProbeReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    qint64 announcedLength = -1; // Content-Length, when the server sent one

    QByteArray header(const QByteArray &name) const;
    // The connection failed, or closed before the announced body was complete. (Qt 6.4 may
    // report a connection closed mid-body as a success with a short body.)
    bool endedEarly() const
    {
        return error != QNetworkReply::NoError ||
               (announcedLength >= 0 && body.size() < announcedLength);
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const;
    // The first message of the IONOS error envelope.
    QString errorMessage() const;
};

class HttpProbe
{
public:
    explicit HttpProbe(QByteArray authorization = {});

    void setAuthorization(const QByteArray &authorization) { m_authorization = authorization; }
    void setHeader(const QByteArray &name, const QByteArray &value);

    ProbeReply get(const QUrl &url) { return send("GET", url); }
    ProbeReply post(const QUrl &url, const QJsonObject &body)
    {
        return send("POST", url, json(body));
    }
    ProbeReply put(const QUrl &url, const QJsonObject &body)
    {
        return send("PUT", url, json(body));
    }
    ProbeReply patch(const QUrl &url, const QJsonObject &body)
    {
        return send("PATCH", url, json(body));
    }
    ProbeReply del(const QUrl &url) { return send("DELETE", url); }
    ProbeReply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    int timeoutMs = budget::kServerMs);

    static QByteArray basic(const QString &user, const QString &password);
    static QByteArray bearer(const QString &token);
    static QByteArray json(const QJsonObject &object);

private:
    QNetworkAccessManager m_manager;
    QByteArray m_authorization;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};
