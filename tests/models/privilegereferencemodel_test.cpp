#include "models/privilegereferencemodel.h"
#include "network/privileges.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

TEST(PrivilegeReferenceModel, PassesTheModelTesterAndShowsTheTable)
{
    ionos::PrivilegeReferenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 25);
    ASSERT_EQ(model.columnCount(), ionos::PrivilegeReferenceModel::ColumnCount);
    for (int row = 0; row < model.rowCount(); ++row) {
        const ionos::Privilege &p = ionos::Privileges::all().at(row);
        EXPECT_EQ(model.index(row, ionos::PrivilegeReferenceModel::KeyColumn).data().toString(),
                  p.key);
        EXPECT_EQ(model.index(row, ionos::PrivilegeReferenceModel::LabelColumn).data().toString(),
                  p.label());
        // The label's tool tip explains it and gives the key as the API spells it.
        const QString tip = model.index(row, ionos::PrivilegeReferenceModel::LabelColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        EXPECT_TRUE(tip.startsWith(p.explanation())) << tip.toStdString();
        EXPECT_TRUE(tip.endsWith(p.key)) << tip.toStdString();
        EXPECT_EQ(model.index(row, ionos::PrivilegeReferenceModel::ExplanationColumn)
                      .data(Qt::ToolTipRole)
                      .toString(),
                  p.explanation());
    }
    EXPECT_EQ(
        model.headerData(ionos::PrivilegeReferenceModel::AreaColumn, Qt::Horizontal).toString(),
        QStringLiteral("Area"));
}
