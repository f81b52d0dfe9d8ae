#include "models/connection/connectioncheck.h"

#include "models/displaytime.h"
#include "network/completion.h"
#include "network/tokenexpiry.h"
#include "network/userservice.h"

#include <QTimer>

namespace ionos {

std::optional<ConnectionVerdict> ConnectionCheck::expired(const Credentials &credentials,
                                                          const QDateTime &now)
{
    if (!credentials.usesToken())
        return std::nullopt;
    const std::optional<QDateTime> expiry = TokenExpiry::of(credentials.token);
    if (!expiry || *expiry > now)
        return std::nullopt;
    return ConnectionVerdict{ConnectionVerdict::Outcome::TokenExpired,
                             tr("The token expired on %1. Create a new token in the IONOS Token "
                                "Manager and sign in with it.")
                                 .arg(DisplayTime::dateTime(*expiry))};
}

ConnectionVerdict ConnectionCheck::explain(const ApiError &error, const Credentials &credentials)
{
    const bool usedToken = credentials.usesToken();
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 401) {
        if (auto verdict = expired(credentials, QDateTime::currentDateTimeUtc())) {
            if (!error.serverMessage.isEmpty())
                verdict->message +=
                    QLatin1Char(' ') + tr("The server said: %1").arg(error.serverMessage);
            return *verdict;
        }
    }
    ConnectionVerdict v;
    const QString server =
        error.serverMessage.isEmpty()
            ? QString()
            : QLatin1Char(' ') + tr("The server said: %1").arg(error.serverMessage);
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 401) {
        const bool twoFactor =
            error.serverMessage.contains(QStringLiteral("2-factor"), Qt::CaseInsensitive) ||
            error.serverMessage.contains(QStringLiteral("two-factor"), Qt::CaseInsensitive) ||
            error.serverMessage.contains(QStringLiteral("2FA"));
        if (twoFactor && !usedToken) {
            v.outcome = ConnectionVerdict::Outcome::TokenRequired;
            v.message = tr("This account uses 2-factor authentication, so it cannot sign in with "
                           "a username and password. Create a token in the IONOS Token Manager "
                           "and sign in with the token.") +
                        server;
        } else {
            v.outcome = ConnectionVerdict::Outcome::WrongCredentials;
            v.message = (usedToken ? tr("The token was not accepted: it may be wrong, expired or "
                                        "deleted.")
                                   : tr("The username or password was not accepted.")) +
                        server;
        }
    } else if (error.kind == ApiError::Kind::Http && error.httpStatus == 403) {
        v.outcome = ConnectionVerdict::Outcome::NotAllowed;
        v.message = tr("Signed in, but this account may not manage users: only the contract "
                       "owner and administrators manage users, groups and shares.") +
                    server;
    } else if (error.isOutage()) {
        v.outcome = ConnectionVerdict::Outcome::Unreachable;
        v.message = error.message;
    } else {
        v.outcome = ConnectionVerdict::Outcome::Failed;
        v.message = error.message;
    }
    return v;
}

ApiCall *ConnectionCheck::run(ApiClient &client, QObject *context,
                              std::function<void(const ConnectionVerdict &)> done)
{
    const Credentials credentials = client.settings().credentials;
    // A token that says it has expired is not sent: the person hears when it expired at once.
    if (const auto verdict = expired(credentials, QDateTime::currentDateTimeUtc())) {
        auto *call = new ApiCall(&client);
        const Completion<Done> complete(call, context,
                                        [done, verdict = *verdict](const Result<Done> &r) {
                                            if (r.ok())
                                                done(verdict);
                                        });
        QTimer::singleShot(0, call, [complete] { complete(Done{}); });
        return call;
    }
    return UserService(client).page(0, 1, context, [done, credentials](const Result<UsersPage> &r) {
        if (r.ok()) {
            done({ConnectionVerdict::Outcome::Connected, tr("Connected.")});
            return;
        }
        if (r.error().kind == ApiError::Kind::Cancelled)
            return;
        done(explain(r.error(), credentials));
    });
}

} // namespace ionos
