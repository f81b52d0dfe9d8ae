#include "models/overview/posturereport.h"

#include "models/snapshot/snapshotdiff.h"
#include "models/watch/changesummary.h"

#include <algorithm>

namespace ionos {

PostureReport PostureReport::of(const QString &account, const AccountSnapshot &now,
                                const FindingsRules::Options &options,
                                const std::optional<AccountSnapshot> &baseline)
{
    std::optional<SinceBaseline> since;
    if (baseline) {
        SinceBaseline s;
        s.since = baseline->takenAt;
        s.alerts = WatchRules::between(*baseline, now);
        s.phrases = ChangeSummary::phrases(SnapshotDiff::between(*baseline, now), s.alerts);
        since = s;
    }
    return of(account, now, options, std::move(since));
}

PostureReport PostureReport::of(const QString &account, const AccountSnapshot &now,
                                const FindingsRules::Options &options,
                                std::optional<SinceBaseline> since)
{
    PostureReport r;
    r.account = account;
    r.asOf = now.takenAt;
    r.consoleVersion = now.consoleVersion;
    const EffectiveAccess access(now.account);
    r.findings = FindingsRules::find(access, options);
    r.glance = AccountGlance::of(access, r.findings);
    for (const User &u : now.account.users) {
        if (u.administrator)
            r.administrators << u;
    }
    std::sort(r.administrators.begin(), r.administrators.end(),
              [](const User &a, const User &b) { return a.email < b.email; });
    r.since = std::move(since);
    return r;
}

} // namespace ionos
