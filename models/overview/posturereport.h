#pragma once

#include "models/overview/accountglance.h"
#include "models/snapshot/accountsnapshot.h"
#include "models/watch/watchrules.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace ionos {

// What the posture report for auditors says, worked out from the loaded state: the account, when
// and by which console version, the Overview's figures, every administrator with their 2-factor
// state, the findings most severe first, and what changed since a baseline when there is one.
struct PostureReport
{
    Q_DECLARE_TR_FUNCTIONS(PostureReport)

public:
    // The changes since the baseline, by kind, with the watch's alerts.
    struct SinceBaseline
    {
        QDateTime since;
        QStringList phrases;
        QList<WatchAlert> alerts;
    };

    QString account; // who and where: the profile, the API address, the contract
    QDateTime asOf;
    QString consoleVersion;
    AccountGlance glance;
    QList<User> administrators; // active and deactivated, by e-mail
    QList<Finding> findings;    // most severe first
    std::optional<SinceBaseline> since;

    // now: the account as loaded (a snapshot without secrets); since: what changed since a
    // baseline, when there is one.
    static PostureReport of(const QString &account, const AccountSnapshot &now,
                            const FindingsRules::Options &options,
                            std::optional<SinceBaseline> since);
    // The same, counting the changes since an earlier snapshot.
    static PostureReport of(const QString &account, const AccountSnapshot &now,
                            const FindingsRules::Options &options,
                            const std::optional<AccountSnapshot> &baseline);
};

} // namespace ionos
