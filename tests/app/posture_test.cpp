// `ionos-admin report posture --out FILE.pdf [--baseline FILE]`: the posture report for auditors,
// written without a display and read back with poppler's tools (its text and its pages): the
// figures and administrators the test counts itself in the sandbox, the most severe findings,
// and the changes since a baseline made behind the console's back.
#include "changesthroughapi.h"
#include "headlessprogram.h"
#include "sandboxharness.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

// A poppler tool's output for the PDF; fails the test when the tool is missing (the test command
// installs poppler-utils).
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess p;
    p.start(tool, arguments);
    EXPECT_TRUE(p.waitForFinished(60000)) << tool.toStdString() << " did not run";
    EXPECT_EQ(p.exitCode(), 0) << tool.toStdString() << ": "
                               << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

class PostureProgram : public ::testing::Test
{
protected:
    SandboxHarness h;
    QTemporaryDir home;
    QTemporaryDir files;
    const QString pdf = files.filePath(QStringLiteral("posture.pdf"));

    HeadlessProgram program(const QStringList &arguments)
    {
        return HeadlessProgram::run(h, home.path(), arguments, h.server().options().token);
    }
    HeadlessProgram posture(const QStringList &more = {})
    {
        return program(QStringList{QStringLiteral("report"), QStringLiteral("posture"),
                                   QStringLiteral("--out"), pdf} +
                       more);
    }
    // The text of the PDF, its layout kept, with runs of white space made one space.
    QString text() const
    {
        return poppler(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    }
    int pages() const
    {
        const QString info = poppler(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    }
};

TEST_F(PostureProgram, NamesTheFiguresAdministratorsAndFindingsOnPagesThatShowThem)
{
    const HeadlessProgram run = posture();
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    ASSERT_TRUE(QFileInfo::exists(pdf));
    EXPECT_GE(pages(), 1);

    const QString all = text();
    const auto &state = h.state();
    EXPECT_TRUE(all.contains(QStringLiteral("Access Posture Report")));
    EXPECT_TRUE(all.contains(QStringLiteral(IONOS_ADMIN_VERSION))) << "the console's version";
    EXPECT_TRUE(all.contains(h.server().cloudBaseUrl().toString())) << "the account";
    int active = 0;
    for (const QString &id : state.userOrder())
        active += state.user(id)->active;
    EXPECT_TRUE(all.contains(QStringLiteral("%1 (%2 active, %3 deactivated)")
                                 .arg(state.userOrder().size())
                                 .arg(active)
                                 .arg(state.userOrder().size() - active)))
        << all.left(600).toStdString();
    int admins = 0;
    for (const QString &id : state.userOrder()) {
        const sandbox::SbUser &u = *state.user(id);
        if (!u.administrator)
            continue;
        ++admins;
        EXPECT_TRUE(all.contains(u.email)) << "administrator " << u.email.toStdString();
    }
    ASSERT_GT(admins, 0);
    EXPECT_TRUE(all.contains(QStringLiteral("Most Severe Findings")));
    EXPECT_TRUE(all.contains(QStringLiteral("Severity Finding About Why High")))
        << "the most severe first";
    EXPECT_FALSE(all.contains(QStringLiteral("Changes since"))) << "no baseline, no changes";

    // The first page as a picture: not blank, and the charts in colour.
    const QString prefix = files.filePath(QStringLiteral("page"));
    poppler(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
             QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
             pdf, prefix});
    QImage page(prefix + QStringLiteral("-1.png"));
    ASSERT_FALSE(page.isNull());
    int dark = 0, coloured = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            dark += c.lightness() < 100;
            coloured += c.saturation() > 120 && c.value() > 60;
        }
    }
    EXPECT_GT(dark, 500) << "text on the page";
    EXPECT_GT(coloured, 50) << "the rings and bars of the charts";
}

TEST_F(PostureProgram, CountsTheChangesSinceTheBaseline)
{
    const QString baseline = files.filePath(QStringLiteral("baseline.json"));
    ASSERT_EQ(program({QStringLiteral("snapshot"), QStringLiteral("--out"), baseline}).exitCode, 0);
    QString promoted;
    for (const QString &id : h.state().userOrder()) {
        if (!h.state().user(id)->administrator)
            promoted = id;
    }
    ChangesThroughApi(h).editUser(
        promoted, [](QJsonObject &p) { p.insert(QStringLiteral("administrator"), true); });
    const HeadlessProgram run = posture({QStringLiteral("--baseline"), baseline});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString all = text();
    EXPECT_TRUE(all.contains(QStringLiteral("Changes since"))) << all.right(400).toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("1 new administrator")))
        << all.right(400).toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("New administrator")));
}

TEST_F(PostureProgram, AMistakenCommandLineIsRefusedOnOneLine)
{
    for (const QStringList &arguments : QList<QStringList>{
             {QStringLiteral("report"), QStringLiteral("posture")},
             {QStringLiteral("report"), QStringLiteral("posture"), QStringLiteral("--out"), pdf,
              QStringLiteral("--format"), QStringLiteral("csv")},
             {QStringLiteral("report"), QStringLiteral("access"), QStringLiteral("--out"), pdf}}) {
        const HeadlessProgram run = program(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(pdf));
    const HeadlessProgram missing =
        posture({QStringLiteral("--baseline"), files.filePath(QStringLiteral("none.json"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

} // namespace
