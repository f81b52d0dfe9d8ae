// `ionos-admin watch`: a baseline taken without a window, the sandbox then changed behind the
// console's back through its API, and the alerts are exactly what the rules call for: every rule
// at least once, and nothing for a privilege revoked, a member removed, a share narrowed or a
// name changed. Exit codes, --update, and --notify as a notification service on the test's
// private session bus receives it.
#include "changesthroughapi.h"
#include "headlessprogram.h"
#include "sandboxharness.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QVariantMap>

#include <gtest/gtest.h>

namespace {

// The desktop's notification service as the specification has it, keeping what it was sent.
class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received
    {
        QString appName;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Received> received;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(actions)
        Q_UNUSED(expireTimeout)
        received.append({appName, summary, body, hints});
        return uint(received.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

class WatchProgram : public ::testing::Test
{
protected:
    SandboxHarness h;
    QTemporaryDir home;
    QTemporaryDir files;
    ChangesThroughApi api{h};
    const QString baseline = files.filePath(QStringLiteral("baseline.json"));

    HeadlessProgram watch(QStringList arguments, const QString &token = {})
    {
        arguments.prepend(QStringLiteral("watch"));
        return HeadlessProgram::run(h, home.path(), arguments,
                                    token.isEmpty() ? h.server().options().token : token);
    }
    HeadlessProgram watchJson(QStringList more = {})
    {
        return watch(QStringList{QStringLiteral("--baseline"), baseline, QStringLiteral("--format"),
                                 QStringLiteral("json")} +
                     more);
    }
    void takeBaseline()
    {
        const HeadlessProgram first =
            watch({QStringLiteral("--baseline"), baseline, QStringLiteral("--update")});
        ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
        ASSERT_TRUE(QFileInfo::exists(baseline));
    }
    static QJsonArray alertsOf(const HeadlessProgram &run)
    {
        return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("alerts")).toArray();
    }
    // "rule user group resource privilege" of each alert.
    static QSet<QString> linesOf(const QJsonArray &alerts)
    {
        QSet<QString> lines;
        for (const QJsonValue &v : alerts) {
            QStringList parts;
            for (const char *key : {"rule", "user", "group", "resource", "privilege"})
                parts << v.toObject().value(QLatin1String(key)).toString();
            lines << parts.join(QLatin1Char(' ')).simplified();
        }
        return lines;
    }

    QString firstUser(const std::function<bool(const sandbox::SbUser &)> &wanted,
                      const QStringList &besides = {}) const
    {
        for (const QString &id : h.state().userOrder()) {
            if (!besides.contains(id) && wanted(*h.state().user(id)))
                return id;
        }
        return {};
    }

    // Changes behind the console's back: each rule's at least once, and some that must not
    // alert. Returns the alerts they call for.
    QSet<QString> changeBehindItsBack()
    {
        const auto &state = h.state();
        QSet<QString> expected;
        QStringList touched;

        const QString promoted = firstUser([](const auto &u) { return !u.administrator; });
        touched << promoted;
        api.editUser(promoted,
                     [](QJsonObject &p) { p.insert(QStringLiteral("administrator"), true); });
        expected << QStringLiteral("new-administrator %1").arg(promoted);

        const QString relaxed =
            firstUser([](const auto &u) { return u.forceSecAuth && !u.administrator; }, touched);
        EXPECT_FALSE(relaxed.isEmpty());
        touched << relaxed;
        api.editUser(relaxed,
                     [](QJsonObject &p) { p.insert(QStringLiteral("forceSecAuth"), false); });
        expected << QStringLiteral("2fa-requirement-removed %1").arg(relaxed);

        const QString back = firstUser([](const auto &u) { return !u.active; }, touched);
        EXPECT_FALSE(back.isEmpty());
        touched << back;
        api.editUser(back, [](QJsonObject &p) { p.insert(QStringLiteral("active"), true); });
        expected << QStringLiteral("user-reactivated %1").arg(back);

        // Renamed: no alert.
        const QString renamed = firstUser([](const auto &) { return true; }, touched);
        touched << renamed;
        api.editUser(renamed, [](QJsonObject &p) {
            p.insert(QStringLiteral("lastname"), QStringLiteral("Renamed"));
        });

        // One group gains a privilege, another loses one (no alert).
        const QStringList groups = state.groupOrder();
        const QString granting = groups.at(0);
        QString key;
        for (auto it = state.group(granting)->privileges.begin();
             it != state.group(granting)->privileges.end(); ++it) {
            if (!it.value())
                key = it.key();
        }
        EXPECT_FALSE(key.isEmpty());
        api.editGroup(granting, [&key](QJsonObject &p) { p.insert(key, true); });
        expected << QStringLiteral("privilege-granted %1 %2").arg(granting, key);
        QString revoking;
        for (const QString &g : groups) {
            if (g != granting && state.group(g)->privileges.values().contains(true))
                revoking = g;
        }
        EXPECT_FALSE(revoking.isEmpty());
        api.editGroup(revoking, [&](QJsonObject &p) {
            for (auto it = state.group(revoking)->privileges.begin();
                 it != state.group(revoking)->privileges.end(); ++it) {
                if (it.value()) {
                    p.insert(it.key(), false);
                    break;
                }
            }
        });

        // A member added to one group, removed from another (no alert).
        QString joined;
        for (const QString &u : state.userOrder()) {
            if (!state.membersOf(granting).contains(u))
                joined = u;
        }
        api.addMember(granting, joined);
        expected << QStringLiteral("member-added %1 %2").arg(joined, granting);
        QString leaving;
        QString leftGroup;
        for (const QString &g : groups) {
            if (g != granting && !state.membersOf(g).isEmpty()) {
                leftGroup = g;
                leaving = state.membersOf(g).first();
            }
        }
        EXPECT_FALSE(leftGroup.isEmpty());
        api.send("DELETE", QStringLiteral("/um/groups/%1/users/%2").arg(leftGroup, leaving));

        // One share widened, another narrowed (no alert).
        QString widenedGroup;
        QString widened;
        QString narrowedGroup;
        QString narrowed;
        for (const QString &g : groups) {
            for (const sandbox::SbShare &s : state.sharesOf(g)) {
                if (widened.isEmpty() && !s.editPrivilege) {
                    widenedGroup = g;
                    widened = s.resourceId;
                } else if (narrowed.isEmpty() && s.editPrivilege) {
                    narrowedGroup = g;
                    narrowed = s.resourceId;
                }
            }
        }
        EXPECT_FALSE(widened.isEmpty());
        EXPECT_FALSE(narrowed.isEmpty());
        // Edit (and share, when it was off) widened at once: still one alert.
        api.share("PUT", widenedGroup, widened, true, true);
        expected << QStringLiteral("share-widened %1 %2").arg(widenedGroup, widened);
        api.share("PUT", narrowedGroup, narrowed, false, false);

        // A new group with a privilege, a share and a member.
        api.send("POST", QStringLiteral("/um/groups"),
                 {{QStringLiteral("properties"),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Watched newcomers")},
                               {QStringLiteral("createBackupUnit"), true}}}});
        QString newGroup;
        for (const QString &g : state.groupOrder()) {
            if (state.group(g)->name == QStringLiteral("Watched newcomers"))
                newGroup = g;
        }
        EXPECT_FALSE(newGroup.isEmpty());
        expected << QStringLiteral("privilege-granted %1 createBackupUnit").arg(newGroup);
        const QString resource = state.resourceOrder().first();
        api.share("POST", newGroup, resource, false, false);
        expected << QStringLiteral("share-granted %1 %2").arg(newGroup, resource);
        api.addMember(newGroup, promoted);
        expected << QStringLiteral("member-added %1 %2").arg(promoted, newGroup);

        // A new user who is an administrator.
        const QString created = api.createUser(QStringLiteral("New"), QStringLiteral("Admin"),
                                               QStringLiteral("new.admin@example.com"), true);
        expected << QStringLiteral("new-administrator %1").arg(created)
                 << QStringLiteral("new-user %1").arg(created);
        return expected;
    }
};

TEST_F(WatchProgram, AMissingBaselineIsWrittenWithUpdateAndRefusedWithout)
{
    const HeadlessProgram refused = watch({QStringLiteral("--baseline"), baseline});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains("--update")) << refused.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(baseline));

    takeBaseline();
    EXPECT_EQ(QFileInfo(baseline).permissions() &
                  ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
              QFile::Permissions())
        << "readable by the user alone";

    const HeadlessProgram same = watchJson();
    EXPECT_EQ(same.exitCode, 0) << same.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(same.out).object();
    EXPECT_TRUE(report.value(QStringLiteral("alerts")).toArray().isEmpty());
    const QDateTime since =
        QDateTime::fromString(report.value(QStringLiteral("since")).toString(), Qt::ISODate);
    const QDateTime asOf =
        QDateTime::fromString(report.value(QStringLiteral("asOf")).toString(), Qt::ISODate);
    ASSERT_TRUE(since.isValid() && asOf.isValid()) << same.out.toStdString();
    EXPECT_LE(since, asOf);
}

