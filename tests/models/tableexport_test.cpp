#include "models/account/accountstate.h"
#include "models/resources/resourcesmodel.h"
#include "models/tableexport.h"
#include "models/users/usersmodel.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QStringList>

using namespace ionos;

namespace {

// A strict RFC 4180 reader, as a spreadsheet program reads the file: quoted fields may hold
// commas, doubled quotes and line breaks; records end with CRLF.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "a BOM tells spreadsheets it is UTF-8";
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            EXPECT_TRUE(field.isEmpty()) << "a quote inside an unquoted field";
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            EXPECT_NE(c, QLatin1Char('\n')) << "a bare line break outside quotes";
            field += c;
        }
    }
    EXPECT_FALSE(quoted);
    EXPECT_TRUE(record.isEmpty() && field.isEmpty()) << "the last record ends with CRLF";
    return records;
}

const QList<QStringList> &trickyRows()
{
    static const QList<QStringList> rows = {
        {QStringLiteral("Müller, Anna"), QStringLiteral("said \"hi\""), QStringLiteral("x")},
        {QStringLiteral("two\nlines"), QString(), QStringLiteral("Ærø")},
        {QStringLiteral("\"quoted\""), QStringLiteral("a,b,\"c\"\r\nd"), QStringLiteral(" lead")},
        {QStringLiteral("=SUM(A1)"), QStringLiteral("日本語"), QStringLiteral("tab\there")},
    };
    return rows;
}

QStandardItemModel *trickyModel()
{
    auto *model = new QStandardItemModel(int(trickyRows().size()), 3);
    model->setHorizontalHeaderLabels(
        {QStringLiteral("Name, full"), QStringLiteral("Note \"x\""), QStringLiteral("Plain")});
    for (int r = 0; r < trickyRows().size(); ++r) {
        for (int c = 0; c < 3; ++c)
            model->setItem(r, c, new QStandardItem(trickyRows().at(r).at(c)));
    }
    return model;
}

} // namespace

TEST(TableExport, CsvQuotesWhatSpreadsheetsNeed)
{
    QStandardItemModel model(1, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Name"), QStringLiteral("Note"), QStringLiteral("Plain")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("Müller, Anna")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("said \"hi\"")));
    model.setItem(0, 2, new QStandardItem(QStringLiteral("x")));
    EXPECT_EQ(toCsv(model), QByteArray("\xEF\xBB\xBFName,Note,Plain\r\n"
                                       "\"Müller, Anna\",\"said \"\"hi\"\"\",x\r\n"));
}

TEST(TableExport, CsvRoundTripsCommasQuotesLineBreaksAndUnicode)
{
    std::unique_ptr<QStandardItemModel> model(trickyModel());
    const QList<QStringList> records = parseCsv(toCsv(*model));
    ASSERT_EQ(records.size(), trickyRows().size() + 1);
    EXPECT_EQ(records.at(0), (QStringList{QStringLiteral("Name, full"),
                                          QStringLiteral("Note \"x\""), QStringLiteral("Plain")}));
    for (int r = 0; r < trickyRows().size(); ++r)
        EXPECT_EQ(records.at(r + 1), trickyRows().at(r)) << "row " << r;
}

TEST(TableExport, JsonRoundTripsTheSameValues)
{
    std::unique_ptr<QStandardItemModel> model(trickyModel());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(toJson(*model), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonArray rows = doc.array();
    ASSERT_EQ(rows.size(), trickyRows().size());
    for (int r = 0; r < trickyRows().size(); ++r) {
        const QJsonObject row = rows.at(r).toObject();
        EXPECT_EQ(row.keys(), (QStringList{QStringLiteral("nameFull"), QStringLiteral("noteX"),
                                           QStringLiteral("plain")}));
        EXPECT_EQ(row.value(QStringLiteral("nameFull")).toString(), trickyRows().at(r).at(0));
        EXPECT_EQ(row.value(QStringLiteral("noteX")).toString(), trickyRows().at(r).at(1));
        EXPECT_EQ(row.value(QStringLiteral("plain")).toString(), trickyRows().at(r).at(2));
    }
}

TEST(TableExport, UsersExportWithStableKeysAndTypedValues)
{
    AccountState state;
    UsersModel model(state.users());
    User anna;
    anna.id = QStringLiteral("u1");
    anna.firstname = QStringLiteral("Anna, \"Ann\"");
    anna.lastname = QStringLiteral("Müller");
    anna.email = QStringLiteral("anna@example.com");
    anna.administrator = true;
    anna.active = false;
    anna.created = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    User ben;
    ben.id = QStringLiteral("u2");
    ben.firstname = QStringLiteral("Ben");
    ben.email = QStringLiteral("ben@example.com");
    state.users().reset({anna, ben});

    const QJsonArray rows = QJsonDocument::fromJson(toJson(model)).array();
    ASSERT_EQ(rows.size(), 2);
    const QJsonObject first = rows.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("firstName")).toString(), anna.firstname);
    EXPECT_EQ(first.value(QStringLiteral("email")).toString(), anna.email);
    EXPECT_EQ(first.value(QStringLiteral("administrator")), QJsonValue(true));
    EXPECT_EQ(first.value(QStringLiteral("active")), QJsonValue(false));
    EXPECT_EQ(first.value(QStringLiteral("created")).toString(),
              QStringLiteral("2026-03-04T05:06:07Z"));
    EXPECT_TRUE(first.value(QStringLiteral("lastLogin")).isNull()) << "never logged in";
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("administrator")), QJsonValue(false));

    const QList<QStringList> records = parseCsv(toCsv(model));
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records.at(0).at(UsersModel::EmailColumn), QStringLiteral("E-mail"));
    EXPECT_EQ(records.at(1).at(UsersModel::FirstNameColumn), anna.firstname);
    EXPECT_EQ(records.at(1).at(UsersModel::AdministratorColumn), QStringLiteral("Yes"));
}

TEST(TableExport, ATreeExportsItsLeavesWithTheirParentAsFirstColumn)
{
    AccountState state;
    ResourcesModel model(state);
    Resource dc;
    dc.id = QStringLiteral("d1");
    dc.type = QStringLiteral("datacenter");
    dc.name = QStringLiteral("prod, eu");
    dc.secAuthProtection = true;
    Resource image;
    image.id = QStringLiteral("i1");
    image.type = QStringLiteral("image");
    image.name = QStringLiteral("debian");
    state.setResources({dc, image});

    const QList<QStringList> records = parseCsv(toCsv(model));
    ASSERT_EQ(records.size(), 3) << "the type nodes are not rows of their own";
    EXPECT_EQ(records.at(0).first(), QStringLiteral("Type"));
    EXPECT_EQ(records.at(1).at(0), QStringLiteral("Data centers (1)"));
    EXPECT_EQ(records.at(1).at(1), QStringLiteral("prod, eu"));
    EXPECT_EQ(records.at(2).at(1), QStringLiteral("debian"));

    const QJsonArray rows = QJsonDocument::fromJson(toJson(model)).array();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("type")).toString(),
              QStringLiteral("datacenter"));
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("secAuthProtection")), QJsonValue(true));
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("i1"));
}

TEST(TableExport, TheFileNameChoosesTheFormat)
{
    EXPECT_EQ(exportFormatForPath(QStringLiteral("/tmp/users.JSON")), ExportFormat::Json);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("/tmp/users.csv")), ExportFormat::Csv);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("/tmp/users")), ExportFormat::Csv);
}
