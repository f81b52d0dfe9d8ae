// The users controller against the sandbox: load, create, change and delete, with the model
// updated in place only when the server reports DONE, and every change in the activity log.
#include "budgets.h"
#include "clientharness.h"
#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/users/userscontroller.h"
#include "models/users/usersmodel.h"
#include "sampledrafts.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class UsersControllerTest : public ::testing::Test
{
protected:
    explicit UsersControllerTest(int doneMs = 150)
        : h(options(doneMs))
    {}
    static sandbox::SandboxOptions options(int doneMs)
    {
        sandbox::SandboxOptions o = SandboxHarness::testOptions();
        o.requestDoneMs = doneMs;
        return o;
    }
    void load()
    {
        QSignalSpy loading(&controller, &UsersController::loadingChanged);
        controller.load();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !controller.isLoading(); }, budget::kServerMs));
        ASSERT_EQ(model.rowCount(), 30);
    }

    ClientHarness h;
    AccountState state;
    UsersModel model{state.users()};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    ActivityModel activity;
    UsersController controller{h.client(), state, activity};
};

} // namespace

TEST_F(UsersControllerTest, LoadsEveryUserWithProgress)
{
    QSignalSpy progress(&controller, &UsersController::loadProgress);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    load();
    EXPECT_EQ(reset.count(), 1);
    EXPECT_GE(progress.count(), 1);
    EXPECT_EQ(model.at(0).id, h.state().userOrder().first());
}

TEST_F(UsersControllerTest, ACreatedUserAppearsWhenDoneAndIsLogged)
{
    load();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    std::optional<Result<User>> result;
    controller.create(sampleUserDraft(QStringLiteral("mh@example.com")), nullptr,
                      [&](const Result<User> &r) { result = r; });
    EXPECT_EQ(inserted.count(), 0) << "not before the server is done";
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, budget::kServerMs));
    ASSERT_TRUE(result->ok()) << result->error().message.toStdString();
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.rowCount(), 31);
    EXPECT_EQ(activity.rowCount(), 1);
    EXPECT_EQ(activity.status(1), ActivityModel::Status::Done);
    EXPECT_FALSE(activity.index(0, ActivityModel::RequestColumn).data().toString().isEmpty())
        << "the request id";
}

TEST_F(UsersControllerTest, AFailedCreateKeepsTheServersWordsAndCanBeRetried)
{
    load();
    const QString taken = model.at(0).email;
    std::optional<Result<User>> result;
    controller.create(sampleUserDraft(taken), nullptr, [&](const Result<User> &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, budget::kServerMs));
    ASSERT_FALSE(result->ok());
    EXPECT_EQ(result->error().httpStatus, 422);
    EXPECT_TRUE(result->error().serverMessage.contains(taken));
    EXPECT_EQ(activity.status(1), ActivityModel::Status::Failed);
    EXPECT_TRUE(activity.index(0, ActivityModel::MessageColumn).data().toString().contains(taken));
    EXPECT_TRUE(activity.retry(0));
    EXPECT_EQ(activity.rowCount(), 2) << "the retry is a new entry";
    EXPECT_EQ(model.rowCount(), 30);
}

TEST_F(UsersControllerTest, AnEditIsPendingThenUpdatesOneRow)
{
    load();
    const User first = model.at(0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    UserDraft d = sampleUserDraft(QStringLiteral("renamed@example.com"));
    d.password.reset();
    std::optional<Result<User>> result;
    controller.update(first.id, d, nullptr, [&](const Result<User> &r) { result = r; });
    EXPECT_TRUE(model.index(0, 0).data(UsersModel::PendingRole).toBool());
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, budget::kServerMs));
    ASSERT_TRUE(result->ok()) << result->error().message.toStdString();
    EXPECT_FALSE(model.index(0, 0).data(UsersModel::PendingRole).toBool());
    EXPECT_EQ(model.index(0, UsersModel::EmailColumn).data().toString(),
              QStringLiteral("renamed@example.com"));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(h.state().user(first.id)->email, QStringLiteral("renamed@example.com"));
}

TEST_F(UsersControllerTest, DeletingSeveralReportsEachResult)
{
    load();
    const QString a = model.at(0).id;
    const QString b = model.at(1).id;
    h.server().injectFaultFor("DELETE", sandbox::Fault::ServerError);
    QSignalSpy finished(&controller, &UsersController::removeFinished);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    controller.remove({a, b});
    ASSERT_TRUE(finished.wait(budget::kServerMs));
    const auto results = finished.last().at(0).value<QList<ItemResult>>();
    ASSERT_EQ(results.size(), 2);
    const int failures = int(
        std::count_if(results.begin(), results.end(), [](const ItemResult &r) { return !r.ok; }));
    EXPECT_EQ(failures, 1);
    for (const ItemResult &r : results) {
        if (!r.ok) {
            EXPECT_TRUE(r.message.contains(QStringLiteral("internal error")));
        }
    }
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(model.rowCount(), 29);
    EXPECT_EQ(int(h.state().userOrder().size()), 29);
}
