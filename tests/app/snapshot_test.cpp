// `ionos-admin snapshot` and `ionos-admin diff`: a snapshot taken without a window, the sandbox
// then changed behind the console's back through its API, and the diff against the account now
// names exactly those changes; exit codes as diff(1) has them.
#include "changesthroughapi.h"
#include "faultcases.h"
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
        ChangesThroughApi(h).send(method, path, body);
    }
    // What changeBehindItsBack() did: the diff's lines it expects, and who was deleted and made.
    struct BehindItsBack
    {
        QSet<QString> expected; // "kind op user group resource field"
        QString gone;           // a user deleted
        QString created;        // a user created
        QString doomedName;     // a group deleted
    };

    // Behind the console's back, through the API: a user's e-mail, a privilege, a member added,
    // a share gone, a user created, a user deleted, a group deleted with its members and shares.
    BehindItsBack changeBehindItsBack()
    {
        BehindItsBack made;
        QSet<QString> &expected = made.expected;
        const auto &state = h.state();
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
        EXPECT_FALSE(shareGroup.isEmpty());
        const QString unshared = state.sharesOf(shareGroup).first().resourceId;
        change("DELETE", QStringLiteral("/um/groups/%1/shares/%2").arg(shareGroup, unshared));
        expected << QStringLiteral("share removed  %1 %2").arg(shareGroup, unshared);
        // A group nobody else here touches, deleted with its members and shares.
        QString doomed;
        for (const QString &g : state.groupOrder()) {
            if (g != privilegeGroup && g != memberGroup && g != shareGroup)
                doomed = g;
        }
        EXPECT_FALSE(doomed.isEmpty());
        made.doomedName = state.group(doomed)->name;
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
        const QString created =
            ChangesThroughApi(h).createUser(QStringLiteral("New"), QStringLiteral("Comer"),
                                            QStringLiteral("new.comer@example.com"), false);
        made.gone = gone;
        made.created = created;
        expected << QStringLiteral("user added %1").arg(created);
        return made;
    }
    // The differences from the snapshot file to the account now, a line each.
    QSet<QString> differences(const QString &taken)
    {
        const HeadlessProgram diff = program({QStringLiteral("diff"), taken, QStringLiteral("live"),
                                              QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_NE(diff.exitCode, 2) << diff.err.toStdString();
        QSet<QString> lines;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(diff.out).object().value(QStringLiteral("changes")).toArray())
            lines << line(v.toObject()).simplified();
        return lines;
    }
    QStringList groupsNamed(const QString &name) const
    {
        QStringList ids;
        for (const QString &g : h.state().groupOrder()) {
            if (h.state().group(g)->name == name)
                ids << g;
        }
        return ids;
    }
    // What a restore without a window cannot put back: the deleted user (a password is needed),
    // and the group deleted and created again, which has a new id: the old one removed, the new
    // one added with the members (but the deleted user) and shares the old one had. The user
    // created since stays unless deleteExtra.
    QSet<QString> leftAfterRestore(const BehindItsBack &made, const QString &newGroup,
                                   bool deleteExtra) const
    {
        QSet<QString> left;
        for (const QString &e : made.expected) {
            const QStringList parts = e.simplified().split(QLatin1Char(' '));
            const bool aboutGone = parts.contains(made.gone);
            const bool aboutCreated = parts.contains(made.created);
            // "group removed G", "member removed U G", "share removed G R"
            const QString group = parts.value(parts.first() == QStringLiteral("member") ? 3 : 2);
            const bool aboutDoomed = parts.value(1) == QStringLiteral("removed") &&
                                     parts.first() != QStringLiteral("user") &&
                                     !h.state().group(group);
            if (aboutGone || (aboutCreated && !deleteExtra) || aboutDoomed)
                left << e.simplified();
            if (aboutDoomed && !aboutGone) {
                QString added = e.simplified();
                added.replace(QStringLiteral(" removed"), QStringLiteral(" added"));
                added.replace(group, newGroup);
                left << added;
            }
        }
        return left;
    }
    static std::string mismatch(const QSet<QString> &got, const QSet<QString> &wanted)
    {
        return mismatchOf(got, wanted);
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

    const BehindItsBack made = changeBehindItsBack();
    const QSet<QString> &expected = made.expected;

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
    EXPECT_EQ(got, wanted) << mismatch(got, wanted);

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
         QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("restore"), QStringLiteral("--yes")},
        {QStringLiteral("restore"), QStringLiteral("a.json"), QStringLiteral("b.json"),
         QStringLiteral("--yes")},
        {QStringLiteral("diff"), QStringLiteral("a"), QStringLiteral("b"),
         QStringLiteral("--delete-extra")}};
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

