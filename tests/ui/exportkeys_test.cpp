// Every table's export has keys that do not change with the language: each model is exported as
// JSON in English and in German, and the keys must be the same (and the headers must differ, so
// that the German run really was German).
#include "models/access/accessengine.h"
#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/privilegematrixmodel.h"
#include "models/groups/sharesmodel.h"
#include "models/keys/keysreportmodel.h"
#include "models/keys/objectstoragekeysmodel.h"
#include "models/privilegereferencemodel.h"
#include "models/reseller/adminsmodel.h"
#include "models/resources/ownershipmodel.h"
#include "models/resources/reachmodel.h"
#include "models/resources/resourcesmodel.h"
#include "models/tableexport.h"
#include "models/users/usersmodel.h"
#include "ui/common/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

// Every table of the console, with a row or two each.
struct Tables
{
    Tables()
    {
        User ada;
        ada.id = QStringLiteral("u1");
        ada.firstname = QStringLiteral("Ada");
        ada.lastname = QStringLiteral("Lovelace");
        ada.email = QStringLiteral("ada@example.com");
        ada.created = QDateTime::currentDateTimeUtc();
        state.users().reset({ada});
        state.setUsersComplete(); // a complete load: who can reach what is known
        Group ops;
        ops.id = QStringLiteral("g1");
        ops.name = QStringLiteral("Ops");
        ops.privileges.setAt(0, true);
        state.groups().reset({ops});
        shareRows.reset({GroupShare{QStringLiteral("r1"), true, false}});
        Resource dc;
        dc.id = QStringLiteral("r1");
        dc.type = QStringLiteral("datacenter");
        dc.name = QStringLiteral("Frankfurt");
        dc.createdByUserId = ada.id;
        state.setResources({dc});
        state.setMembers(ops.id, QStringList{ada.id});
        state.setShares(ops.id, {GroupShare{dc.id, true, false}});
        reach.showResource(dc.id);
        state.admins().reset({Admin{7, QStringLiteral("Bo"), QStringLiteral("Xu"),
                                    QStringLiteral("bo@example.net")}});
        activity.setFailed(activity.record(QStringLiteral("Create user"), ada.email),
                           QStringLiteral("refused"));
        const ObjectStorageKey key{QStringLiteral("00ca413c94eecc56857d"), ada.id, true,
                                   QDateTime::currentDateTimeUtc().addDays(-40),
                                   QDateTime::currentDateTimeUtc()};
        state.setKeys(ada.id, {key});
        keyRows.reset({key});
        AccessFacts facts;
        facts.users = state.users().all();
        facts.keys = state.keys();
        keysReport.show(facts, QDateTime::currentDateTimeUtc());
    }

    QList<std::pair<const char *, const QAbstractItemModel *>> all() const
    {
        return {{"users", &users},          {"groups", &groups},        {"members", &users},
                {"shares", &shares},        {"resources", &resources},  {"ownership", &ownership},
                {"reach", &reach},          {"admins", &admins},        {"matrix", &matrix},
                {"activity", &activity},    {"privileges", &reference}, {"keys", &keys},
                {"keysReport", &keysReport}};
    }

    AccountState state;
    UsersModel users{state.users()};
    GroupsModel groups{state};
    KeyedRows<GroupShare> shareRows{[](const GroupShare &s) { return s.resourceId; }};
    SharesModel shares{shareRows};
    ResourcesModel resources{state};
    AccessEngine engine{[this] {
                            return AccessFacts{state.users().all(),     state.groups().all(),
                                               state.memberships(),     state.shares(),
                                               state.resources().all(), state.keys()};
                        },
                        [] { return true; }};
    OwnershipModel ownership{resources};
    ReachModel reach{engine};
    AdminsModel admins{state};
    PrivilegeMatrixModel matrix{groups};
    ActivityModel activity;
    PrivilegeReferenceModel reference;
    KeyedRows<ObjectStorageKey> keyRows{[](const ObjectStorageKey &k) { return k.id; }};
    ObjectStorageKeysModel keys{keyRows};
    KeysReportModel keysReport;
};

QStringList keysOf(const QAbstractItemModel &model)
{
    const QJsonArray rows = QJsonDocument::fromJson(exportTable(model, ExportFormat::Json)).array();
    EXPECT_FALSE(rows.isEmpty());
    return rows.isEmpty() ? QStringList() : rows.first().toObject().keys();
}

QStringList headersOf(const QAbstractItemModel &model)
{
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    return headers;
}

class ExportKeys : public ::testing::Test
{
protected:
    void TearDown() override { Translations::use(QStringLiteral("en")); }
};

} // namespace

TEST_F(ExportKeys, AreTheSameInEnglishAndGerman)
{
    Tables tables;
    ASSERT_TRUE(Translations::use(QStringLiteral("en")));
    QMap<QString, QStringList> english;
    QMap<QString, QStringList> englishHeaders;
    for (const auto &[name, model] : tables.all()) {
        english.insert(QString::fromLatin1(name), keysOf(*model));
        englishHeaders.insert(QString::fromLatin1(name), headersOf(*model));
    }
    ASSERT_TRUE(Translations::use(QStringLiteral("de")));
    for (const auto &[name, model] : tables.all()) {
        const QString table = QString::fromLatin1(name);
        EXPECT_EQ(keysOf(*model), english.value(table)) << name;
        EXPECT_NE(headersOf(*model), englishHeaders.value(table)) << name << " is not German";
    }
}

TEST_F(ExportKeys, TheMatrixExportsEachGroupWithItsIdNameAndTheApisPrivilegeKeys)
{
    Tables tables;
    ASSERT_TRUE(Translations::use(QStringLiteral("de")));
    const QJsonArray rows =
        QJsonDocument::fromJson(exportTable(tables.matrix, ExportFormat::Json)).array();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject ops = rows.first().toObject();
    EXPECT_EQ(ops.value(QStringLiteral("id")).toString(), QStringLiteral("g1"));
    EXPECT_EQ(ops.value(QStringLiteral("name")).toString(), QStringLiteral("Ops"));
    EXPECT_EQ(ops.value(QStringLiteral("createDatacenter")), QJsonValue(true));
    EXPECT_EQ(ops.value(QStringLiteral("createSnapshot")), QJsonValue(false));
    EXPECT_TRUE(ops.contains(QStringLiteral("members"))) << "the members column, by its key";
    EXPECT_EQ(ops.size(), 2 + 25 + 1);
}

TEST_F(ExportKeys, TheActivityLogExportsStableStatusesAndTimes)
{
    Tables tables;
    ASSERT_TRUE(Translations::use(QStringLiteral("de")));
    const QJsonObject entry =
        QJsonDocument::fromJson(exportTable(tables.activity, ExportFormat::Json))
            .array()
            .first()
            .toObject();
    EXPECT_EQ(entry.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    EXPECT_TRUE(QDateTime::fromString(entry.value(QStringLiteral("time")).toString(), Qt::ISODate)
                    .isValid());
    EXPECT_EQ(entry.value(QStringLiteral("message")).toString(), QStringLiteral("refused"));
}
