#pragma once

#include "models/access/effectiveaccess.h"
#include "models/snapshot/restorestep.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ionos {

class WhatIf;

// What offboarding one person takes, worked out from the loaded account.
struct OffboardUser
{
    // A resource the person created, with who else reaches it once they are gone.
    struct Owned
    {
        Resource resource;
        QList<User> others;     // active users besides those offboarded, administrators left out
        int administrators = 0; // active administrators besides those offboarded: they reach it
        // Nobody else but administrators may edit it: it is left without a keeper.
        bool orphaned = false;
    };

    QString email;           // as asked
    User user;               // empty id: no user has this e-mail
    bool deactivate = false; // active now
    QStringList leave;       // the groups they are in
    QStringList keys;        // their active Object Storage keys
    bool keysKnown = true;   // false: their keys are not loaded (yet)
    QList<Owned> owned;
    QString refusal; // why they cannot be offboarded

    bool isRefused() const { return !refusal.isEmpty(); }
    bool hasWork() const { return deactivate || !leave.isEmpty() || !keys.isEmpty(); }
};

// Offboarding people in one step: each is deactivated, removed from every group, and their
// active Object Storage keys deactivated (where their keys are loaded); what they created is
// listed with who else reaches it and whether it is left without a keeper. An e-mail no user
// has is refused; a person already offboarded has nothing to do.
class OffboardPlan
{
    Q_DECLARE_TR_FUNCTIONS(OffboardPlan)

public:
    static OffboardPlan of(const QStringList &emails, const EffectiveAccess &access);

    const QList<OffboardUser> &users() const { return m_users; }
    int refusedCount() const;
    int workCount() const; // people with something to do

    // The writes, each with the index of its person and a line for the activity log.
    struct Writes
    {
        QList<RestoreStep> steps;
        QList<int> userOf;
        QStringList descriptions;
    };
    Writes writes() const;
    void stage(WhatIf &whatIf) const;
    // Deactivating these users and nothing more (dormant users): a write each, for those active.
    static Writes deactivations(const QStringList &userIds, const EffectiveAccess &access);

    // The person for a reader: "deactivate; leave Developers, Operations; deactivate 2
    // Object Storage keys; owns 3 resources (1 without a keeper)".
    QString describe(int index) const;
    // As JSON: email, user, action (offboard, same, refused), deactivate, leave, keys, owned
    // ({resource, type, name, others, administrators, orphaned}), reason when refused.
    QJsonObject userJson(int index) const;

private:
    // The one write that deactivates a user.
    static Writes deactivationOf(const User &user);

    QList<OffboardUser> m_users;
    QHash<QString, QString> m_groupNames;
};

} // namespace ionos