TEST_F(WatchProgram, EveryRuleAlertsExactlyForTheChangesItWatchesMostSevereFirst)
{
    takeBaseline();
    const QSet<QString> expected = changeBehindItsBack();
    const HeadlessProgram run = watchJson();
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QJsonArray alerts = alertsOf(run);
    const QSet<QString> got = linesOf(alerts);
    EXPECT_EQ(got, expected) << mismatchOf(got, expected);
    EXPECT_EQ(alerts.size(), expected.size()) << "one alert each";

    const QStringList order{QStringLiteral("high"), QStringLiteral("medium"),
                            QStringLiteral("low")};
    qsizetype last = 0;
    QSet<QString> rules;
    for (const QJsonValue &v : alerts) {
        const QJsonObject a = v.toObject();
        const qsizetype rank = order.indexOf(a.value(QStringLiteral("severity")).toString());
        ASSERT_GE(rank, last) << "most severe first";
        last = rank;
        EXPECT_FALSE(a.value(QStringLiteral("detail")).toString().isEmpty());
        rules << a.value(QStringLiteral("rule")).toString();
    }
    EXPECT_EQ(rules.size(), 8) << "every rule at least once";

    // Text: a line saying since when, then one per alert with its rule and ids.
    const HeadlessProgram text = watch({QStringLiteral("--baseline"), baseline});
    EXPECT_EQ(text.exitCode, 1);
    const QStringList lines = QString::fromUtf8(text.out).trimmed().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.size(), alerts.size() + 1) << text.out.toStdString();
    EXPECT_TRUE(lines.value(1).startsWith(QStringLiteral("high new-administrator user=")))
        << lines.value(1).toStdString();
}

