#pragma once

#include "models/access/findings.h"
#include "models/snapshot/accountsnapshot.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ionos {

// Something that changed in the account and that an administrator wants to hear of, by one of
// the watch's rules. Subjects are ids; detail is one sentence with their names.
struct WatchAlert
{
    using Severity = Finding::Severity;

    QString rule; // the rule's id, e.g. "new-administrator"
    Severity severity = Severity::Low;
    QString userId;
    QString groupId;
    QString resourceId;
    QString privilege; // the API's key of a privilege granted
    QString detail;

    // {"rule", "severity", "user"?, "group"?, "resource"?, "privilege"?, "detail"}
    QJsonObject toJson() const;
    bool operator==(const WatchAlert &) const = default;
};

// The watch's rules, exactly (before is the baseline, after the account now):
// - new-administrator (high): a user who is an administrator after and was not before, or did
//   not exist;
// - 2fa-requirement-removed (high): a user whose forceSecAuth was true and is false;
// - user-reactivated (medium): a user whose active was false and is true;
// - privilege-granted (medium): a group, existing or new, that holds a privilege it did not
//   hold (one alert per group and privilege);
// - share-granted (medium): a share of a resource with a group that did not exist;
// - share-widened (medium): a share whose edit or share right went from false to true (one
//   alert per share);
// - member-added (low): a membership that did not exist;
// - new-user (low): a user who did not exist.
// A right taken away, a member removed, a user's name changed and everything else raise none.
class WatchRules
{
    Q_DECLARE_TR_FUNCTIONS(WatchRules)

public:
    static QStringList ruleIds();
    static WatchAlert::Severity severityOf(const QString &rule);
    // What a rule watches for, in a few words for people ("New administrator").
    static QString title(const QString &rule);
    // Every alert, most severe first, then in the rules' order, then in the diff's order.
    static QList<WatchAlert> between(const AccountSnapshot &before, const AccountSnapshot &after);

    // {"since", "asOf", "alerts": [...]}, as `ionos-admin watch --format json` writes it.
    static QByteArray toJson(const AccountSnapshot &before, const AccountSnapshot &after,
                             const QList<WatchAlert> &alerts);
    // A line saying since when, then a line per alert: "high new-administrator user=ID: ...".
    static QByteArray toText(const AccountSnapshot &before, const AccountSnapshot &after,
                             const QList<WatchAlert> &alerts);
};

} // namespace ionos
