#pragma once

#include "network/apiclient.h"
#include "network/requeststatus.h"

namespace ionos {

// Request status: what an accepted change (202) is doing, and waiting until it is DONE.
class RequestStatusService
{
public:
    explicit RequestStatusService(ApiClient &client)
        : m_client(client)
    {}

    ApiCall *status(const QUrl &location, QObject *context,
                    std::function<void(const Result<RequestStatus> &)> done);

    // Polls the Location with a growing interval until the status is DONE (success) or FAILED
    // (an error with the server's message), within the connection's poll time limit.
    ApiCall *waitUntilDone(const QUrl &location, QObject *context,
                           std::function<void(const Result<RequestStatus> &)> done);

private:
    ApiClient &m_client;
};

} // namespace ionos
