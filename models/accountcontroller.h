#pragma once

#include "network/apiclient.h"

#include <QObject>

namespace ionos {

class AccountState;
class ActivityModel;

// What the controllers of one part of the account (users, groups, members, shares, reseller
// admins) have alike: the client their calls go through, the account state each write's outcome
// is applied to once, and the activity log that records every write.
class AccountController : public QObject
{
public:
    AccountController(ApiClient &client, AccountState &state, ActivityModel &activity,
                      QObject *parent = nullptr)
        : QObject(parent)
        , m_client(client)
        , m_state(state)
        , m_activity(activity)
    {}

protected:
    ApiClient &m_client;
    AccountState &m_state;
    ActivityModel &m_activity;
};

} // namespace ionos
