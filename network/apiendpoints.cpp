#include "network/apiendpoints.h"

#include <QHostAddress>

namespace ionos {
namespace {

QUrl baseFrom(const QString &input, const QString &apiPath)
{
    QUrl url(input.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() ||
        url.hasFragment())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != QStringLiteral("https") &&
        !(scheme == QStringLiteral("http") && ApiEndpoints::isLoopbackHost(url.host())))
        return {};
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path.isEmpty() ? apiPath : path);
    return url;
}

} // namespace

QUrl ApiEndpoints::defaultCloudBase()
{
    return QUrl(QStringLiteral("https://api.ionos.com/cloudapi/v6"));
}

QUrl ApiEndpoints::defaultResellerBase()
{
    return QUrl(QStringLiteral("https://api.ionos.com/reseller/v2"));
}

QUrl ApiEndpoints::cloudBaseFrom(const QString &input)
{
    return baseFrom(input, QStringLiteral("/cloudapi/v6"));
}

QUrl ApiEndpoints::resellerBaseFrom(const QString &input)
{
    return baseFrom(input, QStringLiteral("/reseller/v2"));
}

bool ApiEndpoints::isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace ionos
