// The findings screen against the sandbox: what is risky now, Dismiss for the session, and a Fix
// that goes through the usual write with its confirmation.
#include "budgets.h"
#include "models/access/accessengine.h"
#include "models/access/findings.h"
#include "models/access/findingsmodel.h"
#include "models/tableexport.h"
#include "models/workspace.h"
#include "sandboxharness.h"
#include "screenshots.h"
#include "signedinscreen.h"
#include "ui/access/dormantusersdialog.h"
#include "ui/access/findingsview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace ionos;

namespace {

class FindingsScreen : public SignedInScreen
{
protected:
    FindingsScreen()
        : SignedInScreen(Start::EverythingLoaded)
    {}

    void SetUp() override
    {
        SignedInScreen::SetUp();
        if (HasFatalFailure())
            return;
        view = window->findChild<FindingsView *>();
        ASSERT_NE(view, nullptr);
        // The findings are worked out off the main thread once the screen shows.
        QSignalSpy refreshed(view, &FindingsView::refreshed);
        window->showPage(MainWindow::Page::Findings);
        ASSERT_TRUE(view->isVisible());
        ASSERT_TRUE(refreshed.wait(budget::kServerMs));
    }

    QStringList shownRules() const
    {
        QStringList rules;
        QAbstractItemModel *m = view->table()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            rules << m->index(row, FindingsModel::RuleColumn).data(ExportValueRole).toString();
        return rules;
    }
    int rowOf(const QString &rule, const QString &subjectId = {}) const
    {
        QAbstractItemModel *m = view->table()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            const QString key = m->index(row, 0).data(FindingsModel::KeyRole).toString();
            if (m->index(row, FindingsModel::RuleColumn).data(ExportValueRole).toString() == rule &&
                (subjectId.isEmpty() || key.contains(subjectId)))
                return row;
        }
        return -1;
    }
    void select(int row)
    {
        view->table()->selectionModel()->select(view->table()->model()->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    }

    FindingsView *view = nullptr;
};

} // namespace

TEST_F(FindingsScreen, ListsWhatTheRulesFindMostSevereFirst)
{
    FindingsRules::Options options;
    const QList<Finding> expected =
        FindingsRules::find(window->workspace()->accessEngine().current(), options);
    ASSERT_FALSE(expected.isEmpty());
    QStringList rules;
    for (const Finding &f : expected)
        rules << f.rule;
    EXPECT_EQ(shownRules(), rules) << view->summary()->text().toStdString();
    EXPECT_TRUE(view->summary()->text().contains(QStringLiteral("%1 finding").arg(expected.size())))
        << view->summary()->text().toStdString();
    EXPECT_TRUE(toCsv(*view->table()->model()).contains("Severity"));

    // A shorter clock finds more inactive users, never fewer.
    const qsizetype inactive = shownRules().count(QStringLiteral("inactive-with-access"));
    QSignalSpy refreshed(view, &FindingsView::refreshed);
    view->inactiveDays()->setValue(10);
    ASSERT_TRUE(refreshed.wait(budget::kServerMs));
    EXPECT_GE(shownRules().count(QStringLiteral("inactive-with-access")), inactive);
    // Still most severe first after the new ones came in.
    QList<int> severities;
    for (int row = 0; row < view->table()->model()->rowCount(); ++row)
        severities << view->table()
                          ->model()
                          ->index(row, FindingsModel::SeverityColumn)
                          .data(FindingsModel::SortRole)
                          .toInt();
    EXPECT_TRUE(std::is_sorted(severities.begin(), severities.end()));
}

// A finding the person selected stays selected when the findings are worked out again.
TEST_F(FindingsScreen, TheSelectionStaysThroughARefresh)
{
    // One the clock does not touch.
    int row = -1;
    for (int r = 0; r < view->table()->model()->rowCount() && row < 0; ++r) {
        if (shownRules().at(r) != QStringLiteral("inactive-with-access"))
            row = r;
    }
    ASSERT_GE(row, 0);
    select(row);
    const QString key =
        view->table()->model()->index(row, 0).data(FindingsModel::KeyRole).toString();
    QSignalSpy refreshed(view, &FindingsView::refreshed);
    view->inactiveDays()->setValue(10);
    ASSERT_TRUE(refreshed.wait(budget::kServerMs));
    const QModelIndexList selected = view->table()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().data(FindingsModel::KeyRole).toString(), key);
}

