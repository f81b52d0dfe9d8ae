#pragma once

#include "models/access/effectiveaccess.h"
#include "models/access/findingremedy.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ionos {

// Something risky in the account now, by one of the rules below.
struct Finding
{
    enum class Severity
    {
        High,
        Medium,
        Low,
        Info
    };
    QString rule;                 // the rule's id, e.g. "admin-without-2fa"
    Remedy remedy = Remedy::None; // as the rule says
    Severity severity = Severity::Info;
    QString userId;
    QString groupId;
    QString resourceId;
    QString keyId;   // an Object Storage key's id (its access key)
    QString subject; // what it is about, by name: the user, the group or the resource
    QString detail;  // one sentence: why

    static QString severityName(Severity severity); // "high", ...: for files and scripts
    QString severityLabel() const { return labelOf(severity); }
    static QString labelOf(Severity severity); // for people, translated
    // A stable key of the finding, for dismissing it.
    QString key() const;

    bool operator==(const Finding &) const = default;
};

// The rules, exactly as documented (ids as written; "as of" is the report time):
// - admin-without-2fa (high): administrator and not secAuthActive.
// - 2fa-not-set-up (medium): forceSecAuth and not secAuthActive.
// - inactive-with-access (medium): active, last login older than N days before "as of" (or
//   never, and created more than N days before), and administrator or member of a group that
//   grants a privilege or has a share.
// - deactivated-member (low): not active and member of a group (one finding per user).
// - shadow-admin (medium): not administrator, but their groups together grant all 25 privileges.
// - group-without-members (low): grants a privilege or has a share, with no members.
// - empty-group (info): no privilege, no share, no member.
// - reshare-grant (info): a share with sharePrivilege (one per group and resource).
// - orphaned-resource (medium): the owner id is set but is not a current user or that user is
//   not active, and no group shares the resource.
// - protected-unreachable (low): a 2FA-protected resource shared with groups none of whose
//   members has secAuthActive.
// - key-of-deactivated-user (high): a user who is not active has an active Object Storage key
//   (one finding per user).
// - old-key (medium): an active Object Storage key created more than N days before "as of"
//   (one per key).
// - keys-at-cap (info): a user has five Object Storage keys, the most there can be.
// The key rules see the users whose keys are loaded.
// Each rule also names its remedy (Remedy, in findings.cpp): shadow-admin and orphaned-resource
// have none, as settling them needs a person's judgement.
class FindingsRules
{
    Q_DECLARE_TR_FUNCTIONS(FindingsRules)

public:
    struct Options
    {
        QDateTime asOf = QDateTime::currentDateTimeUtc();
        int inactiveDays = 90;
        int keyMaxAgeDays = 365;
    };

    static QStringList ruleIds();
    // What a rule finds, in a few words for people ("Administrator without 2-factor
    // authentication"); the id stays in files, scripts and tool tips.
    static QString title(const QString &rule);
    // Every finding, most severe first, then by rule, then in the order things were loaded.
    static QList<Finding> find(const EffectiveAccess &access, const Options &options);
    // Whether a user counts as inactive by the inactive-with-access rule's clock.
    static bool isInactive(const User &user, const Options &options);
    // The users of the inactive-with-access findings among these, in their order: the dormant
    // users who still hold rights.
    static QStringList dormantUsers(const QList<Finding> &findings);
};

} // namespace ionos