// `ionos-admin restore FILE --yes`: what changed behind the console's back is put back through
// the console's write paths; what it may not restore is said a line each and exits with 1;
// run again it does only what is still missing.
TEST_F(SnapshotProgram, RestorePutsBackWhatChangedAndSaysWhatIsLeft)
{
    const QString taken = files.filePath(QStringLiteral("before.json"));
    ASSERT_EQ(program({QStringLiteral("snapshot"), QStringLiteral("--out"), taken}).exitCode, 0);
    const BehindItsBack made = changeBehindItsBack();
    const QSet<QString> changed = differences(taken);
    ASSERT_FALSE(changed.isEmpty());

    const HeadlessProgram unasked = program({QStringLiteral("restore"), taken});
    EXPECT_EQ(unasked.exitCode, 2) << "a restore changes the account only with --yes";
    EXPECT_EQ(unasked.err.count('\n'), 1) << unasked.err.toStdString();
    EXPECT_TRUE(differences(taken) == changed) << "nothing was changed";

    const HeadlessProgram restore =
        program({QStringLiteral("restore"), taken, QStringLiteral("--yes")});
    EXPECT_EQ(restore.exitCode, 1) << "the deleted user is left" << restore.err.toStdString();
    const QStringList lines =
        QString::fromUtf8(restore.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList left;
    for (const QString &l : lines) {
        EXPECT_TRUE(l.startsWith(QStringLiteral("restored: ")) ||
                    l.startsWith(QStringLiteral("left: ")))
            << l.toStdString();
        if (l.startsWith(QStringLiteral("left: ")))
            left << l;
    }
    ASSERT_EQ(left.size(), 1) << restore.out.toStdString();
    EXPECT_TRUE(left.first().contains(QStringLiteral("password"))) << left.first().toStdString();
    const QStringList recreated = groupsNamed(made.doomedName);
    ASSERT_EQ(recreated.size(), 1);
    EXPECT_TRUE(restore.out.contains(recreated.first().toUtf8()))
        << "the new group's id is reported: " << restore.out.toStdString();
    const QSet<QString> left1 = differences(taken);
    const QSet<QString> wanted1 = leftAfterRestore(made, recreated.first(), false);
    EXPECT_TRUE(left1 == wanted1) << mismatch(left1, wanted1);

    // Again: only what is still missing, which is nothing it may do; nothing made twice.
    const int groups = int(h.state().groupOrder().size());
    const HeadlessProgram again =
        program({QStringLiteral("restore"), taken, QStringLiteral("--yes")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.out.count('\n'), 1) << again.out.toStdString();
    EXPECT_EQ(int(h.state().groupOrder().size()), groups);

    // With --delete-extra the user created since goes too, and the group created again stays.
    const HeadlessProgram extra =
        program({QStringLiteral("restore"), taken, QStringLiteral("--yes"),
                 QStringLiteral("--delete-extra")});
    EXPECT_EQ(extra.exitCode, 1) << extra.err.toStdString();
    EXPECT_EQ(h.state().user(made.created), nullptr);
    EXPECT_EQ(groupsNamed(made.doomedName), recreated);
    const QSet<QString> left2 = differences(taken);
    const QSet<QString> wanted2 = leftAfterRestore(made, recreated.first(), true);
    EXPECT_TRUE(left2 == wanted2) << mismatch(left2, wanted2);
}

TEST_F(SnapshotProgram, ARestoreOfAnotherAccountsSnapshotIsRefused)
{
    // Another account: its own users and groups.
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.seed = h.server().options().seed + 1;
    SandboxHarness other(o);
    const QString taken = files.filePath(QStringLiteral("other.json"));
    ASSERT_EQ(HeadlessProgram::run(other, home.path(),
                                   {QStringLiteral("snapshot"), QStringLiteral("--out"), taken},
                                   other.server().options().token)
                  .exitCode,
              0);
    h.server().clearRequestLog();
    const HeadlessProgram restore =
        program({QStringLiteral("restore"), taken, QStringLiteral("--yes")});
    EXPECT_EQ(restore.exitCode, 2);
    EXPECT_EQ(restore.err.count('\n'), 1);
    EXPECT_TRUE(restore.err.contains("another account")) << restore.err.toStdString();
    for (const auto &logged : h.server().requestLog())
        EXPECT_EQ(logged.method, QByteArrayLiteral("GET")) << "nothing was changed";
}

class RestoreUnderFaults : public SnapshotProgram, public ::testing::WithParamInterface<int>
{};

// Every write of the restore meets the fault first; what it leaves, a second run completes,
// and nothing is made twice.
TEST_P(RestoreUnderFaults, ASecondRunCompletesWhatTheFirstLeft)
{
    const QString taken = files.filePath(QStringLiteral("before.json"));
    ASSERT_EQ(program({QStringLiteral("snapshot"), QStringLiteral("--out"), taken}).exitCode, 0);
    const BehindItsBack made = changeBehindItsBack();
    for (const QByteArray method : {"POST", "PUT", "DELETE"}) {
        for (const sandbox::Fault f : faultCases().at(GetParam()).faults)
            h.server().injectFaultFor(method, f);
    }
    const HeadlessProgram first =
        program({QStringLiteral("restore"), taken, QStringLiteral("--yes")});
    EXPECT_EQ(first.exitCode, 1) << first.err.toStdString();
    h.server().clearFaults();
    const HeadlessProgram second =
        program({QStringLiteral("restore"), taken, QStringLiteral("--yes")});
    EXPECT_EQ(second.exitCode, 1) << second.err.toStdString();
    EXPECT_EQ(second.out.count("left: "), 1) << second.out.toStdString();
    const QStringList recreated = groupsNamed(made.doomedName);
    ASSERT_EQ(recreated.size(), 1) << "the group is created once";
    const QSet<QString> left = differences(taken);
    const QSet<QString> wanted = leftAfterRestore(made, recreated.first(), false);
    EXPECT_TRUE(left == wanted) << mismatch(left, wanted) << "\n"
                                << first.out.toStdString() << second.out.toStdString();
}

std::string faultName(const ::testing::TestParamInfo<int> &param)
{
    return faultCases().at(param.param).name;
}

INSTANTIATE_TEST_SUITE_P(EveryFault, RestoreUnderFaults,
                         ::testing::Range(0, int(faultCases().size())), faultName);

} // namespace
