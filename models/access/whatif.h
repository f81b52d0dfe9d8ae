#pragma once

#include "models/access/effectiveaccess.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

namespace ionos {

// The difference in effective access that a staged change would make, worked out from the
// loaded facts without a request: who gains or loses which privilege, and which rights on which
// resource.
struct AccessDifference
{
    struct Privilege
    {
        QString key;
        QList<User> gain;
        QList<User> lose;
    };
    struct OnResource
    {
        Resource resource;
        QList<User> gainRead, loseRead, gainEdit, loseEdit, gainShare, loseShare;
        QList<User> loseAll; // had a path to it, have none after
    };
    QList<Privilege> privileges; // in the order of the spec
    QList<OnResource> resources; // in the order they were loaded

    bool isEmpty() const { return privileges.isEmpty() && resources.isEmpty(); }
    // One line per change, counts first: "3 users gain Create Data Center", "1 user loses
    // edit on dc-prod-fra-01", "2 users lose all access to snapshot-x (snapshot)".
    QStringList lines() const;
};

// Staged changes, applied to a copy of the facts, and what they would change.
class WhatIf
{
    Q_DECLARE_TR_FUNCTIONS(WhatIf)

public:
    // From the engine the screens read (nothing is made again for "before").
    explicit WhatIf(std::shared_ptr<const EffectiveAccess> before)
        : m_before(std::move(before))
    {}
    explicit WhatIf(AccessFacts facts)
        : m_before(std::make_shared<const EffectiveAccess>(std::move(facts)))
    {}

    WhatIf &setPrivileges(const QString &groupId, const GroupPrivileges &privileges);
    // Some privileges changed, the others kept.
    WhatIf &changePrivileges(const QString &groupId, const QMap<QString, bool> &privileges);
    // A user made (their memberships come with the other changes).
    WhatIf &createUser(const User &user);
    // A group made (its members and shares come with the other changes).
    WhatIf &createGroup(const Group &group);
    // A user's properties changed (the administrator flag and 2FA change what they reach).
    WhatIf &changeUser(const QString &userId, const UserDraft &draft);
    WhatIf &addMembers(const QString &groupId, const QStringList &userIds);
    WhatIf &removeMembers(const QString &groupId, const QStringList &userIds);
    // A share put with these rights (a new one, or new rights of one there).
    WhatIf &putShare(const QString &groupId, const GroupShare &share);
    WhatIf &removeShares(const QString &groupId, const QStringList &resourceIds);
    WhatIf &deleteUsers(const QStringList &userIds);
    WhatIf &deleteGroups(const QStringList &groupIds);

    // The difference for every user the staged changes touch.
    AccessDifference difference() const;

private:
    AccessFacts staged() const;
    void touchMembersOf(const QString &groupId);

    std::shared_ptr<const EffectiveAccess> m_before;
    QList<std::function<void(AccessFacts &)>> m_changes;
    QHash<QString, UserDraft> m_userDrafts; // user id -> their properties after
    QSet<QString> m_touched;                // users whose access may change
};

} // namespace ionos
