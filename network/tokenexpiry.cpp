#include "network/tokenexpiry.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ionos {

std::optional<QDateTime> TokenExpiry::of(const QString &token)
{
    const QList<QByteArray> parts = token.trimmed().toLatin1().split('.');
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return std::nullopt;
    const auto payload = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return std::nullopt;
    const QJsonObject claims = QJsonDocument::fromJson(*payload).object();
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isDouble() || exp.toDouble() <= 0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

} // namespace ionos
