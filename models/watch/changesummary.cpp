#include "models/watch/changesummary.h"

#include <QSet>

namespace ionos {

QStringList ChangeSummary::phrases(const QList<SnapshotChange> &changes,
                                   const QList<WatchAlert> &alerts)
{
    using Kind = SnapshotChange::Kind;
    using Op = SnapshotChange::Op;
    int usersAdded = 0, usersRemoved = 0, groupsAdded = 0, groupsRemoved = 0;
    int privilegesTaken = 0, membersAdded = 0, membersRemoved = 0;
    int sharesAdded = 0, sharesRemoved = 0, resources = 0, admins = 0, keys = 0;
    QSet<QString> usersChanged;
    QSet<QString> sharesChanged;
    for (const SnapshotChange &c : changes) {
        const bool added = c.op == Op::Added;
        const bool removed = c.op == Op::Removed;
        switch (c.kind) {
        case Kind::User:
            usersAdded += added;
            usersRemoved += removed;
            if (c.op == Op::Changed)
                usersChanged.insert(c.user);
            break;
        case Kind::Group:
            groupsAdded += added;
            groupsRemoved += removed;
            break;
        case Kind::Privilege:
            privilegesTaken += c.after == QJsonValue(false);
            break;
        case Kind::Member:
            membersAdded += added;
            membersRemoved += removed;
            break;
        case Kind::Share:
            sharesAdded += added;
            sharesRemoved += removed;
            if (c.op == Op::Changed)
                sharesChanged.insert(c.group + QLatin1Char('/') + c.resource);
            break;
        case Kind::Resource:
            ++resources;
            break;
        case Kind::Admin:
            ++admins;
            break;
        case Kind::Key:
            ++keys;
            break;
        }
    }
    int newAdministrators = 0, privilegesGranted = 0;
    for (const WatchAlert &a : alerts) {
        newAdministrators += a.rule == QLatin1String("new-administrator");
        privilegesGranted += a.rule == QLatin1String("privilege-granted");
    }
    const std::pair<int, const char *> counted[] = {
        {usersAdded, QT_TR_N_NOOP("%n user(s) added")},
        {newAdministrators, QT_TR_N_NOOP("%n new administrator(s)")},
        {usersRemoved, QT_TR_N_NOOP("%n user(s) deleted")},
        {int(usersChanged.size()), QT_TR_N_NOOP("%n user(s) changed")},
        {privilegesGranted, QT_TR_N_NOOP("%n privilege(s) granted")},
        {privilegesTaken, QT_TR_N_NOOP("%n privilege(s) taken away")},
        {groupsAdded, QT_TR_N_NOOP("%n group(s) added")},
        {groupsRemoved, QT_TR_N_NOOP("%n group(s) deleted")},
        {membersAdded, QT_TR_N_NOOP("%n member(s) added")},
        {membersRemoved, QT_TR_N_NOOP("%n member(s) removed")},
        {sharesAdded, QT_TR_N_NOOP("%n share(s) added")},
        {sharesRemoved, QT_TR_N_NOOP("%n share(s) removed")},
        {int(sharesChanged.size()), QT_TR_N_NOOP("%n share(s) changed")},
        {resources, QT_TR_N_NOOP("%n resource change(s)")},
        {keys, QT_TR_N_NOOP("%n Object Storage key change(s)")},
        {admins, QT_TR_N_NOOP("%n reseller admin change(s)")},
    };
    QStringList out;
    for (const auto &[count, text] : counted) {
        if (count > 0)
            out << tr(text, nullptr, count);
    }
    return out;
}

} // namespace ionos
