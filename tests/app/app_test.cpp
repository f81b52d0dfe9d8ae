// The ionos-admin program: --help, --version, the commands' mistakes, and --demo starting the
// sandbox in-process.
#include "budgets.h"
#include "httpprobe.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

TEST(AdminProgram, HelpAndVersion)
{
    QProcess help;
    help.start(QStringLiteral(IONOS_ADMIN_BIN), {QStringLiteral("--help")});
    ASSERT_TRUE(help.waitForFinished(budget::kProgramMs));
    EXPECT_EQ(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    EXPECT_TRUE(text.contains("--demo"));
    EXPECT_TRUE(text.contains("--profile"));
    EXPECT_TRUE(text.contains("--api-url"));

    QProcess version;
    version.start(QStringLiteral(IONOS_ADMIN_BIN), {QStringLiteral("--version")});
    ASSERT_TRUE(version.waitForFinished(budget::kProgramMs));
    EXPECT_EQ(version.exitCode(), 0);
    EXPECT_EQ(version.readAllStandardOutput().trimmed(),
              QByteArray("ionos-admin " IONOS_ADMIN_VERSION));

    QProcess wrong;
    wrong.start(QStringLiteral(IONOS_ADMIN_BIN), {QStringLiteral("--no-such-option")});
    ASSERT_TRUE(wrong.waitForFinished(budget::kProgramMs));
    EXPECT_NE(wrong.exitCode(), 0);
}

namespace {

// The first match of pattern's first group in a file, or what went wrong.
QString firstMatch(const QString &path, const QString &pattern)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(cannot read %1)").arg(path);
    const QRegularExpressionMatch m =
        QRegularExpression(pattern, QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(file.readAll()));
    return m.hasMatch() ? m.captured(1) : QStringLiteral("(no match in %1)").arg(path);
}

} // namespace

TEST(AdminProgram, TheChangelogTheMetadataAndTheManualPagesNameTheProgramsVersion)
{
    // --version says IONOS_ADMIN_VERSION (above); the About dialog too (HelpTest); the package
    // takes the project's version and scripts/check-package.sh compares it with the program's.
    const QString version = QStringLiteral(IONOS_ADMIN_VERSION);
    EXPECT_EQ(firstMatch(QStringLiteral(IONOS_SOURCE_DIR "/CHANGELOG.md"),
                         QStringLiteral("^## (\\S+) \\(")),
              version)
        << "the newest release of CHANGELOG.md";
    EXPECT_EQ(firstMatch(QStringLiteral(IONOS_SOURCE_DIR
                                        "/resources/io.github.ionos_admin.IonosAdmin.metainfo.xml"),
                         QStringLiteral("<release version=\"([^\"]+)\"")),
              version)
        << "the newest release of the AppStream metadata";
    for (const char *page : {"ionos-admin.1", "ionos-sandbox.1"}) {
        EXPECT_EQ(
            firstMatch(QStringLiteral(IONOS_BINARY_DIR "/packaging/man/") + QLatin1String(page),
                       QStringLiteral("^\\.TH \\S+ 1 \"[^\"]*\" \"ionos-admin ([^\"]+)\"")),
            version)
            << page;
    }
}

TEST(AdminProgram, EachCommandTakesItsOwnOptionsAndSaysWhatIsMissing)
{
    // Each mistake is answered before anything signs in: exit status 2 and one line that says
    // what to type instead.
    const QList<std::pair<QStringList, QString>> mistakes = {
        {{QStringLiteral("report"), QStringLiteral("access"), QStringLiteral("--out"),
          QStringLiteral("x")},
         QStringLiteral("--out and --baseline are options of \"report posture\".")},
        {{QStringLiteral("diff"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--out"),
          QStringLiteral("x")},
         QStringLiteral("--out is an option of report and snapshot.")},
        {{QStringLiteral("--format"), QStringLiteral("json")},
         QStringLiteral("--format is an option of report, diff, watch, import and offboard.")},
        {{QStringLiteral("report"), QStringLiteral("access"), QStringLiteral("--notify")},
         QStringLiteral("--notify is an option of watch.")},
        {{QStringLiteral("watch"), QStringLiteral("--update")},
         QStringLiteral("Say what to compare with: \"watch --baseline FILE\".")},
        {{QStringLiteral("snapshot"), QStringLiteral("--yes")},
         QStringLiteral("--yes is an option of restore, import and offboard.")},
        {{QStringLiteral("report")},
         QStringLiteral("Say which report: \"report access\", \"report findings\", \"report "
                        "keys\" or \"report posture --out FILE.pdf\".")},
        {{QStringLiteral("report"), QStringLiteral("keys"), QStringLiteral("--key-max-age-days"),
          QStringLiteral("-5")},
         QStringLiteral("--key-max-age-days wants a whole number of days of 1 or more, not -5.")},
        {{QStringLiteral("snapshot"), QStringLiteral("--key-max-age-days"), QStringLiteral("9")},
         QStringLiteral("--key-max-age-days is an option of report.")},
        {{QStringLiteral("report"), QStringLiteral("findings"), QStringLiteral("--as-of"),
          QStringLiteral("yesterday")},
         QStringLiteral("yesterday is not a time in ISO 8601, such as 2026-01-31T12:00:00Z.")},
        {{QStringLiteral("report"), QStringLiteral("findings"), QStringLiteral("--inactive-days"),
          QStringLiteral("0")},
         QStringLiteral("--inactive-days wants a whole number of days of 1 or more, not 0.")},
        {{QStringLiteral("snapshot")},
         QStringLiteral("Say where to write it: \"snapshot --out FILE\".")},
        {{QStringLiteral("diff"), QStringLiteral("a.json"), QStringLiteral("b.json"),
          QStringLiteral("--format"), QStringLiteral("csv")},
         QStringLiteral("The format csv is not known: use text or json.")},
        {{QStringLiteral("restore"), QStringLiteral("a.json")},
         QStringLiteral("A restore changes the account: add --yes to go ahead (see \"diff FILE "
                        "live\" for what it would change).")},
        {{QStringLiteral("undo")}, QStringLiteral("Unexpected argument: undo")},
    };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const auto &[arguments, said] : mistakes) {
        QProcess program;
        program.setProcessEnvironment(env);
        program.start(QStringLiteral(IONOS_ADMIN_BIN), arguments);
        ASSERT_TRUE(program.waitForFinished(budget::kProgramMs));
        const std::string line = arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(program.exitCode(), 2) << line;
        EXPECT_EQ(QString::fromUtf8(program.readAllStandardError()).trimmed(), said) << line;
        EXPECT_TRUE(program.readAllStandardOutput().isEmpty()) << line;
    }
}

