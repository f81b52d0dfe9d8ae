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
        return ApiError::tr("The server could not understand the request.");
    case 401:
        return ApiError::tr("The credentials were not accepted. Sign in again.");
    case 403:
        return ApiError::tr("This account is not allowed to do that.");
    case 404:
        return ApiError::tr("It does not exist, or no longer exists.");
    case 405:
        return ApiError::tr("The server does not offer this operation.");
    case 415:
        return ApiError::tr("The server did not accept the request's format.");
    case 422:
        return ApiError::tr("The server refused the input.");
    case 429:
        return ApiError::tr("Too many requests at once. Wait a moment and try again.");
    case 500:
        return ApiError::tr("The server had an internal error. Try again later.");
    case 502:
    case 504:
        return ApiError::tr("The server cannot be reached at the moment. Try again later.");
    case 503:
        return ApiError::tr(
            "The service is unavailable, perhaps for maintenance. Try again later.");
    default:
        return ApiError::tr("The server could not do it.");
    }
}

QString statusDetails(const QUrl &url, int status, const QString &errorCode)
{
    QString text = ApiError::tr("HTTP status %1 from %2.").arg(status).arg(where(url));
    if (!errorCode.isEmpty())
        text += QLatin1Char(' ') + ApiError::tr("Error code %1.").arg(errorCode);
    return text;
}

} // namespace

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.message = tr("Cancelled.");
    return e;
}

ApiError ApiError::connectionLost()
{
    ApiError e;
    e.kind = Kind::Network;
    e.message = tr("The connection to the server was lost. What was loading is asked for again "
                   "once it is back.");
    e.details = tr("Let go while the server could not be reached.");
    return e;
}

ApiError ApiError::timeout(const QUrl &url, int afterMs)
{
    ApiError e;
    e.kind = Kind::Timeout;
    const int seconds = (afterMs + 999) / 1000;
    e.message =
        tr("The server did not answer within %n second(s). Try again later.", nullptr, seconds);
    e.details = tr("No answer from %1 within %2 ms.").arg(where(url)).arg(afterMs);
    return e;
}

ApiError ApiError::network(const QUrl &url, QNetworkReply::NetworkError code)
{
    ApiError e;
    e.kind = Kind::Network;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        e.message = tr("The server could not be reached. Check the address in the connection "
                       "settings and that the server is running.");
        e.details = tr("%1 refused the connection.").arg(where(url));
        break;
    case QNetworkReply::HostNotFoundError:
        e.message = tr("The server's address was not found. Check the address and the network.");
        e.details = tr("The host %1 was not found.").arg(where(url));
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.message = tr("The connection broke before the answer was complete. Try again.");
        e.details = tr("%1 closed the connection.").arg(where(url));
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.message = tr("The secure connection failed: the server's certificate could not be "
                       "verified.");
        e.details = tr("The certificate of %1 was not accepted.").arg(where(url));
        break;
    default:
        e.message = tr("The network connection to the server failed. Check the network.");
        e.details = tr("Network error %1 talking to %2.").arg(int(code)).arg(where(url));
    }
    return e;
}

ApiError ApiError::truncated(const QUrl &url)
{
    ApiError e;
    e.kind = Kind::Network;
    e.message = tr("The connection broke before the answer was complete. Try again.");
    e.details = tr("%1 closed the connection before answering completely.").arg(where(url));
    return e;
}

ApiError ApiError::parse(const QUrl &url, const QString &what)
{
    ApiError e;
    e.kind = Kind::Parse;
    e.message = tr("The server's answer could not be read.");
    e.details = tr("The answer from %1: %2").arg(where(url), what);
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
    e.details = statusDetails(url, status, e.errorCode);
    // The API's own words are for the person; a gateway's (addresses, socket errors) only for
    // whoever looks further.
    if (e.fromEnvelope && !e.serverMessage.isEmpty())
        e.message += QLatin1Char(' ') + e.serverMessage;
    else if (!e.serverMessage.isEmpty())
        e.details += QLatin1Char(' ') + e.serverMessage;
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
    e.details = tr("Request %1.").arg(requestId);
    return e;
}

} // namespace ionos
