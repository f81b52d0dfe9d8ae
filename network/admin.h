#pragma once

#include <QString>

#include <optional>

namespace ionos {

// An admin user of a reseller contract. The API sends the id as a string.
struct Admin
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;

    bool operator==(const Admin &) const = default;
};

struct AdminDraft
{
    QString firstName;
    QString lastName;
    QString email;
    std::optional<QString> password; // required to create, never sent to change

    // Whether the admin as read shows this draft.
    bool isIn(const Admin &admin) const
    {
        return admin.firstName == firstName && admin.lastName == lastName && admin.email == email;
    }
    bool operator==(const AdminDraft &) const = default;
};

} // namespace ionos