TEST(AdminProgram, HelpAndVersionNeedNoDisplay)
{
    // As on a server or in a terminal without a desktop: no display, and Qt left to choose its
    // platform, which would fail for a window.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess program;
        program.setProcessEnvironment(env);
        program.start(QStringLiteral(IONOS_ADMIN_BIN), {option});
        ASSERT_TRUE(program.waitForFinished(budget::kProgramMs));
        EXPECT_EQ(program.exitStatus(), QProcess::NormalExit) << option.toStdString();
        EXPECT_EQ(program.exitCode(), 0) << option.toStdString();
        EXPECT_TRUE(program.readAllStandardOutput().contains("ionos-admin"))
            << option.toStdString();
    }
}

TEST(AdminProgram, DemoServesSampleDataOnLoopback)
{
    QProcess demo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    demo.setProcessEnvironment(env);
    demo.start(QStringLiteral(IONOS_ADMIN_BIN), {QStringLiteral("--demo")});
    ASSERT_TRUE(demo.waitForStarted(budget::kProgramMs));
    QByteArray out;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            out += demo.readAllStandardOutput();
            return out.contains('\n') || demo.state() == QProcess::NotRunning;
        },
        budget::kServerMs));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:[0-9]+)"))
            .match(QString::fromUtf8(out));
    ASSERT_TRUE(m.hasMatch()) << out.toStdString();

    HttpProbe probe(HttpProbe::bearer(QStringLiteral("demo-token")));
    const ProbeReply users = probe.get(
        QUrl(m.captured(1) + QStringLiteral("/cloudapi/v6/um/users?limit=100&offset=200")));
    EXPECT_EQ(users.status, 200);
    EXPECT_EQ(users.object().value(QStringLiteral("items")).toArray().size(), 50)
        << "about 250 users";
    const ProbeReply contract3 =
        probe.get(QUrl(m.captured(1) + QStringLiteral("/reseller/v2/contracts/3/admins")));
    EXPECT_EQ(contract3.status, 200);

    demo.terminate();
    EXPECT_TRUE(demo.waitForFinished(budget::kProgramMs));
}

TEST(AdminProgram, LangChoosesTheLanguageAndRefusesAnUnknownOne)
{
    QProcess german;
    german.start(QStringLiteral(IONOS_ADMIN_BIN),
                 {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    ASSERT_TRUE(german.waitForFinished(budget::kProgramMs));
    EXPECT_EQ(german.exitCode(), 0);
    const QString help = QString::fromUtf8(german.readAllStandardOutput());
    EXPECT_TRUE(help.contains(QStringLiteral("Optionen"))) << help.toStdString();
    EXPECT_TRUE(help.contains(QStringLiteral("Beispieldaten"))) << help.toStdString();

    QProcess english;
    english.start(QStringLiteral(IONOS_ADMIN_BIN),
                  {QStringLiteral("--lang=en"), QStringLiteral("--help")});
    ASSERT_TRUE(english.waitForFinished(budget::kProgramMs));
    EXPECT_TRUE(english.readAllStandardOutput().contains("sample data"));

    QProcess unknown;
    unknown.start(QStringLiteral(IONOS_ADMIN_BIN),
                  {QStringLiteral("--lang"), QStringLiteral("xx")});
    ASSERT_TRUE(unknown.waitForFinished(budget::kProgramMs));
    EXPECT_EQ(unknown.exitCode(), 2);
    EXPECT_TRUE(unknown.readAllStandardError().contains("xx"));
}

TEST(AdminProgram, FollowsTheSystemLanguage)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de_DE"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IONOS_ADMIN_BIN), {QStringLiteral("--help")});
    ASSERT_TRUE(process.waitForFinished(budget::kProgramMs));
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardOutput())
                    .contains(QStringLiteral("Beispieldaten")));
}
