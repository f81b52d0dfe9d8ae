#pragma once

#include "models/access/whatif.h"
#include "network/user.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace ionos {

class EffectiveAccess;
struct Finding;

// What the console can change to settle a finding. Each rule names its remedy where the rules
// are written (FindingsRules); None: the finding needs a person's judgement.
enum class Remedy
{
    None,
    RequireTwoFactor, // the administrator must use 2FA
    DeactivateUser,
    RemoveFromGroups, // the user leaves every group they are in
    DeleteGroup,
    StopSharing,   // the resource is no longer shared with the group named, or with any
    DeactivateKeys // the key named, or every active Object Storage key of the user
};

// A remedy for one finding as a person is asked to confirm it: its wording, and what it changes
// (the user's new properties, the groups, the resource), as the access loaded now has them.
struct RemedyPlan
{
    Q_DECLARE_TR_FUNCTIONS(RemedyPlan)

public:
    Remedy remedy = Remedy::None;
    QString title;       // "Deactivate User"
    QString question;    // "Deactivate this user?"
    QString consequence; // what follows
    QString undo;        // how to undo it; empty: it cannot be
    QString confirmText; // the button that makes it
    std::optional<User> user;
    UserDraft draft; // the user's properties after the change
    QStringList groupIds;
    QString resourceId;
    QStringList keyIds;

    // The plan for a finding; remedy None when its rule has none or what it names is gone.
    static RemedyPlan of(const Finding &finding, const EffectiveAccess &access);
    // The action that offers a remedy ("Deactivate User…"); empty for None.
    static QString actionText(Remedy remedy);

    // The change staged on the loaded access, for the question's preview.
    WhatIf preview(WhatIf base) const;
    // What is said when the change is made (a user's) or sent (the others, which the Activity
    // log follows).
    QString doneText() const;
};

} // namespace ionos
