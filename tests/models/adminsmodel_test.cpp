#include "models/account/accountstate.h"
#include "models/reseller/adminsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace ionos;

TEST(AdminsModel, LoadInsertEditAndRemoveSendTheRightSignals)
{
    AccountState state;
    KeyedRows<Admin, qint64> &admins = state.admins();
    AdminsModel model(state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    admins.reset(
        {Admin{7, QStringLiteral("Ada"), QStringLiteral("Byron"),
               QStringLiteral("ada@example.net")},
         Admin{9, QStringLiteral("Bo"), QStringLiteral("Xu"), QStringLiteral("bo@example.net")}});
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.index(0, AdminsModel::IdColumn).data().toString(), QStringLiteral("7"));
    EXPECT_EQ(model.index(1, AdminsModel::IdColumn).data(AdminsModel::SortRole).toLongLong(), 9);
    admins.insert(Admin{Q_INT64_C(9007199254740993), QStringLiteral("Cy"), QStringLiteral("Z"),
                        QStringLiteral("cy@example.net")});
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.index(2, AdminsModel::IdColumn).data().toString(),
              QStringLiteral("9007199254740993"));
    admins.update(
        Admin{9, QStringLiteral("Bo"), QStringLiteral("Xu"), QStringLiteral("new@example.net")});
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).toModelIndex().row(), 1);
    admins.remove(7);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(model.admin(9)->email, QStringLiteral("new@example.net"));
    EXPECT_EQ(reset.count(), 1);
}
