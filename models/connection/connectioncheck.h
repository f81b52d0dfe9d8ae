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
    static ConnectionVerdict explain(const ApiError &error, bool usedToken);
};

} // namespace ionos

Q_DECLARE_METATYPE(ionos::ConnectionVerdict)