TEST_F(FindingsScreen, DismissHidesAFindingForTheSession)
{
    const int before = view->table()->model()->rowCount();
    ASSERT_GT(before, 0);
    select(0);
    EXPECT_TRUE(view->dismissAction()->isEnabled());
    view->dismissAction()->trigger();
    EXPECT_EQ(view->table()->model()->rowCount(), before - 1);
    EXPECT_TRUE(view->summary()->text().contains(QStringLiteral("1 dismissed")));
}

TEST_F(FindingsScreen, FixDeactivatesAnInactiveUserAfterConfirmingAndTheFindingGoes)
{
    const int row = rowOf(QStringLiteral("inactive-with-access"));
    ASSERT_GE(row, 0) << "the sample data has a user who has been away long";
    const QString key =
        view->table()->model()->index(row, 0).data(FindingsModel::KeyRole).toString();
    const QString userId = key.section(QLatin1Char('/'), 1, 1);
    select(row);
    EXPECT_EQ(view->fixAction()->text(), QStringLiteral("Deactivate User…"));
    view->fixAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return SignedInWindow::confirm(view, "confirmFix"); },
                                budget::kServerMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !console.sandbox().state().user(userId)->active; },
                                budget::kServerMs))
        << "the user is deactivated on the server";
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return rowOf(QStringLiteral("inactive-with-access"), userId) < 0; },
                        budget::kServerMs))
        << "the finding goes once the change is in";
}

TEST_F(FindingsScreen, EveryFindingOffersItsFixOrSaysWhyThereIsNone)
{
    QAbstractItemModel *m = view->table()->model();
    int withoutFix = 0;
    for (int row = 0; row < m->rowCount(); ++row) {
        const QString rule =
            m->index(row, FindingsModel::RuleColumn).data(ExportValueRole).toString();
        select(row);
        const bool judgement = rule == QStringLiteral("shadow-admin") ||
                               rule == QStringLiteral("orphaned-resource") ||
                               rule == QStringLiteral("keys-at-cap");
        EXPECT_EQ(view->fixAction()->isEnabled(), !judgement) << rule.toStdString();
        if (judgement) {
            ++withoutFix;
            EXPECT_TRUE(view->fixAction()->toolTip().contains(QStringLiteral("judgement")));
        } else {
            EXPECT_NE(view->fixAction()->text(), QStringLiteral("Fix…")) << rule.toStdString();
        }
    }
    EXPECT_GT(withoutFix, 0) << "the sample data has such a finding";
}

TEST_F(FindingsScreen, FixTurnsOffTheKeysOfADeactivatedUser)
{
    // The keys come in the background after everything else; the findings follow them.
    ASSERT_TRUE(QTest::qWaitFor([&] { return ws().areKeysLoaded(); }, budget::kServerMs));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return rowOf(QStringLiteral("key-of-deactivated-user")) >= 0; }, budget::kServerMs))
        << "the sample data has a deactivated user with an active key";
    const int row = rowOf(QStringLiteral("key-of-deactivated-user"));
    const QString userId = view->table()
                               ->model()
                               ->index(row, 0)
                               .data(FindingsModel::KeyRole)
                               .toString()
                               .section(QLatin1Char('/'), 1, 1);
    select(row);
    EXPECT_EQ(view->fixAction()->text(), QStringLiteral("Deactivate Keys…"));
    view->fixAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return SignedInWindow::confirm(view, "confirmFix"); },
                                budget::kServerMs));
    const auto &state = console.sandbox().state();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const auto &k : state.keysOf(userId)) {
                if (k.active)
                    return false;
            }
            return true;
        },
        budget::kServerMs))
        << "every key of the user is off on the server";
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return rowOf(QStringLiteral("key-of-deactivated-user"), userId) < 0; },
        budget::kServerMs))
        << "the finding goes once the change is in";
}

