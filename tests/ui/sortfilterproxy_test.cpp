// The filter of the big tables: it looks in the columns a person searches, keeps the rows in
// their sort order through every keystroke, and follows later changes of the rows.
#include "ui/common/sortfilterproxy.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

QStringList column(const QAbstractItemModel &model, int c)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, c).data().toString();
    return out;
}

void addRow(QStandardItemModel &model, const QString &name, const QString &email,
            const QString &note)
{
    model.appendRow({new QStandardItem(name), new QStandardItem(email), new QStandardItem(note)});
}

} // namespace

TEST(SortFilterProxy, LooksInTheTextColumnsAndKeepsTheSortOrderThroughEveryKeystroke)
{
    QStandardItemModel source;
    addRow(source, QStringLiteral("delta"), QStringLiteral("d@example.com"), QStringLiteral("x"));
    addRow(source, QStringLiteral("Alpha"), QStringLiteral("a@example.org"), QStringLiteral("x"));
    addRow(source, QStringLiteral("charlie"), QStringLiteral("c@example.org"),
           QStringLiteral("org"));
    addRow(source, QStringLiteral("Bravo"), QStringLiteral("b@example.com"), QStringLiteral("x"));
    SortFilterProxy proxy(Qt::DisplayRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&source);
    proxy.setTextColumns({0, 1});
    proxy.sort(0);
    EXPECT_EQ(column(proxy, 0), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                                             QStringLiteral("charlie"), QStringLiteral("delta")}))
        << "sorted without regard to case";

    proxy.setFilterText(QStringLiteral("ORG"));
    EXPECT_EQ(column(proxy, 0), (QStringList{QStringLiteral("Alpha"), QStringLiteral("charlie")}))
        << "in the e-mail, without case; the third column is not searched";
    proxy.setFilterText(QStringLiteral("a@"));
    EXPECT_EQ(column(proxy, 0), (QStringList{QStringLiteral("Alpha")}));
    proxy.setFilterText({});
    EXPECT_EQ(column(proxy, 0).size(), 4);
    EXPECT_EQ(column(proxy, 0).first(), QStringLiteral("Alpha"));
    EXPECT_EQ(column(proxy, 0).last(), QStringLiteral("delta"));

    // Changes after a keystroke are sorted in as usual.
    proxy.setFilterText(QStringLiteral("example"));
    addRow(source, QStringLiteral("echo"), QStringLiteral("e@example.com"), QStringLiteral("x"));
    source.item(1, 0)->setText(QStringLiteral("zulu"));
    EXPECT_EQ(column(proxy, 0), (QStringList{QStringLiteral("Bravo"), QStringLiteral("charlie"),
                                             QStringLiteral("delta"), QStringLiteral("echo"),
                                             QStringLiteral("zulu")}));
    proxy.sort(0, Qt::DescendingOrder);
    proxy.setFilterText(QStringLiteral("com"));
    EXPECT_EQ(column(proxy, 0), (QStringList{QStringLiteral("echo"), QStringLiteral("delta"),
                                             QStringLiteral("Bravo")}));
}
