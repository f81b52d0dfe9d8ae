// The filter of the big tables: it looks in the columns a person searches, keeps the rows in
// their sort order through every keystroke, and follows later changes of the rows.
#include "ui/common/sortfilterproxy.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QStandardItemModel>
#include <QTest>

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

// A keystroke compares the text and sort keys the proxy keeps of each row: they follow every
// change of the rows, whether it came before the first keystroke or between two.
TEST(SortFilterProxy, WhatAKeystrokeComparesFollowsEveryChangeOfTheRows)
{
    QStandardItemModel source;
    SortFilterProxy proxy(Qt::DisplayRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&source);
    proxy.setTextColumns({0, 1});
    proxy.sort(0);
    // What a keystroke must give: the rows whose first two columns hold the text, by name.
    auto expected = [&source](const QString &text) {
        QStringList names;
        for (int row = 0; row < source.rowCount(); ++row) {
            if (source.item(row, 0)->text().contains(text, Qt::CaseInsensitive) ||
                source.item(row, 1)->text().contains(text, Qt::CaseInsensitive))
                names << source.item(row, 0)->text();
        }
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        return names;
    };
    auto typed = [&](const QString &text) {
        proxy.setFilterText(text);
        EXPECT_EQ(column(proxy, 0), expected(text)) << text.toStdString();
    };

    for (int i = 0; i < 40; ++i)
        addRow(source, QStringLiteral("Name %1").arg(i, 2, 10, QLatin1Char('0')),
               QStringLiteral("n%1@example.%2")
                   .arg(i)
                   .arg(i % 2 ? QStringLiteral("com") : QStringLiteral("org")),
               QStringLiteral("note"));
    typed(QStringLiteral("COM"));
    typed(QStringLiteral("name 1"));

    source.item(3, 0)->setText(QStringLiteral("aaron")); // the sort key of a row
    source.item(4, 1)->setText(QStringLiteral("found@here.com"));
    typed(QStringLiteral("found"));
    typed(QStringLiteral("com"));
    QTest::qWait(400); // the rows settle: sorted by their ranks from now on
    typed(QStringLiteral("name"));
    typed({});
    proxy.sort(0, Qt::DescendingOrder);
    QTest::qWait(400);
    proxy.setFilterText(QStringLiteral("name 0"));
    EXPECT_EQ(column(proxy, 0).first(), QStringLiteral("Name 09"));
    EXPECT_EQ(column(proxy, 0).last(), QStringLiteral("Name 00"));
    proxy.sort(0);
    source.removeRows(0, 5);
    typed(QStringLiteral("ORG"));
    source.insertRow(2, {new QStandardItem(QStringLiteral("Zed")),
                         new QStandardItem(QStringLiteral("zed@example.org")),
                         new QStandardItem(QStringLiteral("note"))});
    typed(QStringLiteral("org"));
    typed(QStringLiteral("note")); // not a searched column
    typed({});

    source.clear();
    addRow(source, QStringLiteral("after"), QStringLiteral("reset@example.org"), QString());
    typed(QStringLiteral("reset"));
    QCoreApplication::processEvents(); // the keys are read again when nothing else is to do
    addRow(source, QStringLiteral("Before"), QStringLiteral("reset@example.com"), QString());
    typed(QStringLiteral("RESET"));

    proxy.sort(1, Qt::DescendingOrder); // by e-mail now
    proxy.setFilterText(QStringLiteral("reset"));
    EXPECT_EQ(column(proxy, 1), (QStringList{QStringLiteral("reset@example.org"),
                                             QStringLiteral("reset@example.com")}));
}
