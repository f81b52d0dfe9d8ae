#pragma once

#include "network/apiclient.h"
#include "network/user.h"

namespace ionos {

// Loads every user of GET /um/users. The total is not known in advance, so pages are fetched
// ahead speculatively, as many as the client lets run at once; the last page is the first one
// without a next link, pages past it are cancelled or ignored, and the users come back in the
// server's order with no gap and no duplicate. While they load, `arrived` (when given) receives
// the users of each page as soon as every page before it is in, so that a list can fill from
// its first page; `done` receives them all. The pages keep the request class the load began in.
class AllUsersList
{
public:
    using PagesArrived = std::function<void(const QList<User> &)>;
    static ApiCall *start(ApiClient &client, QObject *context,
                          std::function<void(const Result<QList<User>> &)> done,
                          PagesArrived arrived = {});
};

} // namespace ionos
