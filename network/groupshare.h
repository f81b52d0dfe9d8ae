#pragma once

#include <QString>

#include <functional>

namespace ionos {

// A resource shared with a group. Read access is the share itself; edit and share are extra.
struct GroupShare
{
    QString resourceId;
    bool editPrivilege = false;
    bool sharePrivilege = false;

    bool operator==(const GroupShare &) const = default;
    bool sameRights(const GroupShare &other) const
    {
        return editPrivilege == other.editPrivilege && sharePrivilege == other.sharePrivilege;
    }
    // Whether a share as read has these rights.
    std::function<bool(const GroupShare &)> rightsAre() const
    {
        return [wanted = *this](const GroupShare &read) { return read.sameRights(wanted); };
    }
};

} // namespace ionos
