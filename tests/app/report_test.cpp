// `ionos-admin report access|findings|keys`: without a window or a display, signed in by the
// IONOS_* variables, checked against what the test works out itself from the sandbox's raw answers.
#include "headlessprogram.h"
#include "sandboxharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

const QString kAsOf = QStringLiteral("2026-03-01T00:00:00Z");

// The account as the API gives it, read without any of the console's code.
struct RawAccount
{
    QList<QJsonObject> users;
    QList<QJsonObject> groups;
    QHash<QString, QStringList> members;       // group -> user ids
    QHash<QString, QList<QJsonObject>> shares; // group -> share items
    QList<QJsonObject> resources;
    QHash<QString, QList<QJsonObject>> keys; // user -> Object Storage keys

    static QJsonObject props(const QJsonObject &o)
    {
        return o[QStringLiteral("properties")].toObject();
    }
    static QJsonObject meta(const QJsonObject &o)
    {
        return o[QStringLiteral("metadata")].toObject();
    }
};

QList<QJsonObject> items(SandboxHarness &h, const QString &path)
{
    const ProbeReply r = h.probe().get(h.cloud(path));
    EXPECT_EQ(r.status, 200) << path.toStdString();
    QList<QJsonObject> out;
    for (const QJsonValue &v : r.object()[QStringLiteral("items")].toArray())
        out << v.toObject();
    return out;
}

RawAccount readRaw(SandboxHarness &h)
{
    RawAccount raw;
    for (int offset = 0;; offset += 100) {
        const QList<QJsonObject> page =
            items(h, QStringLiteral("/um/users?depth=1&limit=100&offset=%1").arg(offset));
        raw.users << page;
        if (page.size() < 100)
            break;
    }
    raw.groups = items(h, QStringLiteral("/um/groups?depth=1"));
    for (const QJsonObject &g : raw.groups) {
        const QString id = g[QStringLiteral("id")].toString();
        for (const QJsonObject &m : items(h, QStringLiteral("/um/groups/%1/users").arg(id)))
            raw.members[id] << m[QStringLiteral("id")].toString();
        raw.shares[id] = items(h, QStringLiteral("/um/groups/%1/shares?depth=1").arg(id));
    }
    raw.resources = items(h, QStringLiteral("/um/resources?depth=1"));
    for (const QJsonObject &u : raw.users) {
        const QString id = u[QStringLiteral("id")].toString();
        raw.keys[id] = items(h, QStringLiteral("/um/users/%1/s3keys?depth=1").arg(id));
    }
    return raw;
}

QStringList privilegeKeysOf(const QJsonObject &group)
{
    QStringList keys;
    const QJsonObject p = RawAccount::props(group);
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isBool() && it.value().toBool())
            keys << it.key();
    }
    return keys;
}

// Sorted, so that the order of sources and paths does not matter.
QJsonArray sorted(QJsonArray array)
{
    QList<QByteArray> texts;
    for (const QJsonValue &v : array)
        texts << QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    std::sort(texts.begin(), texts.end());
    QJsonArray out;
    for (const QByteArray &t : texts)
        out.append(QJsonDocument::fromJson(t).array().first());
    return out;
}

