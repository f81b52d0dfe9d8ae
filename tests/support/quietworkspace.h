#pragma once

#include "models/workspace.h"
#include "network/apiclient.h"

// No request of the session waits or runs, and none is about to: once everything is loaded, the
// users' Object Storage keys follow in the background, so a test waits for those too.
inline bool isQuiet(ionos::Workspace &workspace)
{
    return workspace.client().inFlightCount() == 0 && workspace.client().queuedCount() == 0 &&
           (!workspace.isEverythingLoaded() || workspace.areKeysLoaded());
}
