// The Overview: the first screen after sign-in, its figures against what the test counts itself
// in the sandbox, a severity of findings opening the Findings screen showing only it, and what
// changed since the last session (changes made behind the console's back between two sessions),
// with the link to exactly that comparison and the setting that turns it off.
#include "changesthroughapi.h"
#include "models/access/accessengine.h"
#include "models/access/findingsmodel.h"
#include "models/restore/sessionmemory.h"
#include "models/snapshot/snapshotdiffmodel.h"
#include "sandboxpicks.h"
#include "signedinscreen.h"
#include "ui/access/findingsview.h"
#include "ui/overview/glancecharts.h"
#include "ui/overview/overviewview.h"
#include "ui/overview/posturesaver.h"
#include "ui/snapshot/changesview.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class OverviewScreen : public SignedInScreen
{
protected:
    OverviewScreen()
        : SignedInScreen(Start::EverythingLoaded)
    {}
    void SetUp() override
    {
        SignedInScreen::SetUp();
        window->showPage(MainWindow::Page::Overview);
    }

    OverviewView *overview() const { return window->findChild<OverviewView *>(); }
    template <typename T = QLabel> T *part(const QString &name) const
    {
        return overview()->findChild<T *>(name);
    }
    QWidget *currentScreen() const
    {
        return window->findChild<QStackedWidget *>()->currentWidget();
    }
    // Waits until everything is loaded (the users' keys too) and the figures are those of it,
    // as the rules work them out here.
    bool figuresReady()
    {
        return QTest::qWaitFor(
            [&] {
                if (!overview()->isVisible() || !isQuiet() || !ws().accessEngine().isSettled())
                    return false;
                const AccountGlance now =
                    AccountGlance::of(ws().accessEngine().current(), FindingsRules::Options());
                return overview()->glance().users == int(h->state().userOrder().size()) &&
                       overview()->glance().findings == now.findings;
            },
            budget::kServerMs);
    }
    int keptSessions() const
    {
        return int(
            SnapshotHistory(SnapshotHistory::folderOf(QStringLiteral("Sandbox"))).entries().size());
    }
};

TEST_F(OverviewScreen, IsTheFirstScreenAndCountsWhatTheSandboxHolds)
{
    EXPECT_EQ(console.firstPage(), MainWindow::Page::Overview) << "shown after sign-in";
    ASSERT_TRUE(figuresReady());
    const auto &state = h->state();
    int active = 0, deactivated = 0, activeWith2fa = 0, admins = 0, adminsWith2fa = 0;
    for (const QString &id : state.userOrder()) {
        const sandbox::SbUser &u = *state.user(id);
        if (!u.active) {
            ++deactivated;
            continue;
        }
        ++active;
        activeWith2fa += u.secAuthActive;
        if (u.administrator) {
            ++admins;
            adminsWith2fa += u.secAuthActive;
        }
    }
    int empty = 0;
    for (const QString &g : state.groupOrder())
        empty += state.membersOf(g).isEmpty();
    QHash<QString, int> byType;
    for (const QString &r : state.resourceOrder())
        ++byType[state.resource(r)->type];

    const AccountGlance &g = overview()->glance();
    EXPECT_EQ(g.activeUsers, active);
    EXPECT_EQ(g.deactivatedUsers, deactivated);
    EXPECT_EQ(g.activeUsersWith2fa, activeWith2fa);
    EXPECT_EQ(g.administrators, admins);
    EXPECT_EQ(g.administratorsWith2fa, adminsWith2fa);
    EXPECT_EQ(g.groups, int(state.groupOrder().size()));
    EXPECT_EQ(g.groupsWithoutMembers, empty);
    for (const auto &[resourceType, count] : g.resourcesByType)
        EXPECT_EQ(count, byType.value(resourceType)) << resourceType.toStdString();
    EXPECT_EQ(g.resourcesByType.size(), byType.size());

    // Every figure is text too, for the eye and for screen readers.
    const QLocale locale;
    EXPECT_EQ(part(QStringLiteral("usersFigure"))->text(),
              locale.toString(int(state.userOrder().size())));
    EXPECT_TRUE(part(QStringLiteral("usersText"))->text().contains(locale.toString(deactivated)));
    EXPECT_EQ(part(QStringLiteral("adminsFigure"))->text(), locale.toString(admins));
    auto *ring = part<RingChart>(QStringLiteral("usersTwoFactorRing"));
    EXPECT_EQ(ring->part(), activeWith2fa);
    EXPECT_EQ(ring->whole(), active);
    EXPECT_TRUE(ring->accessibleName().contains(locale.toString(activeWith2fa)));
    EXPECT_TRUE(part(QStringLiteral("usersTwoFactorText"))
                    ->text()
                    .contains(locale.toString(RingChart::percentOf(activeWith2fa, active))));
    for (const auto &[resourceType, count] : g.resourcesByType)
        EXPECT_EQ(part(QStringLiteral("resourceCount_%1").arg(resourceType))->text(),
                  locale.toString(count));
}

