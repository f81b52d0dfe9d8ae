#include "models/access/findingremedy.h"

#include "models/access/effectiveaccess.h"
#include "models/access/findings.h"

namespace ionos {

QString RemedyPlan::actionText(Remedy remedy)
{
    switch (remedy) {
    case Remedy::RequireTwoFactor:
        return tr("Require 2-Factor Authentication…");
    case Remedy::DeactivateUser:
        return tr("Deactivate User…");
    case Remedy::RemoveFromGroups:
        return tr("Remove from Groups…");
    case Remedy::DeleteGroup:
        return tr("Delete Group…");
    case Remedy::StopSharing:
        return tr("Stop Sharing…");
    case Remedy::DeactivateKeys:
        return tr("Deactivate Keys…");
    case Remedy::None:
        break;
    }
    return {};
}

RemedyPlan RemedyPlan::of(const Finding &f, const EffectiveAccess &access)
{
    RemedyPlan p;
    if (const User *u = access.user(f.userId)) {
        p.user = *u;
        p.draft = UserDraft::of(*u);
    }
    const bool aboutUser = p.user.has_value();
    switch (f.remedy) {
    case Remedy::RequireTwoFactor:
        if (!aboutUser)
            return {};
        p.title = tr("Require 2-Factor Authentication");
        p.question = tr("Require 2-factor authentication for this administrator?");
        p.consequence = tr("They must set it up before they can sign in again.");
        p.undo = tr("Clear \"Require 2-factor authentication\" in the user's properties.");
        p.confirmText = tr("Require It");
        p.draft.forceSecAuth = true;
        break;
    case Remedy::DeactivateUser:
        if (!aboutUser)
            return {};
        p.title = tr("Deactivate User");
        p.question = tr("Deactivate this user?");
        p.consequence = tr("They can no longer sign in; their groups and resources stay.");
        p.undo = tr("Tick \"Active\" in the user's properties.");
        p.confirmText = tr("Deactivate");
        p.draft.active = false;
        break;
    case Remedy::RemoveFromGroups:
        if (!aboutUser)
            return {};
        p.groupIds = access.groupsOf(f.userId);
        p.title = tr("Remove from Groups");
        p.question = tr("Remove this user from their %n group(s)?", "", int(p.groupIds.size()));
        p.consequence = tr("They lose what those groups grant.");
        p.undo = tr("Add them to the groups again.");
        p.confirmText = tr("Remove");
        break;
    case Remedy::DeleteGroup:
        if (f.groupId.isEmpty())
            return {};
        p.groupIds = {f.groupId};
        p.title = tr("Delete Group");
        p.question = tr("Delete this group?");
        p.consequence = tr("The group is deleted with its privileges and shares; nobody is in it.");
        p.confirmText = tr("Delete");
        break;
    case Remedy::StopSharing:
        if (f.resourceId.isEmpty())
            return {};
        p.resourceId = f.resourceId;
        // The group a finding names, or every group that shares the resource.
        p.groupIds =
            f.groupId.isEmpty() ? access.groupsSharing(f.resourceId) : QStringList{f.groupId};
        p.title = tr("Stop Sharing");
        p.question = tr("Stop sharing this resource with %n group(s)?", "", int(p.groupIds.size()));
        p.consequence = tr("Their members lose the access the share gave.");
        p.undo = tr("Share it again from the group's Shares tab.");
        p.confirmText = tr("Stop Sharing");
        break;
    case Remedy::DeactivateKeys:
        if (!aboutUser)
            return {};
        for (const ObjectStorageKey &k : access.facts().keys.value(f.userId)) {
            if (k.active && (f.keyId.isEmpty() || k.id == f.keyId))
                p.keyIds << k.id;
        }
        if (p.keyIds.isEmpty())
            return {};
        p.title = tr("Deactivate Object Storage Keys");
        p.question =
            tr("Deactivate %n Object Storage key(s) of this user?", "", int(p.keyIds.size()));
        p.consequence = tr("Programs that use them lose access to the buckets.");
        p.undo = tr("Activate them again in the user's Object Storage Keys tab.");
        p.confirmText = tr("Deactivate");
        break;
    case Remedy::None:
        return {};
    }
    p.remedy = f.remedy;
    return p;
}

WhatIf RemedyPlan::preview(WhatIf base) const
{
    switch (remedy) {
    case Remedy::RequireTwoFactor:
    case Remedy::DeactivateUser:
        base.changeUser(user->id, draft);
        break;
    case Remedy::RemoveFromGroups:
        for (const QString &groupId : groupIds)
            base.removeMembers(groupId, {user->id});
        break;
    case Remedy::DeleteGroup:
        base.deleteGroups(groupIds);
        break;
    case Remedy::StopSharing:
        for (const QString &groupId : groupIds)
            base.removeShares(groupId, {resourceId});
        break;
    case Remedy::DeactivateKeys: // keys change no one's access to the account
    case Remedy::None:
        break;
    }
    return base;
}

QString RemedyPlan::doneText() const
{
    switch (remedy) {
    case Remedy::RequireTwoFactor:
        return tr("2-factor authentication is now required for %1.").arg(user->email);
    case Remedy::DeactivateUser:
        return tr("%1 is deactivated.").arg(user->email);
    case Remedy::RemoveFromGroups:
        return tr("Removing %1 from their groups; the Activity log shows each.").arg(user->email);
    case Remedy::DeleteGroup:
        return tr("Deleting the group; the Activity log shows how it ends.");
    case Remedy::StopSharing:
        return tr("Stopping the share; the Activity log shows how it ends.");
    case Remedy::DeactivateKeys:
        return tr("Deactivating the keys of %1; the Activity log shows how it ends.")
            .arg(user->email);
    case Remedy::None:
        break;
    }
    return {};
}

} // namespace ionos
