// The import of users from a spreadsheet: the CSV reader, the plan of each row against the
// account (create, update, same, refused with every reason), its writes and its what-if, and
// the passwords the console makes and writes for new users.
#include "models/access/whatif.h"
#include "models/import/csvtable.h"
#include "models/import/importplan.h"
#include "models/import/passwordsfile.h"
#include "models/users/userrules.h"

#include "accesssamples.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

using Action = ImportRow::Action;

// The small account, with names: alice Alice Archer, bob Bob Baker (active), carol; dave.
AccessFacts account()
{
    AccessFacts f = smallAccount();
    for (User &u : f.users) {
        u.firstname = u.id.at(0).toUpper() + u.id.mid(1);
        u.lastname = QStringLiteral("Sample");
    }
    f.groups[0].name = QStringLiteral("Operations");
    f.groups[1].name = QStringLiteral("Developers");
    return f;
}

ImportPlan planOf(const QByteArray &csv, ImportPlan::Options options = {})
{
    const Result<ImportPlan> plan = ImportPlan::of(csv, account(), options);
    EXPECT_TRUE(plan.ok()) << plan.error().message.toStdString();
    return plan.ok() ? plan.value() : ImportPlan{};
}

QString refusalOf(const QByteArray &csv)
{
    const Result<ImportPlan> plan = ImportPlan::of(csv, account(), {});
    return plan.ok() ? QString() : plan.error().message;
}

QStringList fieldsOf(const ImportRow &row)
{
    QStringList out;
    for (const ImportChange &c : row.changes)
        out << c.field;
    return out;
}

} // namespace

TEST(CsvTable, ReadsQuotesLineBreaksAndDoubledQuotesInsideCells)
{
    const Result<CsvTable> t = CsvTable::parse("\xEF\xBB\xBF"
                                               "email,firstname\r\n"
                                               "\"a@example.com\",\"Ann, \"\"the\"\" first\"\r\n"
                                               "\r\n"
                                               "b@example.com,\"two\nlines\"\n"
                                               "c@example.com\n");
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    EXPECT_EQ(t.value().header,
              (QStringList{QStringLiteral("email"), QStringLiteral("firstname")}));
    ASSERT_EQ(t.value().rows.size(), 3); // the empty line is skipped
    EXPECT_EQ(t.value().rows.at(0).at(1), QStringLiteral("Ann, \"the\" first"));
    EXPECT_EQ(t.value().rows.at(1).at(1), QStringLiteral("two\nlines"));
    EXPECT_EQ(t.value().rows.at(2), (QStringList{QStringLiteral("c@example.com"), QString()}));
    EXPECT_EQ(t.value().lines, (QList<int>{2, 4, 6}));
}

TEST(CsvTable, TakesSemicolonsOrTabsWhenTheHeaderHasNoComma)
{
    const Result<CsvTable> semicolons =
        CsvTable::parse("email;groups\na@example.com;\"Developers;Operations\"\n");
    ASSERT_TRUE(semicolons.ok());
    EXPECT_EQ(semicolons.value().rows.at(0).at(1), QStringLiteral("Developers;Operations"));
    const Result<CsvTable> tabs = CsvTable::parse("email\tgroups\na@example.com\tDevelopers;Ops\n");
    ASSERT_TRUE(tabs.ok());
    EXPECT_EQ(tabs.value().rows.at(0).at(1), QStringLiteral("Developers;Ops"));
}

TEST(CsvTable, SaysWhatIsWrongWithAFileThatIsNotATable)
{
    EXPECT_TRUE(CsvTable::parse("email\n\"a@example.com\n")
                    .error()
                    .message.contains(QStringLiteral("line 2")));
    EXPECT_TRUE(CsvTable::parse("email\na@example.com,x,y\n")
                    .error()
                    .message.contains(QStringLiteral("Line 2")));
    EXPECT_TRUE(
        CsvTable::parse("email\n\"a\"b\n").error().message.contains(QStringLiteral("quote")));
    EXPECT_TRUE(CsvTable::parse("\n\n").error().message.contains(QStringLiteral("empty")));
    EXPECT_TRUE(CsvTable::parse("email\n\xFF\xFE@example.com\n")
                    .error()
                    .message.contains(QStringLiteral("UTF-8")));
}

