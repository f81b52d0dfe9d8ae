#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// A JSON Web Token as the IONOS Token Manager makes them, expiring at `expires` (none when
// invalid), signed with nothing: the console reads the expiry without checking a signature,
// and the sandbox takes the token as its own.
inline QString makeToken(const QDateTime &expires, const QString &subject = QStringLiteral("u-1"))
{
    const auto part = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    QJsonObject claims{{QStringLiteral("sub"), subject},
                       {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()}};
    if (expires.isValid())
        claims.insert(QStringLiteral("exp"), expires.toSecsSinceEpoch());
    return QString::fromLatin1(part({{QStringLiteral("alg"), QStringLiteral("RS256")},
                                     {QStringLiteral("typ"), QStringLiteral("JWT")}}) +
                               '.' + part(claims) + ".c2lnbmF0dXJl");
}
