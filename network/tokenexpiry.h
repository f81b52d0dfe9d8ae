#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ionos {

// When an API token stops working, read from the token itself: IONOS tokens are JSON Web
// Tokens whose payload carries "exp" (seconds since 1970, UTC). Nothing is sent anywhere and the
// signature is not checked (the server does that); a token that is not a JWT, or has no "exp",
// has no known expiry.
class TokenExpiry
{
public:
    static std::optional<QDateTime> of(const QString &token);
    // From this many days before it, the console warns that the token will expire.
    static constexpr int kWarnDays = 14;
};

} // namespace ionos
