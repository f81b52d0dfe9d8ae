// The users table and the activity log under QAbstractItemModelTester, with the signals each
// kind of change must send.
#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/users/usersmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

User user(const QString &id, const QString &email)
{
    User u;
    u.id = id;
    u.firstname = QStringLiteral("First ") + id;
    u.lastname = QStringLiteral("Last");
    u.email = email;
    u.forceSecAuth = id == QStringLiteral("b");
    u.created = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
    return u;
}

} // namespace

TEST(UsersModel, LoadInsertEditAndRemoveSendTheRightSignals)
{
    AccountState state;
    KeyedRows<User> &users = state.users();
    UsersModel model(users);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    users.reset({user(QStringLiteral("a"), QStringLiteral("a@example.com")),
                 user(QStringLiteral("b"), QStringLiteral("b@example.com")),
                 user(QStringLiteral("c"), QStringLiteral("c@example.com"))});
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(1, UsersModel::EmailColumn).data().toString(),
              QStringLiteral("b@example.com"));
    EXPECT_EQ(model.index(1, UsersModel::ForceSecAuthColumn).data(UsersModel::SortRole).toBool(),
              true);
    EXPECT_EQ(model.index(0, UsersModel::LastLoginColumn).data().toString(),
              QStringLiteral("Never"));

    users.insert(user(QStringLiteral("d"), QStringLiteral("d@example.com")));
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.last().at(1).toInt(), 3);
    EXPECT_EQ(reset.count(), 1) << "a single change never resets";

    User edited = *model.user(QStringLiteral("b"));
    edited.email = QStringLiteral("new@example.com");
    users.update(edited);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).toModelIndex().row(), 1);
    EXPECT_EQ(changed.last().at(1).toModelIndex().row(), 1);
    EXPECT_EQ(model.index(1, UsersModel::EmailColumn).data().toString(),
              QStringLiteral("new@example.com"));

    users.setPending(QStringLiteral("c"), true);
    EXPECT_TRUE(model.index(2, 0).data(UsersModel::PendingRole).toBool());
    EXPECT_TRUE(model.index(2, 0).data(Qt::FontRole).value<QFont>().italic());

    users.remove(QStringLiteral("b"));
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.last().at(1).toInt(), 1);
    EXPECT_EQ(model.rowOf(QStringLiteral("c")), 1) << "the index follows removals";
    EXPECT_EQ(model.rowOf(QStringLiteral("d")), 2);
    EXPECT_TRUE(model.index(1, 0).data(UsersModel::PendingRole).toBool());
    EXPECT_EQ(reset.count(), 1);
}

TEST(UsersModel, DragsCarryTheUserIds)
{
    KeyedRows<User> users([](const User &u) { return u.id; });
    UsersModel model(users);
    users.reset({user(QStringLiteral("a"), QStringLiteral("a@example.com")),
                 user(QStringLiteral("b"), QStringLiteral("b@example.com"))});
    EXPECT_TRUE(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> mime(
        model.mimeData({model.index(0, 0), model.index(0, 2), model.index(1, 1)}));
    EXPECT_EQ(QString::fromUtf8(mime->data(QString::fromLatin1(UsersModel::userIdsMimeType()))),
              QStringLiteral("a\nb"));
}

TEST(ActivityModel, RecordsRunsFinishesFailsAndRetries)
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int a = model.record(QStringLiteral("Create user"), QStringLiteral("a@example.com"));
    const int b = model.record(QStringLiteral("Delete user"), QStringLiteral("b@example.com"));
    EXPECT_EQ(inserted.count(), 2);
    EXPECT_EQ(model.status(a), ActivityModel::Status::Queued);
    model.setRunning(a, QStringLiteral("req-1"));
    EXPECT_EQ(model.index(0, ActivityModel::RequestColumn).data().toString(),
              QStringLiteral("req-1"));
    EXPECT_EQ(model.index(0, ActivityModel::StatusColumn).data().toString(),
              QStringLiteral("Running"));
    model.setDone(a);
    int retried = 0;
    model.setFailed(b, QStringLiteral("The server said no."), [&] { ++retried; });
    EXPECT_EQ(model.index(1, ActivityModel::MessageColumn).data().toString(),
              QStringLiteral("The server said no."));
    EXPECT_TRUE(model.index(1, 0).data(ActivityModel::RetryableRole).toBool());
    EXPECT_FALSE(model.index(0, 0).data(ActivityModel::RetryableRole).toBool());
    EXPECT_FALSE(model.retry(0));
    EXPECT_TRUE(model.retry(1));
    EXPECT_EQ(retried, 1);
    EXPECT_FALSE(model.retry(1)) << "a retry runs once";
    EXPECT_GE(changed.count(), 4);
}
