// The privilege matrix: edited in place, staged, applied with one PUT per changed group, and
// each cell showing pending, applied or failed.
#include "budgets.h"
#include "clientharness.h"
#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/privilegematrixmodel.h"
#include "network/privileges.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;
using State = PrivilegeMatrixModel::CellState;

namespace {

State stateOf(const PrivilegeMatrixModel &m, int row, int column)
{
    return State(m.index(row, column).data(PrivilegeMatrixModel::CellStateRole).toInt());
}

bool checked(const PrivilegeMatrixModel &m, int row, int column)
{
    return m.index(row, column).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

void toggle(PrivilegeMatrixModel &m, int row, int column)
{
    m.setData(m.index(row, column), checked(m, row, column) ? Qt::Unchecked : Qt::Checked,
              Qt::CheckStateRole);
}

} // namespace

TEST(PrivilegeMatrix, StagesAndDiscardsChangesAndFollowsTheGroups)
{
    AccountState state;
    GroupsModel groups(state);
    PrivilegeMatrixModel matrix(groups);
    QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Group a;
    a.id = QStringLiteral("a");
    a.name = QStringLiteral("Ops");
    a.privileges.setAt(0, true);
    Group b;
    b.id = QStringLiteral("b");
    b.name = QStringLiteral("Dev");
    state.groups().reset({a, b});
    EXPECT_EQ(matrix.rowCount(), 2);
    EXPECT_EQ(matrix.columnCount(), 26) << "the 25 privileges, then the members";
    EXPECT_EQ(PrivilegeMatrixModel::membersColumn(), 25);
    EXPECT_FALSE(matrix.flags(matrix.index(0, 25)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(matrix.setData(matrix.index(0, 25), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(matrix.headerData(0, Qt::Horizontal).toString(), Privileges::all().first().label());
    EXPECT_EQ(matrix.headerData(1, Qt::Vertical).toString(), QStringLiteral("Dev"));
    EXPECT_TRUE(checked(matrix, 0, 0));
    EXPECT_TRUE(matrix.flags(matrix.index(0, 0)) & Qt::ItemIsUserCheckable);

    QSignalSpy staged(&matrix, &PrivilegeMatrixModel::stagedChangesChanged);
    QSignalSpy changed(&matrix, &QAbstractItemModel::dataChanged);
    toggle(matrix, 0, 0);
    toggle(matrix, 1, 5);
    EXPECT_FALSE(checked(matrix, 0, 0));
    EXPECT_EQ(stateOf(matrix, 0, 0), State::Pending);
    EXPECT_EQ(stateOf(matrix, 1, 5), State::Pending);
    EXPECT_EQ(stateOf(matrix, 1, 6), State::Unchanged);
    EXPECT_EQ(changed.count(), 2) << "one cell each";
    EXPECT_TRUE(staged.last().at(0).toBool());
    const auto changes = matrix.stagedChanges();
    EXPECT_EQ(changes.value(QStringLiteral("a")).value(Privileges::all().at(0).key), false);
    EXPECT_EQ(changes.value(QStringLiteral("b")).value(Privileges::all().at(5).key), true);

    toggle(matrix, 1, 5); // back to what the server has
    EXPECT_EQ(stateOf(matrix, 1, 5), State::Unchanged);
    EXPECT_FALSE(matrix.stagedChanges().contains(QStringLiteral("b")));

    Group c;
    c.id = QStringLiteral("c");
    c.name = QStringLiteral("New");
    state.addGroup(c);
    EXPECT_EQ(matrix.rowCount(), 3);
    state.removeGroup(QStringLiteral("b"));
    EXPECT_EQ(matrix.rowCount(), 2);
    EXPECT_EQ(matrix.headerData(1, Qt::Vertical).toString(), QStringLiteral("New"));
    EXPECT_EQ(stateOf(matrix, 0, 0), State::Pending) << "staged cells survive other rows' changes";

    matrix.discard();
    EXPECT_TRUE(checked(matrix, 0, 0));
    EXPECT_FALSE(matrix.hasStagedChanges());
    EXPECT_FALSE(staged.last().at(0).toBool());
}

TEST(PrivilegeMatrix, ApplyWritesOnePutPerChangedGroupAndMarksEachCell)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.requestDoneMs = 50;
    ClientHarness h(o);
    h.reconfigure([](ConnectionSettings &s) { s.retry.maxAttempts = 1; });
    AccountState state;
    GroupsModel groups(state);
    ActivityModel activity;
    GroupsController controller(h.client(), state, activity);
    PrivilegeMatrixModel matrix(groups);
    QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::Fatal);
    controller.load();
    ASSERT_TRUE(QTest::qWaitFor([&] { return groups.rowCount() == 6; }, budget::kServerMs));
    QTest::qWait(200); // the counts load too

    const QString g0 = groups.at(0).id;
    const QString g1 = groups.at(1).id;
    const QString g2 = groups.at(2).id;
    const bool before0 = h.state().group(g0)->privileges.value(Privileges::all().at(3).key);
    toggle(matrix, 0, 3);
    toggle(matrix, 1, 7);
    toggle(matrix, 1, 8);
    toggle(matrix, 2, 1);
    const QMap<QString, bool> untouched1 = h.state().group(g1)->privileges;

    // The first PUT fails on the server; the others go through.
    h.server().clearRequestLog();
    h.server().injectFaultFor("PUT", sandbox::Fault::ServerError);
    QSignalSpy applied(&controller, &GroupsController::matrixApplied);
    controller.applyMatrix(matrix);
    EXPECT_EQ(stateOf(matrix, 0, 3), State::Applying);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !applied.isEmpty(); }, budget::kServerMs));
    const auto results = applied.last().at(0).value<QList<ItemResult>>();
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(
        std::count_if(results.begin(), results.end(), [](const ItemResult &r) { return !r.ok; }),
        1);

