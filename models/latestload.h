#pragma once

#include "network/apicall.h"

#include <QPointer>

namespace ionos {

// One load of a kind at a time, and the latest wins: starting the next cancels the one before,
// whose answer is no longer wanted (a list loaded again, a group's members or shares when another
// group is shown, a contract's admins, a user's details, a group's resources, a resource type).
class LatestLoad
{
public:
    // Cancels the load in progress, if any.
    void cancel()
    {
        if (m_call)
            m_call->cancel();
    }
    // The next load: the one before is cancelled if it still runs.
    LatestLoad &operator=(ApiCall *next)
    {
        cancel();
        m_call = next;
        return *this;
    }
    bool isRunning() const { return !m_call.isNull(); }
    ApiCall *inProgress() const { return m_call; }

private:
    QPointer<ApiCall> m_call;
};

} // namespace ionos