TEST(ImportPlan, RefusesAFileWithAnUnknownOrDoubledColumnOrNoEmail)
{
    EXPECT_TRUE(refusalOf("email,phone\n").contains(QStringLiteral("\"phone\"")));
    EXPECT_TRUE(refusalOf("email,E-Mail\n").contains(QStringLiteral("twice")));
    EXPECT_TRUE(refusalOf("firstname,lastname\n").contains(QStringLiteral("no email column")));
    EXPECT_TRUE(refusalOf("E-Mail,First Name,last_name,ForceSecAuth\n").isEmpty());
}

TEST(ImportPlan, AnExistingUserChangesWhatTheRowGivesAndJoinsItsGroups)
{
    // alice is in Operations and Developers; bob in Developers; dave in none.
    const ImportPlan plan = planOf("email,firstname,lastname,administrator,active,groups\n"
                                   "ALICE@example.com,,,TRUE,,Developers\n"
                                   "bob@example.com,Robert,,,false,operations\n"
                                   "dave@example.com,,,false,true,\n");
    ASSERT_EQ(plan.rows().size(), 3);
    const ImportRow &alice = plan.rows().at(0);
    EXPECT_EQ(alice.action, Action::Update);
    EXPECT_EQ(alice.userId, QStringLiteral("alice"));
    ASSERT_EQ(alice.changes.size(), 1); // empty cells change nothing
    EXPECT_EQ(alice.changes.at(0), (ImportChange{QStringLiteral("administrator"), false, true}));
    EXPECT_TRUE(alice.join.isEmpty()); // already a member
    EXPECT_TRUE(alice.leave.isEmpty());

    const ImportRow &bob = plan.rows().at(1);
    EXPECT_EQ(bob.action, Action::Update);
    EXPECT_EQ(fieldsOf(bob), (QStringList{QStringLiteral("firstname"), QStringLiteral("active")}));
    EXPECT_EQ(bob.changes.at(0).before, QJsonValue(QStringLiteral("Bob")));
    EXPECT_EQ(bob.changes.at(0).after, QJsonValue(QStringLiteral("Robert")));
    EXPECT_EQ(bob.join, QStringList{QStringLiteral("ops")}); // the name's case does not matter
    EXPECT_EQ(bob.draft.lastname, QStringLiteral("Sample"));
    EXPECT_FALSE(bob.draft.active);

    EXPECT_EQ(plan.rows().at(2).action, Action::Same);
    EXPECT_EQ(plan.count(Action::Update), 2);
    EXPECT_EQ(plan.count(Action::Same), 1);
}

TEST(ImportPlan, ExactGroupsAlsoLeaveTheGroupsTheRowDoesNotList)
{
    const QByteArray csv = "email,groups\nalice@example.com,Developers\nbob@example.com,\n";
    const ImportPlan additive = planOf(csv);
    EXPECT_EQ(additive.rows().at(0).action, Action::Same);
    ImportPlan::Options exact;
    exact.exactGroups = true;
    const ImportPlan plan = planOf(csv, exact);
    EXPECT_EQ(plan.rows().at(0).action, Action::Update);
    EXPECT_EQ(plan.rows().at(0).leave, QStringList{QStringLiteral("ops")});
    // An empty groups cell changes nothing, also with exact groups.
    EXPECT_EQ(plan.rows().at(1).action, Action::Same);
}

