// `ionos-admin import`: a spreadsheet of users against the sandbox without a window. The plan
// (create, update with each field before and after, same, refused), the writes it makes, a
// second run that finds nothing to do, --exact-groups, generated passwords in a file readable by
// its owner alone and nowhere else, a row the server refuses, and the exit codes.
#include "headlessprogram.h"
#include "sandboxharness.h"
#include "testfiles.h"

#include "sandbox/faultinjector.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class ImportProgram : public ::testing::Test
{
protected:
    SandboxHarness h;
    QTemporaryDir home;
    QTemporaryDir files;

    QString csv(const QString &name, const QByteArray &content)
    {
        return writeTestFile(files, name, content);
    }
    HeadlessProgram import(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("import"));
        return HeadlessProgram::run(h, home.path(), arguments, h.server().options().token);
    }
    static QJsonArray rowsOf(const HeadlessProgram &run)
    {
        return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("rows")).toArray();
    }

    // A user who is active and in a group, and another group they are not in.
    struct Pick
    {
        const sandbox::SbUser *user = nullptr;
        QString memberOf;
        QString notMemberOf;
    };
    Pick activeMember() const
    {
        for (const QString &id : h.state().userOrder()) {
            const sandbox::SbUser *u = h.state().user(id);
            const QStringList groups = h.state().groupsOf(id);
            if (!u->active || u->administrator || groups.size() < 2)
                continue;
            for (const QString &g : h.state().groupOrder()) {
                if (!groups.contains(g))
                    return {u, groups.first(), g};
            }
        }
        return {};
    }
    QString groupName(const QString &id) const { return h.state().group(id)->name; }
};

TEST_F(ImportProgram, ADryRunPlansEveryKindOfRowAndChangesNothing)
{
    const Pick a = activeMember();
    ASSERT_NE(a.user, nullptr);
    const QString sameEmail = h.state().user(h.state().userOrder().last())->email;
    const QString file =
        csv(QStringLiteral("people.csv"),
            QStringLiteral("email,firstname,lastname,active,groups,password\n"
                           "%1,,,false,%2,\n"
                           "%3,,,,,\n"
                           "new.person@example.com,New,Person,,%2,long-enough-1\n"
                           "someone@example.com,Some,One,,No Such Group,long-enough-2\n")
                .arg(a.user->email.toUpper(), groupName(a.notMemberOf), sameEmail)
                .toUtf8());
    const int usersBefore = int(h.state().userOrder().size());

    const HeadlessProgram run = import(
        {file, QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString(); // a row was refused
    const QJsonArray rows = rowsOf(run);
    ASSERT_EQ(rows.size(), 4) << run.out.toStdString();

    const QJsonObject update = rows.at(0).toObject();
    EXPECT_EQ(update.value(QStringLiteral("row")).toInt(), 1);
    EXPECT_EQ(update.value(QStringLiteral("action")).toString(), QStringLiteral("update"));
    const QJsonArray changes = update.value(QStringLiteral("changes")).toArray();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.at(0).toObject(),
              (QJsonObject{{QStringLiteral("field"), QStringLiteral("active")},
                           {QStringLiteral("before"), true},
                           {QStringLiteral("after"), false}}));
    EXPECT_EQ(update.value(QStringLiteral("join")).toArray(), QJsonArray{a.notMemberOf});
    EXPECT_EQ(update.value(QStringLiteral("leave")).toArray(), QJsonArray{});
    EXPECT_FALSE(update.contains(QStringLiteral("outcome")));

    EXPECT_EQ(rows.at(1)[QStringLiteral("action")].toString(), QStringLiteral("same"));
    const QJsonObject create = rows.at(2).toObject();
    EXPECT_EQ(create.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
    EXPECT_EQ(create.value(QStringLiteral("join")).toArray(), QJsonArray{a.notMemberOf});
    EXPECT_TRUE(
        create.value(QStringLiteral("changes")).toArray().at(0)[QStringLiteral("before")].isNull());
    const QJsonObject refused = rows.at(3).toObject();
    EXPECT_EQ(refused.value(QStringLiteral("action")).toString(), QStringLiteral("refused"));
    EXPECT_TRUE(refused.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("No Such Group")));
    EXPECT_FALSE(run.out.contains("long-enough"));

    // Nothing was changed.
    EXPECT_EQ(h.state().userOrder().size(), usersBefore);
    EXPECT_TRUE(h.state().user(a.user->id)->active);
    EXPECT_FALSE(h.state().isMember(a.notMemberOf, a.user->id));

    // The text plan says the same for a person, with the what-if.
    const HeadlessProgram text = import({file, QStringLiteral("--dry-run")});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.out.contains("row 1 " + a.user->email.toUpper().toUtf8() +
                                  ": update: active yes → no; joins " +
                                  groupName(a.notMemberOf).toUtf8()))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("4 rows: 1 to create, 1 to update, 1 with nothing to do, "
                                  "1 refused."))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("What changes in access:"));
}