    int puts = 0;
    for (const auto &r : h.server().requestLog())
        puts += r.method == "PUT";
    EXPECT_EQ(puts, 3) << "one full PUT per changed group";

    int failedRows = 0;
    for (int row = 0; row < 3; ++row) {
        const int column = row == 0 ? 3 : (row == 1 ? 7 : 1);
        const State s = stateOf(matrix, row, column);
        EXPECT_TRUE(s == State::Applied || s == State::Failed);
        failedRows += s == State::Failed;
        if (s == State::Failed) {
            EXPECT_TRUE(matrix.index(row, column)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("internal error")));
        }
    }
    EXPECT_EQ(failedRows, 1);
    EXPECT_TRUE(matrix.hasStagedChanges())
        << "the failed group's changes stay staged for another try";
    EXPECT_EQ(matrix.stagedChanges().size(), 1);

    // What reached the server is exactly what was applied, and nothing else changed.
    const bool ok0 = stateOf(matrix, 0, 3) == State::Applied;
    EXPECT_EQ(h.state().group(g0)->privileges.value(Privileges::all().at(3).key),
              ok0 ? !before0 : before0);
    if (stateOf(matrix, 1, 7) == State::Applied) {
        QMap<QString, bool> expected = untouched1;
        expected[Privileges::all().at(7).key] = !expected[Privileges::all().at(7).key];
        expected[Privileges::all().at(8).key] = !expected[Privileges::all().at(8).key];
        EXPECT_EQ(h.state().group(g1)->privileges, expected);
    }
    // An applied cell shows the server's value; a failed one still shows the staged value.
    const bool server21 = h.state().group(g2)->privileges.value(Privileges::all().at(1).key);
    if (stateOf(matrix, 2, 1) == State::Applied) {
        EXPECT_EQ(checked(matrix, 2, 1), server21);
    } else {
        EXPECT_EQ(checked(matrix, 2, 1), !server21);
    }
}