TEST_F(OverviewScreen, ASeverityOpensTheFindingsScreenShowingItAlone)
{
    ASSERT_TRUE(figuresReady());
    auto *findings = window->findChild<FindingsView *>();
    for (const Finding::Severity severity : {Finding::Severity::High, Finding::Severity::Info}) {
        const int expected = overview()->glance().findingsOf(severity);
        ASSERT_GT(expected, 0);
        const QString name = Finding::severityName(severity);
        EXPECT_EQ(part(QStringLiteral("findingsCount_%1").arg(name))->text(),
                  QLocale().toString(expected));
        auto *button = part<QPushButton>(QStringLiteral("findings_%1").arg(name));
        EXPECT_TRUE(button->accessibleName().contains(QLocale().toString(expected)));
        QTest::mouseClick(button, Qt::LeftButton);
        EXPECT_EQ(currentScreen(), findings);
        EXPECT_EQ(findings->severityFilter()->currentData().toInt(), int(severity));
        QTableView *table = findings->table();
        ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == expected; },
                                    budget::kServerMs))
            << table->model()->rowCount() << " rows, " << expected << " expected";
        for (int row = 0; row < table->model()->rowCount(); ++row)
            EXPECT_EQ(table->model()
                          ->index(row, FindingsModel::SeverityColumn)
                          .data(Qt::DisplayRole)
                          .toString(),
                      Finding::labelOf(severity));
        window->showPage(MainWindow::Page::Overview);
    }
    findings->showSeverity(std::nullopt);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return findings->table()->model()->rowCount() == overview()->glance().findingsTotal();
        },
        budget::kServerMs));
}

TEST_F(OverviewScreen, SaysWhatChangedSinceTheLastSessionAndOpensThatComparison)
{
    ASSERT_TRUE(figuresReady());
    EXPECT_FALSE(part<QWidget>(QStringLiteral("sinceSlot"))->isVisible())
        << "no session before this one";

    ChangesThroughApi api(*h);
    QString promoted;
    for (const QString &id : h->state().userOrder()) {
        if (!h->state().user(id)->administrator && h->state().user(id)->active)
            promoted = id;
    }
    api.editUser(promoted, [](QJsonObject &p) { p.insert(QStringLiteral("administrator"), true); });
    const QString group = h->state().groupOrder().first();
    const QString joined = firstUserOutside(h->state(), group);
    api.addMember(group, joined);

    ASSERT_TRUE(console.signInAgain());
    EXPECT_EQ(keptSessions(), 1) << "the first session's account was kept as it ended";
    ASSERT_TRUE(QTest::qWaitFor([&] { return part<QWidget>(QStringLiteral("sincePanel")); },
                                budget::kServerMs));
    const QString summary = part(QStringLiteral("sinceSummary"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("1 new administrator"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("1 member added"))) << summary.toStdString();
    QStringList alerts;
    for (const QLabel *line : overview()->findChildren<QLabel *>(QStringLiteral("sinceAlert")))
        alerts << line->text();
    ASSERT_EQ(alerts.size(), 2) << alerts.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(alerts.first().contains(h->state().user(promoted)->email))
        << "the new administrator first, most severe";

    // File > Save Posture Report… prints the same changes for auditors.
    ASSERT_TRUE(window->findChild<QAction *>(QStringLiteral("savePostureReportAction")));
    QTemporaryDir files;
    const QString pdf = files.filePath(QStringLiteral("posture.pdf"));
    auto *saver = window->findChild<PostureSaver *>();
    ASSERT_TRUE(saver);
    QSignalSpy saved(saver, &PostureSaver::saved);
    saver->saveTo(pdf);
    ASSERT_TRUE(saved.count() == 1 || saved.wait(budget::kServerMs));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    EXPECT_TRUE(printed.contains(QStringLiteral("1 new administrator"))) << printed.toStdString();
    EXPECT_TRUE(printed.contains(h->state().user(promoted)->email));

    QTest::mouseClick(part<QPushButton>(QStringLiteral("showSinceChangesButton")), Qt::LeftButton);
    auto *changes = window->findChild<ChangesView *>();
    EXPECT_EQ(currentScreen(), changes);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return changes->model()->rowCount() == 2; }, budget::kServerMs))
        << changes->model()->rowCount() << " changes: the two made behind the console's back";
}

TEST_F(OverviewScreen, TurnedOffNothingIsKeptOrCompared)
{
    ASSERT_TRUE(figuresReady());
    auto *setting = window->findChild<QAction *>(QStringLiteral("rememberAccountAction"));
    ASSERT_TRUE(setting);
    EXPECT_TRUE(setting->isChecked()) << "on unless turned off";
    setting->setChecked(false);
    ASSERT_TRUE(console.signInAgain());
    EXPECT_EQ(keptSessions(), 0);
    ASSERT_TRUE(console.signInAgain());
    QTest::qWait(200);
    EXPECT_FALSE(part<QWidget>(QStringLiteral("sincePanel")));
    setting->setChecked(true);
    EXPECT_TRUE(SessionMemory::isEnabled());
}

TEST_F(OverviewScreen, TellsHowOldTheLastSnapshotIs)
{
    const QString text = part(QStringLiteral("snapshotText"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("No snapshot"))) << text.toStdString();
    ASSERT_TRUE(console.signInAgain());
    const QString kept = part(QStringLiteral("snapshotText"))->text();
    EXPECT_TRUE(kept.contains(QStringLiteral("today"))) << kept.toStdString();
}

} // namespace
