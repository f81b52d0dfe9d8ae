#pragma once

#include <QObject>

#include <functional>

namespace ionos {

// After a write whose outcome is uncertain (the answer was lost or cut off, the server failed):
// reads back whether the change is there, a few times with growing waits, since an accepted
// change runs a little later. Only a change that is not there is reported as failed, so that a
// person repeating it makes nothing twice.
class WriteCheck
{
public:
    // look(answer): read the server and call answer(true) when the change is there.
    using Look = std::function<void(std::function<void(bool made)> answer)>;

    static void confirm(QObject *context, Look look, std::function<void(bool made)> settle,
                        int looks = 4, int firstWaitMs = 400);
};

} // namespace ionos