TEST_F(FindingsScreen, FixStopsAReshareGrantThroughTheSharesOfTheGroup)
{
    const int row = rowOf(QStringLiteral("reshare-grant"));
    ASSERT_GE(row, 0) << "the sample data shares with the share right";
    const QString key =
        view->table()->model()->index(row, 0).data(FindingsModel::KeyRole).toString();
    const QString groupId = key.section(QLatin1Char('/'), 2, 2);
    const QString resourceId = key.section(QLatin1Char('/'), 3, 3);
    ASSERT_TRUE(console.sandbox().state().share(groupId, resourceId).has_value());
    select(row);
    EXPECT_EQ(view->fixAction()->text(), QStringLiteral("Stop Sharing…"));
    view->fixAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return SignedInWindow::confirm(view, "confirmFix"); },
                                budget::kServerMs));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return !console.sandbox().state().share(groupId, resourceId).has_value(); },
        budget::kServerMs));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return rowOf(QStringLiteral("reshare-grant"), resourceId) < 0; }, budget::kServerMs));
}

TEST_F(FindingsScreen, EachRuleIsShownByItsTitleWithItsIdInTheToolTipAndTheExports)
{
    QAbstractItemModel *m = view->table()->model();
    ASSERT_GT(m->rowCount(), 0);
    QSet<QString> seen;
    for (int row = 0; row < m->rowCount(); ++row) {
        const QModelIndex rule = m->index(row, FindingsModel::RuleColumn);
        const QString id = rule.data(ExportValueRole).toString();
        ASSERT_TRUE(FindingsRules::ruleIds().contains(id)) << id.toStdString();
        EXPECT_EQ(rule.data(Qt::ToolTipRole).toString(), id);
        const QString shown = rule.data().toString();
        EXPECT_EQ(shown, FindingsRules::title(id));
        EXPECT_NE(shown, id);
        EXPECT_FALSE(shown.contains(QLatin1Char('-')) && !shown.contains(QLatin1Char(' ')))
            << "an id, not a title: " << shown.toStdString();
        seen.insert(id);
    }
    EXPECT_GE(seen.size(), 4) << "the sample account shows several rules";
    // Every rule has a title of its own.
    QSet<QString> titles;
    for (const QString &id : FindingsRules::ruleIds())
        titles.insert(FindingsRules::title(id));
    EXPECT_EQ(titles.size(), FindingsRules::ruleIds().size());
}

TEST_F(FindingsScreen, DeactivateAllInactiveUsersLeavesTheExceptionsAndUndoTakesItBack)
{
    QStringList dormant;
    QAbstractItemModel *m = view->table()->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, FindingsModel::RuleColumn).data(ExportValueRole).toString() ==
            QStringLiteral("inactive-with-access"))
            dormant << m->index(row, FindingsModel::UserColumn).data().toString();
    }
    ASSERT_GE(dormant.size(), 2) << "the sandbox has inactive users with rights";
    auto *action = view->findChild<QAction *>(QStringLiteral("deactivateInactiveAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());

    DormantUsersDialog *dialog = view->deactivateDormantUsers();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->users()->count(), dormant.size());
    EXPECT_EQ(dialog->chosen().size(), dormant.size()); // all ticked to begin with
    // The first is an exception.
    QListWidgetItem *kept = dialog->users()->item(0);
    const QString keptId = kept->data(Qt::UserRole).toString();
    kept->setCheckState(Qt::Unchecked);
    EXPECT_EQ(dialog->chosen().size(), dormant.size() - 1);
    EXPECT_TRUE(clippedTexts(dialog).isEmpty()) << clippedTexts(dialog).join(u'\n').toStdString();

    bool deactivated = false;
    QObject::connect(dialog, &DormantUsersDialog::deactivated, [&] { deactivated = true; });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deactivateDormantButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(SignedInWindow::confirmWhenAsked(dialog, "confirmDormant"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return deactivated; }, budget::kServerMs));
    for (const QString &id : dormant)
        EXPECT_EQ(h->state().user(id)->active, id == keptId) << id.toStdString();
    dialog->close();

    ASSERT_TRUE(SignedInWindow::undo(
        window, QStringLiteral("Deactivate %1 inactive users").arg(dormant.size() - 1)));
    for (const QString &id : dormant)
        EXPECT_TRUE(h->state().user(id)->active) << id.toStdString();
}
