#include "httpprobe.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

QByteArray ProbeReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool ProbeReply::isJson() const
{
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError;
}

QString ProbeReply::errorMessage() const
{
    return object()
        .value(QStringLiteral("messages"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

HttpProbe::HttpProbe(QByteArray authorization)
    : m_authorization(std::move(authorization))
{}

void HttpProbe::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}

QByteArray HttpProbe::basic(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QByteArray HttpProbe::bearer(const QString &token)
{
    return "Bearer " + token.toUtf8();
}

QByteArray HttpProbe::json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ProbeReply HttpProbe::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                           int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    for (const auto &h : m_headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);

    QNetworkReply *reply = body.isEmpty() ? m_manager.sendCustomRequest(request, method)
                                          : m_manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 1000);

    ProbeReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid())
        result.announcedLength = length.toLongLong();
    reply->deleteLater();
    return result;
}