// The expected access of every user, worked out from the rules as the README states them.
QHash<QString, QJsonObject> expectedAccess(const RawAccount &raw)
{
    QHash<QString, QJsonObject> expected;
    for (const QJsonObject &u : raw.users) {
        const QString id = u[QStringLiteral("id")].toString();
        const QJsonObject p = RawAccount::props(u);
        const bool admin = p[QStringLiteral("administrator")].toBool();
        const bool twoFactor = p[QStringLiteral("secAuthActive")].toBool();
        QHash<QString, QJsonArray> privileges;
        QHash<QString, QJsonArray> via;
        for (const QJsonObject &g : raw.groups) {
            const QString gid = g[QStringLiteral("id")].toString();
            if (!raw.members.value(gid).contains(id))
                continue;
            for (const QString &key : privilegeKeysOf(g)) {
                if (key != QStringLiteral("name"))
                    privileges[key].append(gid);
            }
            for (const QJsonObject &s : raw.shares.value(gid)) {
                const QJsonObject sp = RawAccount::props(s);
                via[s[QStringLiteral("id")].toString()].append(QJsonObject{
                    {QStringLiteral("group"), gid},
                    {QStringLiteral("edit"), sp[QStringLiteral("editPrivilege")].toBool()},
                    {QStringLiteral("share"), sp[QStringLiteral("sharePrivilege")].toBool()}});
            }
        }
        if (admin) {
            // Every privilege the groups' properties name, all 25.
            for (const QString &key : RawAccount::props(raw.groups.first()).keys()) {
                if (key != QStringLiteral("name"))
                    privileges[key].append(QStringLiteral("administrator"));
            }
        }
        QJsonObject privilegeObject;
        for (auto it = privileges.begin(); it != privileges.end(); ++it)
            privilegeObject.insert(it.key(), sorted(it.value()));
        QJsonArray resources;
        for (const QJsonObject &r : raw.resources) {
            const QString rid = r[QStringLiteral("id")].toString();
            QJsonArray paths = via.value(rid);
            if (RawAccount::meta(r)[QStringLiteral("createdByUserId")].toString() == id)
                paths.append(QJsonObject{{QStringLiteral("owner"), true}});
            if (admin)
                paths.append(QJsonObject{{QStringLiteral("administrator"), true}});
            if (paths.isEmpty())
                continue;
            const bool blocked =
                RawAccount::props(r)[QStringLiteral("secAuthProtection")].toBool() && !twoFactor;
            bool edit = false, share = false;
            for (const QJsonValue &path : paths) {
                const QJsonObject o = path.toObject();
                const bool full = o.contains(QStringLiteral("owner")) ||
                                  o.contains(QStringLiteral("administrator"));
                edit = edit || full || o[QStringLiteral("edit")].toBool();
                share = share || full || o[QStringLiteral("share")].toBool();
            }
            resources.append(QJsonObject{{QStringLiteral("type"), r[QStringLiteral("type")]},
                                         {QStringLiteral("id"), rid},
                                         {QStringLiteral("read"), !blocked},
                                         {QStringLiteral("edit"), !blocked && edit},
                                         {QStringLiteral("share"), !blocked && share},
                                         {QStringLiteral("blockedBy2fa"), blocked},
                                         {QStringLiteral("via"), sorted(paths)}});
        }
        expected.insert(id, {{QStringLiteral("id"), id},
                             {QStringLiteral("email"), p[QStringLiteral("email")]},
                             {QStringLiteral("administrator"), admin},
                             {QStringLiteral("active"), p[QStringLiteral("active")]},
                             {QStringLiteral("secAuthActive"), twoFactor},
                             {QStringLiteral("privileges"), privilegeObject},
                             {QStringLiteral("resources"), sorted(resources)}});
    }
    return expected;
}

