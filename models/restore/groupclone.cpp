#include "models/restore/groupclone.h"

#include "models/access/whatif.h"

#include <QSet>

namespace ionos {

GroupClone::Writes GroupClone::of(const AccessFacts &account, const QString &groupId,
                                  const QString &name, bool withMembers)
{
    Writes w;
    const auto source = std::find_if(account.groups.begin(), account.groups.end(),
                                     [&groupId](const Group &g) { return g.id == groupId; });
    if (source == account.groups.end())
        return w;
    const QString id = QLatin1String(kNewGroup);
    Group draft = *source;
    draft.id = id;
    draft.name = name;
    w.steps << restore::CreateGroup{id, draft};
    w.descriptions << tr("Create the group %1 with the privileges of %2").arg(name, source->name);
    QHash<QString, QString> resourceNames;
    for (const Resource &r : account.resources)
        resourceNames.insert(r.id, r.name);
    for (const GroupShare &share : account.shares.value(groupId)) {
        w.steps << restore::PutShare{id, share};
        w.descriptions << tr("Share %1 with %2")
                              .arg(resourceNames.value(share.resourceId, share.resourceId), name);
    }
    if (withMembers) {
        QHash<QString, QString> emails;
        for (const User &u : account.users)
            emails.insert(u.id, u.email);
        for (const QString &user : account.members.value(groupId)) {
            w.steps << restore::AddMember{id, user};
            w.descriptions << tr("Add %1 to %2").arg(emails.value(user, user), name);
        }
    }
    return w;
}

QString GroupClone::suggestedName(const AccessFacts &account, const QString &groupId)
{
    QString source;
    QSet<QString> taken;
    for (const Group &g : account.groups) {
        taken.insert(g.name.toLower());
        if (g.id == groupId)
            source = g.name;
    }
    const QString base = tr("Copy of %1").arg(source);
    QString name = base;
    for (int n = 2; taken.contains(name.toLower()); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

void GroupClone::stage(const Writes &writes, WhatIf &whatIf)
{
    QStringList members;
    for (const RestoreStep &s : writes.steps) {
        if (const auto *create = s.as<restore::CreateGroup>())
            whatIf.createGroup(create->draft);
        else if (const auto *share = s.as<restore::PutShare>())
            whatIf.putShare(share->group, share->share);
        else if (const auto *member = s.as<restore::AddMember>())
            members << member->user;
    }
    if (!members.isEmpty())
        whatIf.addMembers(QLatin1String(kNewGroup), members);
}

} // namespace ionos
