// The Overview's engines: the account at a glance from the loaded state, what changed counted
// by kind, and the history of the states the last sessions left.
#include "accesssamples.h"
#include "models/overview/accountglance.h"
#include "models/snapshot/snapshothistory.h"
#include "models/watch/changesummary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ionos;

TEST(AccountGlance, CountsUsersAdministratorsTwoFactorGroupsResourcesAndFindings)
{
    AccessFacts facts = smallAccount();
    facts.users[3].active = false; // dave
    facts.groups.append(sampleGroup(QStringLiteral("empty")));
    ionos::Resource ip = sampleResource(QStringLiteral("ip1"));
    ip.type = QStringLiteral("ipblock");
    facts.resources.append(ip);
    const EffectiveAccess access(facts);
    const QList<Finding> found = FindingsRules::find(access, {});
    const AccountGlance g = AccountGlance::of(access, found);
    EXPECT_EQ(g.users, 4);
    EXPECT_EQ(g.activeUsers, 3);
    EXPECT_EQ(g.deactivatedUsers, 1);
    EXPECT_EQ(g.activeUsersWith2fa, 1); // bob
    EXPECT_EQ(g.administrators, 1);     // carol
    EXPECT_EQ(g.administratorsWith2fa, 0);
    EXPECT_EQ(g.groups, 3);
    EXPECT_EQ(g.groupsWithoutMembers, 1);
    EXPECT_EQ(g.resources, 4);
    ASSERT_EQ(g.resourcesByType.size(), 2);
    EXPECT_EQ(g.resourcesByType.at(0), std::make_pair(QStringLiteral("datacenter"), 3));
    EXPECT_EQ(g.resourcesByType.at(1), std::make_pair(QStringLiteral("ipblock"), 1));
    EXPECT_EQ(g.findingsTotal(), found.size());
    int high = 0;
    for (const Finding &f : found)
        high += f.severity == Finding::Severity::High;
    EXPECT_EQ(g.findingsOf(Finding::Severity::High), high);
    EXPECT_GT(high, 0) << "carol, an administrator without 2FA";
}

TEST(ChangeSummary, CountsEachKindOnceInPlainWords)
{
    AccountSnapshot before;
    before.account = smallAccount();
    AccountSnapshot after = before;
    after.account.users.append(sampleUser(QStringLiteral("erin"), true));
    after.account.users[0].lastname = QStringLiteral("Renamed");
    after.account.members[QStringLiteral("ops")].append(QStringLiteral("bob"));
    after.account.groups[1].privileges.set(QStringLiteral("createDatacenter"), false);
    after.account.groups[1].privileges.set(QStringLiteral("reserveIp"), true);
    const QList<SnapshotChange> changes = SnapshotDiff::between(before, after);
    const QStringList phrases = ChangeSummary::phrases(changes, WatchRules::between(before, after));
    EXPECT_EQ(
        phrases,
        (QStringList{QStringLiteral("1 user(s) added"), QStringLiteral("1 new administrator(s)"),
                     QStringLiteral("1 user(s) changed"), QStringLiteral("1 privilege(s) granted"),
                     QStringLiteral("1 privilege(s) taken away"),
                     QStringLiteral("1 member(s) added")}))
        << phrases.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(ChangeSummary::phrases({}, {}).isEmpty());
}

TEST(SnapshotHistory, KeepsTheNewestFiveReadableByTheUserAlone)
{
    QTemporaryDir root;
    const SnapshotHistory history(root.filePath(QStringLiteral("sessions/prod")));
    EXPECT_FALSE(history.latest());
    AccountSnapshot s;
    s.account = smallAccount();
    const QDateTime first = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 7; ++i) {
        s.takenAt = first.addSecs(3600 * i);
        ASSERT_EQ(history.keep(s), QString());
    }
    const QList<SnapshotHistory::Entry> kept = history.entries();
    ASSERT_EQ(kept.size(), SnapshotHistory::kKept);
    EXPECT_EQ(kept.first().takenAt, first.addSecs(3600 * 6)) << "newest first";
    EXPECT_EQ(kept.last().takenAt, first.addSecs(3600 * 2));
    EXPECT_EQ(QDir(history.folder()).entryList(QDir::Files).size(), SnapshotHistory::kKept);
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                       QFileDevice::WriteUser;
    EXPECT_EQ(QFileInfo(kept.first().path).permissions() & ~owner, QFileDevice::Permissions());
    EXPECT_EQ(QFileInfo(history.folder()).permissions() &
                  ~(owner | QFileDevice::ExeOwner | QFileDevice::ExeUser),
              QFileDevice::Permissions());
    const Result<AccountSnapshot> read = AccountSnapshot::readFile(kept.first().path);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value().account.users.size(), 4);
}

TEST(SnapshotHistory, AProfileNameOfAnyCharactersIsOneFolder)
{
    const QString folder = SnapshotHistory::folderOf(QStringLiteral("a/b ../c"));
    EXPECT_TRUE(folder.endsWith(QStringLiteral("/sessions/a%2Fb ..%2Fc"))) << folder.toStdString();
}