// The expected findings, one line each: rule, severity and subjects.
QStringList expectedFindings(const RawAccount &raw, const QDateTime &asOf, int days,
                             int keyDays = 365)
{
    QStringList out;
    auto line = [&out](const char *rule, const char *severity, const QString &user,
                       const QString &group, const QString &resource, const QString &key = {}) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(QString::fromLatin1(rule), QString::fromLatin1(severity), user, group,
                        resource, key);
    };
    QHash<QString, QJsonObject> usersById;
    for (const QJsonObject &u : raw.users)
        usersById.insert(u[QStringLiteral("id")].toString(), u);
    QHash<QString, QStringList> sharedWith;
    QSet<QString> granting;
    int all = 0;
    for (const QJsonObject &g : raw.groups) {
        const QString gid = g[QStringLiteral("id")].toString();
        all = int(RawAccount::props(g).size()) - 1; // every property but the name
        const QStringList keys = privilegeKeysOf(g);
        const QList<QJsonObject> shares = raw.shares.value(gid);
        if (!keys.isEmpty() || !shares.isEmpty())
            granting.insert(gid);
        const bool members = !raw.members.value(gid).isEmpty();
        if (granting.contains(gid) && !members)
            line("group-without-members", "low", {}, gid, {});
        if (keys.isEmpty() && shares.isEmpty() && !members)
            line("empty-group", "info", {}, gid, {});
        for (const QJsonObject &s : shares) {
            sharedWith[s[QStringLiteral("id")].toString()] << gid;
            if (RawAccount::props(s)[QStringLiteral("sharePrivilege")].toBool())
                line("reshare-grant", "info", {}, gid, s[QStringLiteral("id")].toString());
        }
    }
    const QDateTime cutoff = asOf.addDays(-days);
    for (const QJsonObject &u : raw.users) {
        const QString id = u[QStringLiteral("id")].toString();
        const QJsonObject p = RawAccount::props(u);
        const QJsonObject m = RawAccount::meta(u);
        const bool admin = p[QStringLiteral("administrator")].toBool();
        const bool twoFactor = p[QStringLiteral("secAuthActive")].toBool();
        QStringList groups;
        QSet<QString> together;
        for (const QJsonObject &g : raw.groups) {
            const QString gid = g[QStringLiteral("id")].toString();
            if (raw.members.value(gid).contains(id)) {
                groups << gid;
                for (const QString &k : privilegeKeysOf(g))
                    together.insert(k);
            }
        }
        if (admin && !twoFactor)
            line("admin-without-2fa", "high", id, {}, {});
        if (p[QStringLiteral("forceSecAuth")].toBool() && !twoFactor)
            line("2fa-not-set-up", "medium", id, {}, {});
        const bool rights =
            admin || std::any_of(groups.begin(), groups.end(),
                                 [&](const QString &g) { return granting.contains(g); });
        const QDateTime last =
            QDateTime::fromString(m[QStringLiteral("lastLogin")].toString(), Qt::ISODate);
        const QDateTime created =
            QDateTime::fromString(m[QStringLiteral("createdDate")].toString(), Qt::ISODate);
        const bool inactive = last.isValid() ? last < cutoff : created < cutoff;
        if (p[QStringLiteral("active")].toBool() && rights && inactive)
            line("inactive-with-access", "medium", id, {}, {});
        if (!p[QStringLiteral("active")].toBool() && !groups.isEmpty())
            line("deactivated-member", "low", id, {}, {});
        if (!admin && together.size() == all)
            line("shadow-admin", "medium", id, {}, {});
        // Object Storage keys.
        const QList<QJsonObject> keys = raw.keys.value(id);
        bool anyActive = false;
        for (const QJsonObject &k : keys) {
            const bool on = RawAccount::props(k)[QStringLiteral("active")].toBool();
            anyActive = anyActive || on;
            const QDateTime made = QDateTime::fromString(
                RawAccount::meta(k)[QStringLiteral("createdDate")].toString(), Qt::ISODate);
            if (on && made < asOf.addDays(-keyDays))
                line("old-key", "medium", id, {}, {}, k[QStringLiteral("id")].toString());
        }
        if (!p[QStringLiteral("active")].toBool() && anyActive)
            line("key-of-deactivated-user", "high", id, {}, {});
        if (keys.size() >= 5)
            line("keys-at-cap", "info", id, {}, {});
    }
    for (const QJsonObject &r : raw.resources) {
        const QString rid = r[QStringLiteral("id")].toString();
        const QString owner = RawAccount::meta(r)[QStringLiteral("createdByUserId")].toString();
        const QStringList groups = sharedWith.value(rid);
        if (!owner.isEmpty() && groups.isEmpty() &&
            (!usersById.contains(owner) ||
             !RawAccount::props(usersById.value(owner))[QStringLiteral("active")].toBool()))
            line("orphaned-resource", "medium", {}, {}, rid);
        if (RawAccount::props(r)[QStringLiteral("secAuthProtection")].toBool() &&
            !groups.isEmpty()) {
            bool someone = false;
            for (const QString &g : groups) {
                for (const QString &member : raw.members.value(g))
                    someone =
                        someone ||
                        RawAccount::props(usersById.value(member))[QStringLiteral("secAuthActive")]
                            .toBool();
            }
            if (!someone)
                line("protected-unreachable", "low", {}, {}, rid);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

class Report : public ::testing::Test
{
protected:
    SandboxHarness h;
    QTemporaryDir home;

    using Run = HeadlessProgram;

    Run report(const QStringList &arguments, const QString &token)
    {
        return HeadlessProgram::run(h, home.path(),
                                    QStringList{QStringLiteral("report")} + arguments, token);
    }
};

} // namespace

TEST_F(Report, AccessAsJsonIsEveryUsersEffectiveAccessByTheRules)
{
    const RawAccount raw = readRaw(h);
    const QHash<QString, QJsonObject> expected = expectedAccess(raw);
    const Run run = report({QStringLiteral("access"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--as-of"), kAsOf},
                           h.server().options().token);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject document = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(document[QStringLiteral("asOf")].toString(), kAsOf);
    const QJsonArray users = document[QStringLiteral("users")].toArray();
    ASSERT_EQ(users.size(), raw.users.size());
    int admins = 0, blocked = 0, owners = 0;
    for (const QJsonValue &value : users) {
        QJsonObject user = value.toObject();
        const QString id = user[QStringLiteral("id")].toString();
        ASSERT_TRUE(expected.contains(id)) << id.toStdString();
        QJsonObject privileges = user[QStringLiteral("privileges")].toObject();
        for (auto it = privileges.begin(); it != privileges.end(); ++it)
            it.value() = sorted(it.value().toArray());
        user[QStringLiteral("privileges")] = privileges;
        QJsonArray resources;
        for (const QJsonValue &r : user[QStringLiteral("resources")].toArray()) {
            QJsonObject o = r.toObject();
            o.remove(QStringLiteral("name")); // more keys may follow the documented ones
            o[QStringLiteral("via")] = sorted(o[QStringLiteral("via")].toArray());
            blocked += o[QStringLiteral("blockedBy2fa")].toBool();
            owners += QJsonDocument(o).toJson().contains("\"owner\"");
            resources.append(o);
        }
        user[QStringLiteral("resources")] = sorted(resources);
        admins += user[QStringLiteral("administrator")].toBool();
        EXPECT_EQ(user, expected.value(id)) << id.toStdString();
    }
    // The sample data exercises every kind of path.
    EXPECT_GT(admins, 0);
    EXPECT_GT(blocked, 0);
    EXPECT_GT(owners, 0);
}

TEST_F(Report, FindingsAsJsonAreExactlyWhatTheRulesFind)
{
    const RawAccount raw = readRaw(h);
    const QStringList expected =
        expectedFindings(raw, QDateTime::fromString(kAsOf, Qt::ISODate), 120);
    const Run run = report({QStringLiteral("findings"), QStringLiteral("--as-of"), kAsOf,
                            QStringLiteral("--inactive-days"), QStringLiteral("120")},
                           h.server().options().token);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject document = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(document[QStringLiteral("asOf")].toString(), kAsOf);
    EXPECT_EQ(document[QStringLiteral("inactiveDays")].toInt(), 120);
    QStringList found;
    QSet<QString> rules;
    for (const QJsonValue &v : document[QStringLiteral("findings")].toArray()) {
        const QJsonObject f = v.toObject();
        EXPECT_FALSE(f[QStringLiteral("detail")].toString().isEmpty());
        rules.insert(f[QStringLiteral("rule")].toString());
        found << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(f[QStringLiteral("rule")].toString(),
                          f[QStringLiteral("severity")].toString(),
                          f[QStringLiteral("user")].toString(),
                          f[QStringLiteral("group")].toString(),
                          f[QStringLiteral("resource")].toString(),
                          f[QStringLiteral("key")].toString());
    }
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, expected);
    EXPECT_GE(rules.size(), 5) << "the sample data gives findings of several rules";
    for (const char *rule : {"key-of-deactivated-user", "old-key", "keys-at-cap"})
        EXPECT_TRUE(rules.contains(QLatin1String(rule))) << rule;
    EXPECT_EQ(document[QStringLiteral("keyMaxAgeDays")].toInt(), 365);
}

TEST_F(Report, KeysAreEveryUsersObjectStorageKeysWithoutASecret)
{
    const RawAccount raw = readRaw(h);
    const QDateTime asOf = QDateTime::fromString(kAsOf, Qt::ISODate);
    QStringList expected;
    for (const QJsonObject &u : raw.users) {
        for (const QJsonObject &k : raw.keys.value(u[QStringLiteral("id")].toString())) {
            const QDateTime made = QDateTime::fromString(
                RawAccount::meta(k)[QStringLiteral("createdDate")].toString(), Qt::ISODate);
            expected << QStringLiteral("%1 %2 %3 %4 %5")
                            .arg(u[QStringLiteral("id")].toString(),
                                 RawAccount::props(u)[QStringLiteral("email")].toString(),
                                 k[QStringLiteral("id")].toString(),
                                 RawAccount::props(k)[QStringLiteral("active")].toBool()
                                     ? QStringLiteral("true")
                                     : QStringLiteral("false"))
                            .arg(qMax<qint64>(0, made.daysTo(asOf)));
        }
    }
    ASSERT_FALSE(expected.isEmpty());
    const Run run = report({QStringLiteral("keys"), QStringLiteral("--as-of"), kAsOf},
                           h.server().options().token);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject document = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(document[QStringLiteral("asOf")].toString(), kAsOf);
    QStringList found;
    for (const QJsonValue &v : document[QStringLiteral("keys")].toArray()) {
        const QJsonObject k = v.toObject();
        const QStringList fields = k.keys();
        EXPECT_EQ(QSet<QString>(fields.begin(), fields.end()),
                  (QSet<QString>{QStringLiteral("user"), QStringLiteral("email"),
                                 QStringLiteral("id"), QStringLiteral("active"),
                                 QStringLiteral("created"), QStringLiteral("ageDays")}));
        EXPECT_TRUE(k[QStringLiteral("active")].isBool());
        EXPECT_TRUE(k[QStringLiteral("ageDays")].isDouble());
        found << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(k[QStringLiteral("user")].toString(),
                          k[QStringLiteral("email")].toString(), k[QStringLiteral("id")].toString(),
                          k[QStringLiteral("active")].toBool() ? QStringLiteral("true")
                                                               : QStringLiteral("false"))
                     .arg(k[QStringLiteral("ageDays")].toInteger());
    }
    std::sort(found.begin(), found.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(found, expected);
    EXPECT_FALSE(run.out.contains("secret")) << "no secret of any kind";

    const Run csv = report({QStringLiteral("keys"), QStringLiteral("--format"),
                            QStringLiteral("csv"), QStringLiteral("--as-of"), kAsOf},
                           h.server().options().token);
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    EXPECT_EQ(lines.size(), expected.size() + 1) << "a header and a line per key";
    // The header as every CSV export of the console has it: the columns' titles.
    EXPECT_EQ(lines.first().trimmed(), QByteArray("User Id,E-mail,Key,Active,Created,Age in Days"));

    const Run wrong = report(
        {QStringLiteral("findings"), QStringLiteral("--key-max-age-days"), QStringLiteral("soon")},
        h.server().options().token);
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains("--key-max-age-days")) << wrong.err.toStdString();
}

TEST_F(Report, CsvHasALineForEachPrivilegeResourceAndFinding)
{
    const Run access =
        report({QStringLiteral("access"), QStringLiteral("--format"), QStringLiteral("csv")},
               h.server().options().token);
    ASSERT_EQ(access.exitCode, 0) << access.err.toStdString();
    const Run json = report({QStringLiteral("access")}, h.server().options().token);
    qsizetype lines = 0;
    for (const QJsonValue &u :
         QJsonDocument::fromJson(json.out).object()[QStringLiteral("users")].toArray())
        lines += u[QStringLiteral("privileges")].toObject().size() +
                 u[QStringLiteral("resources")].toArray().size();
    const QList<QByteArray> rows = access.out.split('\n');
    EXPECT_TRUE(rows.first().startsWith("User,Kind,")) << rows.first().toStdString();
    EXPECT_EQ(rows.size() - 2, lines) << "a header, a line each, and the last line break";

    const Run findings = report({QStringLiteral("findings"), QStringLiteral("--format"),
                                 QStringLiteral("csv"), QStringLiteral("--as-of"), kAsOf},
                                h.server().options().token);
    ASSERT_EQ(findings.exitCode, 0) << findings.err.toStdString();
    const Run findingsJson = report({QStringLiteral("findings"), QStringLiteral("--as-of"), kAsOf},
                                    h.server().options().token);
    EXPECT_EQ(findings.out.count('\n') - 1, QJsonDocument::fromJson(findingsJson.out)
                                                .object()[QStringLiteral("findings")]
                                                .toArray()
                                                .size());
    EXPECT_TRUE(findings.out.startsWith("Severity,Rule,Subject,Why,"));
}

TEST_F(Report, WhenItCannotSignInItSaysSoOnOneLineAndExitsWith2)
{
    const Run run = report({QStringLiteral("access")}, QStringLiteral("not-the-token"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith("ionos-admin: ")) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains("not-the-token")) << "no secret in an error";

    const Run mistaken = report({QStringLiteral("everything")}, h.server().options().token);
    EXPECT_EQ(mistaken.exitCode, 2);
    const Run badTime =
        report({QStringLiteral("findings"), QStringLiteral("--as-of"), QStringLiteral("yesterday")},
               h.server().options().token);
    EXPECT_EQ(badTime.exitCode, 2);
    EXPECT_TRUE(badTime.err.contains("yesterday"));
}

TEST_F(Report, WhenTheLoadFailsAfterSigningInItSaysSoAndExitsWith2)
{
    // Sign-in's one light call passes; the first request of the load is refused.
    h.server().injectFaults({sandbox::Fault::None, sandbox::Fault::Forbidden});
    const Run run = report({QStringLiteral("findings")}, h.server().options().token);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << "no half report";
    EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    EXPECT_GE(h.server().requestLog().size(), 2) << "the load had begun";
}