TEST_F(WatchProgram, UpdateMakesTheAccountNowTheBaselineButNotAfterTrouble)
{
    takeBaseline();
    changeBehindItsBack();
    const QByteArray kept = [this] {
        QFile f(baseline);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const HeadlessProgram refused = watch(
        {QStringLiteral("--baseline"), baseline, QStringLiteral("--update")}, QStringLiteral("x"));
    EXPECT_EQ(refused.exitCode, 2) << "a token the sandbox refuses";
    QFile f(baseline);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), kept) << "the baseline is kept after trouble";
    f.close();

    const HeadlessProgram updated = watchJson({QStringLiteral("--update")});
    EXPECT_EQ(updated.exitCode, 1) << updated.err.toStdString();
    EXPECT_FALSE(alertsOf(updated).isEmpty());
    const HeadlessProgram after = watchJson();
    EXPECT_EQ(after.exitCode, 0) << after.out.toStdString() << after.err.toStdString();
    EXPECT_TRUE(alertsOf(after).isEmpty());
}

TEST_F(WatchProgram, ABaselineThatIsNotASnapshotIsTrouble)
{
    QFile junk(baseline);
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("{\"not\": \"a snapshot\"}");
    junk.close();
    const HeadlessProgram run = watchJson({QStringLiteral("--update")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
}

TEST_F(WatchProgram, AMistakenCommandLineIsRefusedOnOneLine)
{
    const QList<QStringList> mistakes{
        {},
        {QStringLiteral("--update")},
        {QStringLiteral("--baseline"), baseline, QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("--baseline"), baseline, QStringLiteral("extra")},
        {QStringLiteral("--baseline"), baseline, QStringLiteral("--yes")}};
    for (const QStringList &arguments : mistakes) {
        const HeadlessProgram run = watch(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    const HeadlessProgram misplaced = HeadlessProgram::run(
        h, home.path(), {QStringLiteral("diff"), baseline, baseline, QStringLiteral("--notify")},
        h.server().options().token);
    EXPECT_EQ(misplaced.exitCode, 2);
    EXPECT_TRUE(misplaced.err.contains("watch")) << misplaced.err.toStdString();
}

// The packaged user service's command line, with systemd's specifiers filled in as it would fill
// them for the profile "prod": a first run keeps the baseline in the state folder, the next
// compares with it.
TEST_F(WatchProgram, TheUserServiceKeepsItsBaselineInTheStateFolder)
{
    QFile unit(QStringLiteral(IONOS_SOURCE_DIR "/packaging/systemd/ionos-admin-watch@.service"));
    ASSERT_TRUE(unit.open(QIODevice::ReadOnly));
    QString execStart;
    for (const QByteArray &line : unit.readAll().split('\n')) {
        if (line.startsWith("ExecStart="))
            execStart = QString::fromUtf8(line.mid(10));
    }
    const QString state = files.filePath(QStringLiteral("state"));
    ASSERT_TRUE(QDir().mkpath(state + QStringLiteral("/ionos-admin/watch"))) << "StateDirectory=";
    execStart.replace(QStringLiteral("%I"), QStringLiteral("prod"))
        .replace(QStringLiteral("%i"), QStringLiteral("prod"))
        .replace(QStringLiteral("%S"), state);
    QStringList arguments = QProcess::splitCommand(execStart);
    ASSERT_EQ(arguments.value(0), QStringLiteral("@IONOS_ADMIN_BIN@"));
    arguments.removeFirst();
    ASSERT_EQ(arguments.value(0), QStringLiteral("watch"));
    const QString kept = state + QStringLiteral("/ionos-admin/watch/prod.json");
    const HeadlessProgram first =
        HeadlessProgram::run(h, home.path(), arguments, h.server().options().token);
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(kept));
    const HeadlessProgram next =
        HeadlessProgram::run(h, home.path(), arguments, h.server().options().token);
    EXPECT_EQ(next.exitCode, 0) << next.out.toStdString() << next.err.toStdString();
    EXPECT_TRUE(next.out.startsWith("0 alerts")) << next.out.toStdString();
}

TEST_F(WatchProgram, NotifyTellsTheDesktopOfTheAlerts)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    ASSERT_TRUE(bus.isConnected()) << "the test command runs the suite on a private session bus";
    NotificationService service;
    ASSERT_TRUE(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service,
                                   QDBusConnection::ExportAllSlots));
    ASSERT_TRUE(bus.registerService(QStringLiteral("org.freedesktop.Notifications")))
        << bus.lastError().message().toStdString();

    takeBaseline();
    const HeadlessProgram quiet =
        watch({QStringLiteral("--baseline"), baseline, QStringLiteral("--notify")});
    EXPECT_EQ(quiet.exitCode, 0) << quiet.err.toStdString();
    EXPECT_TRUE(service.received.isEmpty()) << "no alerts, no notification";

    changeBehindItsBack();
    const HeadlessProgram run =
        watch({QStringLiteral("--baseline"), baseline, QStringLiteral("--notify")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    ASSERT_EQ(service.received.size(), 1);
    const NotificationService::Received &n = service.received.first();
    EXPECT_EQ(n.appName, QStringLiteral("ionos-admin"));
    EXPECT_TRUE(n.summary.contains(QStringLiteral("alerts"))) << n.summary.toStdString();
    EXPECT_TRUE(n.body.contains(QStringLiteral("administrator"))) << n.body.toStdString();
    EXPECT_EQ(n.hints.value(QStringLiteral("urgency")).toInt(), 2) << "a high alert is critical";

    bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
}

} // namespace

#include "watch_test.moc"
