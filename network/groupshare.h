#pragma once

#include <QString>

namespace ionos {

// A resource shared with a group. Read access is the share itself; edit and share are extra.
struct GroupShare
{
    QString resourceId;
    bool editPrivilege = false;
    bool sharePrivilege = false;

    bool operator==(const GroupShare &) const = default;
};

} // namespace ionos
