#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ionos {

// A user of the Cloud API account.
struct User
{
    QString id;
    QString firstname;
    QString lastname;
    QString email;
    bool administrator = false;
    bool forceSecAuth = false;
    bool secAuthActive = false;
    bool active = true;
    QString s3CanonicalUserId;
    QDateTime created;
    QDateTime lastModified;
    std::optional<QDateTime> lastLogin;

    QString displayName() const { return (firstname + QLatin1Char(' ') + lastname).trimmed(); }
    bool operator==(const User &) const = default;
};

// What a person types to create or change a user. A password is sent only when given.
struct UserDraft
{
    QString firstname;
    QString lastname;
    QString email;
    std::optional<QString> password;
    bool administrator = false;
    bool forceSecAuth = false;
    bool active = true;
    // Only false can be sent when changing a user: 2FA is turned on by the user.
    std::optional<bool> secAuthActive;

    // A user's properties as they are, to change one or two of them.
    static UserDraft of(const User &user)
    {
        UserDraft d;
        d.firstname = user.firstname;
        d.lastname = user.lastname;
        d.email = user.email;
        d.administrator = user.administrator;
        d.forceSecAuth = user.forceSecAuth;
        d.active = user.active;
        return d;
    }
    // The properties it sets, set on a user as the server would.
    void applyTo(User &user) const
    {
        user.firstname = firstname;
        user.lastname = lastname;
        user.email = email;
        user.administrator = administrator;
        user.forceSecAuth = forceSecAuth;
        user.active = active;
        if (secAuthActive)
            user.secAuthActive = *secAuthActive;
    }
    bool operator==(const UserDraft &) const = default;
};

// One page of GET /um/users.
struct UsersPage
{
    QList<User> users;
    int offset = 0;
    int limit = 0;
    bool hasNext = false;
};

} // namespace ionos
