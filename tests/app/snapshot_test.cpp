// `ionos-admin snapshot` and `ionos-admin diff`: a snapshot taken without a window, the sandbox
// then changed behind the console's back through its API, and the diff against the account now
// names exactly those changes; exit codes as diff(1) has them.
#include "headlessprogram.h"
#include "sandboxharness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class SnapshotProgram : public ::testing::Test
{
protected:
    SandboxHarness h;
    QTemporaryDir home;
    QTemporaryDir files;

    HeadlessProgram program(const QStringList &arguments)
    {
        return HeadlessProgram::run(h, home.path(), arguments, h.server().options().token);
    }
    // A change through the API, as another tool would make it; DONE before it returns.
    void change(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        const ProbeReply r = h.probe().send(
            method, h.cloud(path), body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        ASSERT_TRUE(r.status == 202 || r.status == 200 || r.status == 201)
            << method.toStdString() << " " << path.toStdString() << ": " << r.status;
        if (r.status == 202) {
            ASSERT_EQ(h.waitForRequest(r), QStringLiteral("DONE"));
        }
    }
    static QString line(const QJsonObject &c)
    {
        QStringList parts;
        for (const char *key : {"kind", "op", "user", "group", "resource", "field"})
            parts << c.value(QLatin1String(key)).toString();
        return parts.join(QLatin1Char(' ')).trimmed();
    }
};

TEST_F(SnapshotProgram, TheDiffAgainstTheAccountNowNamesExactlyWhatChangedBehindItsBack)
{
    const QString taken = files.filePath(QStringLiteral("before.json"));
    const HeadlessProgram snap =
        program({QStringLiteral("snapshot"), QStringLiteral("--out"), taken});
    ASSERT_EQ(snap.exitCode, 0) << snap.err.toStdString();
    QFile file(taken);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    const auto &state = h.state();
    EXPECT_EQ(document.value(QStringLiteral("users")).toArray().size(), state.userOrder().size());
    EXPECT_EQ(document.value(QStringLiteral("groups")).toArray().size(), state.groupOrder().size());
    EXPECT_FALSE(file.fileName().isEmpty());

    // Nothing changed yet: no differences, exit 0.
    const HeadlessProgram same = program({QStringLiteral("diff"), taken, QStringLiteral("live")});
    EXPECT_EQ(same.exitCode, 0) << same.err.toStdString() << same.out.toStdString();
    EXPECT_TRUE(same.out.isEmpty()) << same.out.toStdString();

    // Behind its back: a user's e-mail, a privilege, a member added, a share gone, a user
    // created, a user deleted, a group deleted.
    QSet<QString> expected;
    const QString edited = state.userOrder().at(1);
    {
        const sandbox::SbUser *u = state.user(edited);
        change("PUT", QStringLiteral("/um/users/%1").arg(edited),
               {{QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("firstname"), u->firstname},
                             {QStringLiteral("lastname"), u->lastname},
                             {QStringLiteral("email"), QStringLiteral("moved@example.com")},
                             {QStringLiteral("administrator"), u->administrator},
                             {QStringLiteral("forceSecAuth"), u->forceSecAuth},
                             {QStringLiteral("active"), u->active}}}});
        expected << QStringLiteral("user changed %1  email").arg(edited);
    }
    const QString privilegeGroup = state.groupOrder().at(0);
    {
        const sandbox::SbGroup *g = state.group(privilegeGroup);
        const bool was = g->privileges.value(QStringLiteral("reserveIp"));
        QJsonObject props{{QStringLiteral("name"), g->name}};
        for (auto it = g->privileges.begin(); it != g->privileges.end(); ++it)
            props.insert(it.key(), it.value());
        props.insert(QStringLiteral("reserveIp"), !was);
        change("PUT", QStringLiteral("/um/groups/%1").arg(privilegeGroup),
               {{QStringLiteral("properties"), props}});
        expected << QStringLiteral("privilege changed  %1  reserveIp").arg(privilegeGroup);
    }
    const QString memberGroup = state.groupOrder().at(1);
    QString newcomer;
    for (const QString &u : state.userOrder()) {
        if (!state.membersOf(memberGroup).contains(u) && u != edited)
            newcomer = u;
    }
    change("POST", QStringLiteral("/um/groups/%1/users").arg(memberGroup),
           {{QStringLiteral("id"), newcomer}});
    expected << QStringLiteral("member added %1 %2").arg(newcomer, memberGroup);
    QString shareGroup;
    for (const QString &g : state.groupOrder()) {
        if (g != privilegeGroup && g != memberGroup && !state.sharesOf(g).isEmpty())
            shareGroup = g;
    }
    ASSERT_FALSE(shareGroup.isEmpty());
    const QString unshared = state.sharesOf(shareGroup).first().resourceId;
    change("DELETE", QStringLiteral("/um/groups/%1/shares/%2").arg(shareGroup, unshared));
    expected << QStringLiteral("share removed  %1 %2").arg(shareGroup, unshared);
    // A group nobody else here touches, deleted with its members and shares.
    QString doomed;
    for (const QString &g : state.groupOrder()) {
        if (g != privilegeGroup && g != memberGroup && g != shareGroup)
            doomed = g;
    }
    ASSERT_FALSE(doomed.isEmpty());
    expected << QStringLiteral("group removed  %1").arg(doomed);
    for (const QString &u : state.membersOf(doomed))
        expected << QStringLiteral("member removed %1 %2").arg(u, doomed);
    for (const sandbox::SbShare &s : state.sharesOf(doomed))
        expected << QStringLiteral("share removed  %1 %2").arg(doomed, s.resourceId);
    change("DELETE", QStringLiteral("/um/groups/%1").arg(doomed));
    // A user deleted, with the memberships they had in the groups that are still there.
    QString gone;
    for (const QString &u : state.userOrder()) {
        if (u != edited && u != newcomer && !state.user(u)->administrator)
            gone = u;
    }
    expected << QStringLiteral("user removed %1").arg(gone);
    for (const QString &g : state.groupOrder()) {
        if (g != doomed && state.membersOf(g).contains(gone))
            expected << QStringLiteral("member removed %1 %2").arg(gone, g);
    }
    change("DELETE", QStringLiteral("/um/users/%1").arg(gone));
    change("POST", QStringLiteral("/um/users"),
           {{QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("firstname"), QStringLiteral("New")},
                         {QStringLiteral("lastname"), QStringLiteral("Comer")},
                         {QStringLiteral("email"), QStringLiteral("new.comer@example.com")},
                         {QStringLiteral("password"), QStringLiteral("a-Long-passw0rd!")},
                         {QStringLiteral("administrator"), false},
                         {QStringLiteral("forceSecAuth"), false}}}});
    const QString created = state.userByEmail(QStringLiteral("new.comer@example.com"))->id;
    expected << QStringLiteral("user added %1").arg(created);

    const HeadlessProgram diff = program({QStringLiteral("diff"), taken, QStringLiteral("live"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(diff.exitCode, 1) << "differences, as diff(1) says it" << diff.err.toStdString();
    QSet<QString> said;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(diff.out).object().value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        said << line(c);
        if (c.value(QStringLiteral("op")).toString() == QStringLiteral("changed")) {
            EXPECT_TRUE(c.contains(QStringLiteral("before")) &&
                        c.contains(QStringLiteral("after")));
        } else {
            EXPECT_FALSE(c.contains(QStringLiteral("before")) ||
                         c.contains(QStringLiteral("after")));
        }
    }
    // Normalise the expectation's spacing as line() joins it.
    QSet<QString> wanted;
    for (const QString &e : expected)
        wanted << e.simplified();
    QSet<QString> got;
    for (const QString &s : said)
        got << s.simplified();
    EXPECT_EQ(got, wanted) << "said but not made: "
                           << QStringList((got - wanted).begin(), (got - wanted).end())
                                  .join(QStringLiteral(" | "))
                                  .toStdString()
                           << "\nmade but not said: "
                           << QStringList((wanted - got).begin(), (wanted - got).end())
                                  .join(QStringLiteral(" | "))
                                  .toStdString();

    // As text, a line per change; two files; trouble is exit 2 on one line.
    const HeadlessProgram text = program({QStringLiteral("diff"), taken, QStringLiteral("live")});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_EQ(text.out.count('\n'), wanted.size()) << text.out.toStdString();
    const QString now = files.filePath(QStringLiteral("now.json"));
    ASSERT_EQ(program({QStringLiteral("snapshot"), QStringLiteral("--out"), now}).exitCode, 0);
    const HeadlessProgram files2 = program({QStringLiteral("diff"), taken, now});
    EXPECT_EQ(files2.exitCode, 1);
    EXPECT_EQ(files2.out, text.out) << "a file of now says what the account now says";
    EXPECT_EQ(program({QStringLiteral("diff"), now, now}).exitCode, 0);
    const HeadlessProgram missing =
        program({QStringLiteral("diff"), taken, files.filePath(QStringLiteral("none.json"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_EQ(missing.err.count('\n'), 1) << missing.err.toStdString();
}

// Mistakes of the command line are said on one line with exit status 2, before any sign-in.
TEST_F(SnapshotProgram, AMistakenCommandLineIsRefusedOnOneLine)
{
    const QList<QStringList> mistakes = {
        {QStringLiteral("snapshot")},
        {QStringLiteral("diff"), QStringLiteral("live")},
        {QStringLiteral("diff"), QStringLiteral("a"), QStringLiteral("b"),
         QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("report"), QStringLiteral("access"), QStringLiteral("--out"),
         QStringLiteral("x.json")},
        {QStringLiteral("snapshot"), QStringLiteral("--out"), QStringLiteral("x.json"),
         QStringLiteral("--format"), QStringLiteral("json")}};
    for (const QStringList &arguments : mistakes) {
        const HeadlessProgram run = program(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    const QString junk = files.filePath(QStringLiteral("junk.json"));
    QFile file(junk);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"something else\"}");
    file.close();
    const HeadlessProgram run = program({QStringLiteral("diff"), junk, junk});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("not a snapshot")) << run.err.toStdString();
}

} // namespace