TEST(ImportPlan, ANewEmailCreatesTheUserWithItsPasswordThenTheMemberships)
{
    const ImportPlan plan = planOf("email,firstname,lastname,forceSecAuth,groups,password\n"
                                   "erin@example.com,Erin,Early,true,Developers;Operations,"
                                   "correct-horse\n");
    const ImportRow &erin = plan.rows().at(0);
    ASSERT_EQ(erin.action, Action::Create);
    EXPECT_EQ(erin.draft.email, QStringLiteral("erin@example.com"));
    EXPECT_TRUE(erin.draft.forceSecAuth);
    EXPECT_TRUE(erin.draft.active);
    EXPECT_FALSE(erin.draft.password.has_value()); // the password never rides in the plan's rows
    EXPECT_EQ(plan.passwordOf(0), QStringLiteral("correct-horse"));
    EXPECT_FALSE(erin.generatePassword);
    EXPECT_EQ(erin.join, (QStringList{QStringLiteral("dev"), QStringLiteral("ops")}));
    for (const ImportChange &c : erin.changes)
        EXPECT_TRUE(c.before.isNull()) << c.field.toStdString();

    const ImportPlan::Writes w = plan.writes();
    ASSERT_EQ(w.steps.size(), 3);
    EXPECT_EQ(w.steps.at(0).kind(), RestoreStep::Kind::CreateUser);
    EXPECT_EQ(w.steps.at(0).user(), ImportPlan::creationId(0));
    EXPECT_EQ(w.steps.at(1).kind(), RestoreStep::Kind::AddMember);
    EXPECT_EQ(w.steps.at(1).user(), ImportPlan::creationId(0)); // by the new id, once known
    EXPECT_EQ(w.rowOf, (QList<int>{0, 0, 0}));
    EXPECT_EQ(w.descriptions.at(2), QStringLiteral("Add erin@example.com to Operations"));
    EXPECT_FALSE(plan.rowJson(0).contains(QStringLiteral("password")));
    EXPECT_FALSE(plan.describe(0).contains(QStringLiteral("correct-horse")));
}

TEST(ImportPlan, RefusesARowWithEveryReason)
{
    const ImportPlan plan = planOf("email,firstname,lastname,active,groups,password\n"
                                   "not-an-address,A,B,,,long-enough\n"
                                   "frank@example.com,Frank,F,yes,Nobody;Developers,long-enough\n"
                                   "gina@example.com,Gina,G,,,\n"
                                   "hank@example.com,,H,,,long-enough\n"
                                   "ivy@example.com,Ivy,I,,,short\n"
                                   "twice@example.com,T,W,,,long-enough\n"
                                   "TWICE@example.com,T,W,,,long-enough\n");
    QStringList reasons;
    for (const ImportRow &r : plan.rows()) {
        EXPECT_EQ(r.action, Action::Refused) << r.email.toStdString();
        EXPECT_TRUE(r.join.isEmpty());
        reasons << r.reason;
    }
    EXPECT_TRUE(reasons.at(0).contains(QStringLiteral("not a valid e-mail address")));
    EXPECT_TRUE(reasons.at(1).contains(QStringLiteral("active is \"yes\", not true or false")));
    EXPECT_TRUE(reasons.at(1).contains(QStringLiteral("no group \"Nobody\"")));
    EXPECT_TRUE(reasons.at(2).contains(QStringLiteral("needs a password")));
    EXPECT_TRUE(reasons.at(3).contains(QStringLiteral("first and a last name")));
    EXPECT_TRUE(reasons.at(4).contains(QStringLiteral("fewer than 8 characters")));
    EXPECT_TRUE(reasons.at(5).contains(QStringLiteral("also on row 7")));
    EXPECT_TRUE(reasons.at(6).contains(QStringLiteral("also on row 6")));
    EXPECT_TRUE(plan.writes().steps.isEmpty());
    EXPECT_TRUE(plan.passwordOf(5).isEmpty()); // a refused row's password is dropped

    // With generated passwords, a new user without one is planned.
    ImportPlan::Options generate;
    generate.generatePasswords = true;
    const ImportPlan generated =
        planOf("email,firstname,lastname\ngina@example.com,Gina,G\n", generate);
    EXPECT_EQ(generated.rows().at(0).action, Action::Create);
    EXPECT_TRUE(generated.rows().at(0).generatePassword);
}

