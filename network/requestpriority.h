#pragma once

namespace ionos {

// Which request goes first when several wait for the same host. A request of a higher class is
// sent before any waiting request of a lower one; requests already sent are never called back;
// within a class, the first in goes first.
enum class RequestPriority
{
    Write,       // changes and the reads that settle them (status polls, read-backs)
    Visible,     // what the person is looking at: a screen's list, the selected item's details
    FirstScreen, // the sign-in load of the first screen (every page of users)
    Background,  // completing the rest: every group's members and shares, counts, the access index
};

constexpr int kRequestPriorities = 4;

} // namespace ionos
