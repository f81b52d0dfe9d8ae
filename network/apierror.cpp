#include "network/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ionos {
namespace {

QString where(const QUrl &url)
{
    return url.host().isEmpty() ? ApiError::tr("the server") : url.host();
}

QString statusExplanation(int status)
{
    switch (status) {
    case 400:
        return ApiError::tr("The request was malformed (400).");
    case 401:
        return ApiError::tr("The credentials were not accepted (401).");
    case 403:
        return ApiError::tr("This account is not allowed to do that (403).");
    case 404:
        return ApiError::tr("It does not exist, or no longer exists (404).");
    case 405:
        return ApiError::tr("The server does not offer this operation (405).");
    case 415:
        return ApiError::tr("The server did not accept the request's format (415).");
    case 422:
        return ApiError::tr("The server refused the input (422).");
    case 429:
        return ApiError::tr("Too many requests; the rate limit was reached (429).");
    case 500:
        return ApiError::tr("The server had an internal error (500).");
    case 502:
        return ApiError::tr("A gateway in front of the server failed (502).");
    case 503:
        return ApiError::tr("The service is unavailable, perhaps for maintenance (503).");
    case 504:
        return ApiError::tr("A gateway in front of the server timed out (504).");
    default:
        return ApiError::tr("The server answered with status %1.").arg(status);
    }
}

} // namespace

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.message = tr("Cancelled.");
    return e;
}

ApiError ApiError::timeout(const QUrl &url, int afterMs)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.message =
        tr("%1 did not answer within %2 seconds.").arg(where(url)).arg((afterMs + 999) / 1000);
    return e;
}

ApiError ApiError::network(const QUrl &url, QNetworkReply::NetworkError code)
{
    ApiError e;
    e.kind = Kind::Network;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        e.message = tr("%1 refused the connection. Is the address right, and is it running?")
                        .arg(where(url));
        break;
    case QNetworkReply::HostNotFoundError:
        e.message =
            tr("The host %1 was not found. Check the address and the network.").arg(where(url));
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.message = tr("%1 closed the connection before answering completely.").arg(where(url));
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.message = tr("The secure connection to %1 failed: its certificate could not be "
                       "verified.")
                        .arg(where(url));
        break;
    default:
        e.message = tr("The network connection to %1 failed.").arg(where(url));
    }
    return e;
}

ApiError ApiError::truncated(const QUrl &url)
{
    ApiError e;
    e.kind = Kind::Network;
    e.message = tr("%1 closed the connection before answering completely.").arg(where(url));
    return e;
}

ApiError ApiError::parse(const QUrl &url, const QString &what)
{
    ApiError e;
    e.kind = Kind::Parse;
    e.message = tr("The answer from %1 could not be read: %2").arg(where(url), what);
    return e;
}

ApiError ApiError::http(const QUrl &url, int status, const QByteArray &body)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    const QJsonArray messages = envelope.value(QStringLiteral("messages")).toArray();
    if (!messages.isEmpty()) {
        e.fromEnvelope = true;
        const QJsonObject first = messages.first().toObject();
        e.errorCode = first.value(QStringLiteral("errorCode")).toString();
        QStringList texts;
        for (const QJsonValue &m : messages) {
            const QString text = m.toObject().value(QStringLiteral("message")).toString();
            if (!text.isEmpty())
                texts << text;
        }
        e.serverMessage = texts.join(QLatin1Char(' '));
    } else if (envelope.contains(QStringLiteral("title")) ||
               envelope.contains(QStringLiteral("detail"))) {
        // An RFC 7807 problem, as gateways and validating proxies answer.
        QStringList texts{envelope.value(QStringLiteral("title")).toString(),
                          envelope.value(QStringLiteral("detail")).toString()};
        for (const QJsonValue &v : envelope.value(QStringLiteral("validation")).toArray())
            texts << v.toObject().value(QStringLiteral("message")).toString();
        texts.removeAll(QString());
        e.serverMessage = texts.join(QLatin1Char(' '));
    }
    e.message = statusExplanation(status);
    if (!e.serverMessage.isEmpty())
        e.message += QLatin1Char(' ') + tr("%1 says: %2").arg(where(url), e.serverMessage);
    return e;
}

ApiError ApiError::requestFailed(const QString &requestId, const QString &serverMessage)
{
    ApiError e;
    e.kind = Kind::RequestFailed;
    e.requestId = requestId;
    e.serverMessage = serverMessage;
    e.message = serverMessage.isEmpty()
                    ? tr("The server accepted the change but then reported it as failed.")
                    : tr("The server accepted the change but then reported it as failed: %1")
                          .arg(serverMessage);
    return e;
}

} // namespace ionos