TEST_F(ImportProgram, YesMakesTheChangesAndASecondRunFindsNothingToDo)
{
    const Pick a = activeMember();
    ASSERT_NE(a.user, nullptr);
    const QString userId = a.user->id;
    const QStringList groupsBefore = h.state().groupsOf(userId);
    const QString file =
        csv(QStringLiteral("people.csv"),
            QStringLiteral("email,firstname,lastname,forceSecAuth,groups,password\n"
                           "%1,Renamed,,true,%2,\n"
                           "given@example.com,Given,Password,,%2,given-password-1\n"
                           "made@example.com,Made,Up,,%2;%3,\n")
                .arg(a.user->email, groupName(a.notMemberOf), groupName(a.memberOf))
                .toUtf8());
    const QString passwords = files.filePath(QStringLiteral("passwords.csv"));

    const HeadlessProgram run =
        import({file, QStringLiteral("--yes"), QStringLiteral("--exact-groups"),
                QStringLiteral("--passwords-out"), passwords, QStringLiteral("--format"),
                QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    for (const QJsonValue &row : rowsOf(run)) {
        EXPECT_EQ(row[QStringLiteral("outcome")].toString(), QStringLiteral("done"));
        EXPECT_FALSE(row[QStringLiteral("requests")].toArray().isEmpty());
    }

    // The update: properties given, the group listed joined and the others left.
    const sandbox::SbUser *updated = h.state().user(userId);
    EXPECT_EQ(updated->firstname, QStringLiteral("Renamed"));
    EXPECT_EQ(updated->lastname, a.user->lastname);
    EXPECT_TRUE(updated->forceSecAuth);
    EXPECT_EQ(h.state().groupsOf(userId), QStringList{a.notMemberOf});
    ASSERT_GT(groupsBefore.size(), 1);

    // The new users, in their groups, with the password of their row or one made for them.
    const sandbox::SbUser *given = h.state().userByEmail(QStringLiteral("given@example.com"));
    ASSERT_NE(given, nullptr);
    EXPECT_EQ(given->passwordHash,
              sandbox::SandboxState::hashPassword(QStringLiteral("given-password-1"), given->id));
    EXPECT_TRUE(h.state().isMember(a.notMemberOf, given->id));
    const sandbox::SbUser *made = h.state().userByEmail(QStringLiteral("made@example.com"));
    ASSERT_NE(made, nullptr);
    EXPECT_TRUE(h.state().isMember(a.notMemberOf, made->id));
    EXPECT_TRUE(h.state().isMember(a.memberOf, made->id));

    // The made-up password is in the chosen file alone, which its owner alone may read.
    QFile file2(passwords);
    ASSERT_TRUE(file2.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file2.readAll().split('\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines.at(0).trimmed(), QByteArray("email,password"));
    ASSERT_TRUE(lines.at(1).startsWith("made@example.com,"));
    const QString password = QString::fromUtf8(lines.at(1).mid(17).trimmed());
    EXPECT_EQ(password.size(), 20);
    EXPECT_EQ(made->passwordHash, sandbox::SandboxState::hashPassword(password, made->id));
    EXPECT_EQ(QFileInfo(passwords).permissions(),
              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    EXPECT_EQ(lines.size(), 3); // the row's own password is not written again
    EXPECT_FALSE(run.out.contains(password.toUtf8()));
    EXPECT_FALSE(run.err.contains(password.toUtf8()));
    EXPECT_FALSE(run.out.contains("given-password-1"));
    QDirIterator everything(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (everything.hasNext()) {
        QFile f(everything.next());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        EXPECT_FALSE(bytes.contains(password.toUtf8())) << f.fileName().toStdString();
        EXPECT_FALSE(bytes.contains("given-password-1")) << f.fileName().toStdString();
    }

    // Again: every row is done already, and no passwords file is needed.
    const HeadlessProgram again =
        import({file, QStringLiteral("--yes"), QStringLiteral("--exact-groups"),
                QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    for (const QJsonValue &row : rowsOf(again))
        EXPECT_EQ(row[QStringLiteral("action")].toString(), QStringLiteral("same"))
            << QJsonDocument(row.toObject()).toJson().toStdString();
}

TEST_F(ImportProgram, ARowTheServerRefusesFailsWithItsWordsAndTheOthersAreDone)
{
    const QString file =
        csv(QStringLiteral("people.csv"), "email,firstname,lastname,password\n"
                                          "first@example.com,First,One,long-enough-1\n");
    h.server().injectFaultFor("POST", sandbox::Fault::Forbidden);
    const HeadlessProgram run = import({file, QStringLiteral("--yes")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("row 1 first@example.com: create: ")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(" — failed: ")) << run.out.toStdString();
    EXPECT_EQ(h.state().userByEmail(QStringLiteral("first@example.com")), nullptr);

    // Run again, it does the rest.
    const HeadlessProgram again = import({file, QStringLiteral("--yes")});
    EXPECT_EQ(again.exitCode, 0) << again.out.toStdString();
    EXPECT_NE(h.state().userByEmail(QStringLiteral("first@example.com")), nullptr);
}

TEST_F(ImportProgram, TroubleIsExitCodeTwoAndChangesNothing)
{
    const QString file =
        csv(QStringLiteral("people.csv"), "email,firstname,lastname\nnew@example.com,New,One\n");
    const int usersBefore = int(h.state().userOrder().size());

    const HeadlessProgram neither = import({file});
    EXPECT_EQ(neither.exitCode, 2);
    EXPECT_TRUE(neither.err.contains("--dry-run")) << neither.err.toStdString();
    EXPECT_EQ(import({file, QStringLiteral("--dry-run"), QStringLiteral("--yes")}).exitCode, 2);
    EXPECT_EQ(import({files.filePath(QStringLiteral("missing.csv")), QStringLiteral("--dry-run")})
                  .exitCode,
              2);
    const HeadlessProgram unknown =
        import({csv(QStringLiteral("odd.csv"), "email,phone\n"), QStringLiteral("--dry-run")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("\"phone\"")) << unknown.err.toStdString();

    // A passwords file is never written over.
    const QString taken = csv(QStringLiteral("taken.csv"), "keep me");
    const HeadlessProgram over =
        import({file, QStringLiteral("--yes"), QStringLiteral("--passwords-out"), taken});
    EXPECT_EQ(over.exitCode, 2);
    EXPECT_TRUE(over.err.contains("exists already")) << over.err.toStdString();
    QFile kept(taken);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("keep me"));

    // Without a password column or --passwords-out a new user is refused: exit 1, nothing made.
    const HeadlessProgram refused = import({file, QStringLiteral("--yes")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.contains("needs a password")) << refused.out.toStdString();
    EXPECT_EQ(h.state().userOrder().size(), usersBefore);
}

} // namespace
