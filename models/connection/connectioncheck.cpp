#include "models/connection/connectioncheck.h"

#include "network/userservice.h"

namespace ionos {

ConnectionVerdict ConnectionCheck::explain(const ApiError &error, bool usedToken)
{
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
    const bool usedToken = client.settings().credentials.usesToken();
    return UserService(client).page(0, 1, context, [done, usedToken](const Result<UsersPage> &r) {
        if (r.ok()) {
            done({ConnectionVerdict::Outcome::Connected, tr("Connected.")});
            return;
        }
        if (r.error().kind == ApiError::Kind::Cancelled)
            return;
        done(explain(r.error(), usedToken));
    });
}

} // namespace ionos
