#pragma once

#include <QUrl>

namespace ionos {

// Where the two APIs live, and the rules for overriding them.
struct ApiEndpoints
{
    static QUrl defaultCloudBase();    // https://api.ionos.com/cloudapi/v6
    static QUrl defaultResellerBase(); // https://api.ionos.com/reseller/v2

    // The full base URL for a user's input: an origin alone ("https://host:port") gets the
    // API's path appended; a URL with a path is taken as the base. Empty when the input is
    // not acceptable; http:// is accepted only for loopback hosts.
    static QUrl cloudBaseFrom(const QString &input);
    static QUrl resellerBaseFrom(const QString &input);

    static bool isLoopbackHost(const QString &host);
};

} // namespace ionos
