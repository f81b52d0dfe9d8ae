#include "models/access/accessreview.h"

#include "models/account/resourcetypes.h"

namespace ionos {

QString ReviewRow::key() const
{
    return kindName(kind) + QLatin1Char('/') + groupId + QLatin1Char('/') + subjectId;
}

QString ReviewRow::kindName(Kind kind)
{
    return kind == Kind::Member ? QStringLiteral("member") : QStringLiteral("share");
}

QString ReviewRow::decisionName(Decision d)
{
    return d == Decision::Keep ? QStringLiteral("keep") : QStringLiteral("remove");
}

QString ReviewRow::outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Open:
        return QStringLiteral("open");
    case Outcome::Kept:
        return QStringLiteral("kept");
    case Outcome::Removing:
        return QStringLiteral("removing");
    case Outcome::Removed:
        return QStringLiteral("removed");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QList<ReviewRow> AccessReview::rows(const EffectiveAccess &access, const QStringList &groupIds,
                                    const FindingsRules::Options &options)
{
    QList<ReviewRow> out;
    const AccessFacts &facts = access.facts();
    for (const QString &groupId : groupIds) {
        const Group *group = access.group(groupId);
        const QString groupName = group ? group->name : groupId;
        for (const QString &userId : facts.members.value(groupId)) {
            ReviewRow row;
            row.groupId = groupId;
            row.groupName = groupName;
            row.subjectId = userId;
            if (const User *u = access.user(userId)) {
                row.subject = u->email;
                row.subjectType = u->displayName();
                if (!u->active) {
                    row.proposed = ReviewRow::Decision::Remove;
                    row.reason = tr("Deactivated.");
                } else if (FindingsRules::isInactive(*u, options)) {
                    row.proposed = ReviewRow::Decision::Remove;
                    row.reason = u->lastLogin ? tr("No sign-in for %n days.", "",
                                                   int(u->lastLogin->daysTo(options.asOf)))
                                              : tr("Never signed in, created %n days ago.", "",
                                                   int(u->created.daysTo(options.asOf)));
                } else {
                    row.reason = tr("Active, signed in within %n days.", "", options.inactiveDays);
                }
            } else {
                row.subject = userId;
                row.reason = tr("Not among the loaded users.");
            }
            row.decision = row.proposed;
            out << row;
        }
        for (const GroupShare &share : facts.shares.value(groupId)) {
            ReviewRow row;
            row.kind = ReviewRow::Kind::Share;
            row.groupId = groupId;
            row.groupName = groupName;
            row.subjectId = share.resourceId;
            const Resource *r = access.resource(share.resourceId);
            row.subject = r && !r->name.isEmpty() ? r->name : share.resourceId;
            row.subjectType = r ? ResourceTypes::singular(r->type) : QString();
            QStringList rights{tr("read")}; // read is the share itself
            if (share.editPrivilege)
                rights << tr("edit");
            if (share.sharePrivilege)
                rights << tr("share");
            row.reason = tr("Members may: %1.").arg(rights.join(QStringLiteral(", ")));
            out << row;
        }
    }
    return out;
}

} // namespace ionos