TEST(ImportPlan, AGroupNameTwoGroupsShareIsRefused)
{
    AccessFacts f = account();
    Group twin = f.groups.at(1);
    twin.id = QStringLiteral("dev2");
    f.groups << twin;
    const Result<ImportPlan> plan =
        ImportPlan::of(QByteArray("email,groups\nalice@example.com,Developers\n"), f, {});
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan.value().rows().at(0).action, Action::Refused);
    EXPECT_TRUE(plan.value().rows().at(0).reason.contains(QStringLiteral("2 groups")));
}

TEST(ImportPlan, TheWhatIfCountsTheNewUsersAmongThoseWhoGain)
{
    // ops grants createSnapshot; dave and two new users join it.
    const ImportPlan plan = planOf("email,firstname,lastname,groups,password\n"
                                   "dave@example.com,,,Operations,\n"
                                   "new1@example.com,New,One,Operations,long-enough\n"
                                   "new2@example.com,New,Two,Operations,long-enough\n");
    WhatIf preview(account());
    plan.stage(preview);
    const QStringList lines = preview.difference().lines();
    // Plurals come from the English translation, which this suite does not load.
    EXPECT_TRUE(lines.contains(QStringLiteral("3 user(s) gain Create Snapshots")))
        << lines.join(QLatin1Char('\n')).toStdString();
}

TEST(UserRules, GeneratedPasswordsAreLongMixedAndNeverTheSame)
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString p = UserRules::generatePassword();
        EXPECT_EQ(p.size(), 20);
        EXPECT_TRUE(std::any_of(p.begin(), p.end(), [](QChar c) { return c.isUpper(); }));
        EXPECT_TRUE(std::any_of(p.begin(), p.end(), [](QChar c) { return c.isLower(); }));
        EXPECT_TRUE(std::any_of(p.begin(), p.end(), [](QChar c) { return c.isDigit(); }));
        EXPECT_TRUE(std::any_of(p.begin(), p.end(), [](QChar c) { return !c.isLetterOrNumber(); }));
        for (const QChar c : {u'0', u'O', u'o', u'1', u'l', u'I', u'=', u'+', u'-', u'@'})
            EXPECT_FALSE(p.contains(c)) << p.toStdString();
        seen.insert(p);
    }
    EXPECT_EQ(seen.size(), 200);
}

TEST(PasswordsFile, IsCreatedForItsOwnerAloneAndNeverOverAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("passwords.csv"));
    PasswordsFile file;
    ASSERT_TRUE(file.create(path).isEmpty());
    EXPECT_EQ(QFileInfo(path).permissions(),
              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    ASSERT_TRUE(file.write({{QStringLiteral("a@example.com"), QStringLiteral("p,\"w")}}).isEmpty());
    QFile read(path);
    ASSERT_TRUE(read.open(QIODevice::ReadOnly));
    EXPECT_EQ(read.readAll(), QByteArray("email,password\r\na@example.com,\"p,\"\"w\"\r\n"));

    PasswordsFile again;
    EXPECT_TRUE(again.create(path).contains(QStringLiteral("exists already")));
    EXPECT_FALSE(PasswordsFile::taken(path).isEmpty());

    // Without passwords to keep, the file created is removed again.
    const QString unused = dir.filePath(QStringLiteral("unused.csv"));
    PasswordsFile empty;
    ASSERT_TRUE(empty.create(unused).isEmpty());
    EXPECT_TRUE(empty.write({}).isEmpty());
    EXPECT_FALSE(QFileInfo::exists(unused));
}
