#pragma once

#include "network/apiclient.h"

namespace ionos {

// "Test connection" and sign-in: one light call (the first user, depth 1) and what its outcome
// means for a person.
struct ConnectionVerdict
{
    enum class Outcome
    {
        Connected,        // signed in, and may manage users
        NotAllowed,       // signed in, but may not manage users (403)
        WrongCredentials, // 401
        TokenExpired,     // the token's own expiry has passed (401 or not yet sent)
        TokenRequired,    // Basic auth refused for an account with 2-factor authentication
        Unreachable,      // network or TLS
        Failed,           // anything else
    };

    Outcome outcome = Outcome::Failed;
    QString message;

    bool signedIn() const
    {
        return outcome == Outcome::Connected || outcome == Outcome::NotAllowed;
    }
};

class ConnectionCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheck)

public:
    static ApiCall *run(ApiClient &client, QObject *context,
                        std::function<void(const ConnectionVerdict &)> done);
    // What an error means; with the token used, an expired token says when it expired.
    static ConnectionVerdict explain(const ApiError &error, const Credentials &credentials);
    // The verdict on a token whose own expiry has passed, without asking the server; none when
    // it has not passed or is not known.
    static std::optional<ConnectionVerdict> expired(const Credentials &credentials,
                                                    const QDateTime &now);
};

} // namespace ionos

Q_DECLARE_METATYPE(ionos::ConnectionVerdict)
