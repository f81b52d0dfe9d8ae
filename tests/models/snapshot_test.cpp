// The snapshot document and the diff between two states: what is written is read back the same,
// the file does not depend on the order things were loaded, and a diff names exactly the
// changes made, field by field, a removed group with its members and shares.
#include "models/snapshot/accountsnapshot.h"
#include "models/snapshot/snapshotdiff.h"
#include "snapshotsample.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

TEST(Snapshot, WhatIsWrittenIsReadBackTheSame)
{
    const AccountSnapshot s = sampleSnapshot();
    const QByteArray json = s.toJson();
    const Result<AccountSnapshot> read = AccountSnapshot::fromJson(json);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read.value().toJson(), json);
    EXPECT_TRUE(SnapshotDiff::between(s, read.value()).isEmpty());
    EXPECT_EQ(read.value().contractNumber, 31721);
    EXPECT_EQ(read.value().takenAt, s.takenAt);
    EXPECT_FALSE(json.contains("password")) << "no secrets of any kind";
}

TEST(Snapshot, TheFileIsSortedAndNamesEveryPrivilegeAsTheSeedSpellsIt)
{
    AccountSnapshot shuffled = sampleSnapshot();
    std::reverse(shuffled.account.users.begin(), shuffled.account.users.end());
    std::reverse(shuffled.account.groups.begin(), shuffled.account.groups.end());
    std::reverse(shuffled.account.resources.begin(), shuffled.account.resources.end());
    EXPECT_EQ(shuffled.toJson(), sampleSnapshot().toJson()) << "the order things were loaded in";

    const QJsonObject o = QJsonDocument::fromJson(sampleSnapshot().toJson()).object();
    EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("ionos-admin-snapshot"));
    EXPECT_EQ(o.value(QStringLiteral("version")).toInt(), 2);
    const QJsonArray users = o.value(QStringLiteral("users")).toArray();
    ASSERT_EQ(users.size(), 3);
    EXPECT_EQ(users.at(0).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("u-ana"));
    const QJsonObject ops = o.value(QStringLiteral("groups")).toArray().at(1).toObject();
    EXPECT_EQ(ops.value(QStringLiteral("id")).toString(), QStringLiteral("g-ops"));
    EXPECT_EQ(ops.value(QStringLiteral("members")).toArray(),
              QJsonArray({QStringLiteral("u-bo"), QStringLiteral("u-cy")}));
    const QJsonObject privileges = ops.value(QStringLiteral("privileges")).toObject();
    EXPECT_EQ(privileges.size(), 25);
    EXPECT_TRUE(privileges.value(QStringLiteral("createDatacenter")).toBool());
    EXPECT_FALSE(privileges.contains(QStringLiteral("createDataCenter")));
    EXPECT_EQ(ops.value(QStringLiteral("shares"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("resource")),
              QStringLiteral("r-1"));
}

TEST(Snapshot, SomethingElseIsRefusedInPlainWords)
{
    for (const QByteArray &bad :
         {QByteArray("not json"), QByteArray(R"({"format":"other","version":1})"),
          QByteArray(R"({"format":"ionos-admin-snapshot","version":1,"users":{}})")}) {
        const Result<AccountSnapshot> read = AccountSnapshot::fromJson(bad);
        ASSERT_FALSE(read.ok()) << bad.toStdString();
        EXPECT_TRUE(read.error().message.startsWith(QStringLiteral("This is not a snapshot")))
            << read.error().message.toStdString();
    }
    const Result<AccountSnapshot> newer =
        AccountSnapshot::fromJson(R"({"format":"ionos-admin-snapshot","version":99})");
    ASSERT_FALSE(newer.ok());
    EXPECT_TRUE(newer.error().message.contains(QStringLiteral("newer console")));
}

// The part of JSON Schema the snapshot's schema uses: type, const, required, properties,
// additionalProperties and items. Each violation is said with its place.
void validate(const QJsonValue &value, const QJsonObject &schema, const QString &at,
              QStringList *problems)
{
    static const QHash<QString, QJsonValue::Type> types = {
        {QStringLiteral("string"), QJsonValue::String},
        {QStringLiteral("boolean"), QJsonValue::Bool},
        {QStringLiteral("object"), QJsonValue::Object},
        {QStringLiteral("array"), QJsonValue::Array},
        {QStringLiteral("null"), QJsonValue::Null},
        {QStringLiteral("integer"), QJsonValue::Double}};
    if (schema.contains(QStringLiteral("const")) && value != schema.value(QStringLiteral("const")))
        *problems << at + QStringLiteral(": not the constant");
    if (const QJsonValue type = schema.value(QStringLiteral("type")); !type.isUndefined()) {
        const QJsonArray allowed = type.isArray() ? type.toArray() : QJsonArray{type};
        bool fits = false;
        for (const QJsonValue &t : allowed)
            fits = fits || types.value(t.toString()) == value.type();
        if (!fits)
            *problems << at + QStringLiteral(": wrong type");
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const QJsonValue &key : schema.value(QStringLiteral("required")).toArray()) {
            if (!o.contains(key.toString()))
                *problems << at + QStringLiteral(": lacks ") + key.toString();
        }
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString place = at + QLatin1Char('.') + it.key();
            if (properties.contains(it.key()))
                validate(it.value(), properties.value(it.key()).toObject(), place, problems);
            else if (additional.isObject())
                validate(it.value(), additional.toObject(), place, problems);
            else if (additional.isBool() && !additional.toBool())
                *problems << place + QStringLiteral(": not in the schema");
        }
    }
    if (value.isArray() && schema.contains(QStringLiteral("items"))) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            validate(a.at(i), schema.value(QStringLiteral("items")).toObject(),
                     QStringLiteral("%1[%2]").arg(at).arg(i), problems);
    }
}

TEST(Snapshot, WhatItWritesFollowsTheSchemaInTheRepository)
{
    QFile file(QStringLiteral(IONOS_SOURCE_DIR "/docs/snapshot.schema.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
    ASSERT_FALSE(schema.isEmpty());
    AccountSnapshot s = sampleSnapshot();
    s.contractNumber.reset();
    s.account.users[0].lastLogin.reset();
    for (const AccountSnapshot &variant : {sampleSnapshot(), s}) {
        QStringList problems;
        validate(QJsonDocument::fromJson(variant.toJson()).object(), schema, QStringLiteral("$"),
                 &problems);
        EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    }
    // The checker does find what does not fit.
    QJsonObject wrong = QJsonDocument::fromJson(sampleSnapshot().toJson()).object();
    wrong.insert(QStringLiteral("extra"), 1);
    wrong.remove(QStringLiteral("users"));
    QStringList problems;
    validate(wrong, schema, QStringLiteral("$"), &problems);
    EXPECT_EQ(problems.size(), 2) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST(SnapshotDiff, NamesExactlyTheChangesFieldByField)
{
    const AccountSnapshot before = sampleSnapshot();
    AccountSnapshot after = before;
    // A user's e-mail and active flag; a user gone; a user new; lastLogin moved (not compared).
    after.account.users[1].email = QStringLiteral("ana@new.example.com");
    after.account.users[1].active = false;
    after.account.users[1].lastLogin = QDateTime::currentDateTimeUtc();
    after.account.users.removeAt(2); // u-cy, member of g-ops
    after.account.users << sampleUser(QStringLiteral("u-dee"));
    // A privilege of g-dev; g-ops gone with its members and shares.
    after.account.groups.removeAt(0);
    after.account.groups[0].privileges.set(QStringLiteral("reserveIp"), true);
    after.account.members.remove(QStringLiteral("g-ops"));
    after.account.shares.remove(QStringLiteral("g-ops"));
    after.account.members[QStringLiteral("g-dev")] << QStringLiteral("u-dee");
    after.account.shares.insert(QStringLiteral("g-dev"),
                                {GroupShare{QStringLiteral("r-1"), true, false}});
    after.account.resources[0].name = QStringLiteral("renamed");
    after.admins[2][0].email = QStringLiteral("eve@new.example.com");

    QStringList said;
    for (const SnapshotChange &c : SnapshotDiff::between(before, after))
        said << c.toText();
    const QStringList expected = {
        QStringLiteral("changed user user=u-ana active: true -> false"),
        QStringLiteral(
            R"(changed user user=u-ana email: "u-ana@example.com" -> "ana@new.example.com")"),
        QStringLiteral("removed user user=u-cy"),
        QStringLiteral("added user user=u-dee"),
        QStringLiteral("removed group group=g-ops"),
        QStringLiteral("changed privilege group=g-dev reserveIp: false -> true"),
        QStringLiteral("added member group=g-dev user=u-dee"),
        QStringLiteral("removed member group=g-ops user=u-bo"),
        QStringLiteral("removed member group=g-ops user=u-cy"),
        QStringLiteral("added share group=g-dev resource=r-1"),
        QStringLiteral("removed share group=g-ops resource=r-1"),
        QStringLiteral("removed share group=g-ops resource=r-2"),
        QStringLiteral(R"(changed resource resource=r-2 name: "r-2" -> "renamed")"),
        QStringLiteral(
            R"(changed admin contract=2 admin=7 email: "eve@example.com" -> "eve@new.example.com")"),
    };
    EXPECT_EQ(said, expected) << said.join(QLatin1Char('\n')).toStdString();
}

TEST(Snapshot, KeepsEachKeysIdActiveFlagAndCreationButNeverASecretAndNotWhatWasNotLoaded)
{
    const QJsonArray users = QJsonDocument::fromJson(sampleSnapshot().toJson())
                                 .object()
                                 .value(QStringLiteral("users"))
                                 .toArray();
    QHash<QString, QJsonValue> keysOf;
    for (const QJsonValue &u : users)
        keysOf.insert(u.toObject().value(QStringLiteral("id")).toString(),
                      u.toObject().value(QStringLiteral("objectStorageKeys")));
    const QJsonArray ana = keysOf.value(QStringLiteral("u-ana")).toArray();
    ASSERT_EQ(ana.size(), 2);
    EXPECT_EQ(ana.at(0).toObject(), (QJsonObject{{QStringLiteral("id"), QStringLiteral("k-ana-1")},
                                                 {QStringLiteral("active"), true},
                                                 {QStringLiteral("created"),
                                                  QStringLiteral("2025-03-04T05:06:00.000Z")}}))
        << "sorted by id; nothing but id, active and created";
    EXPECT_TRUE(keysOf.value(QStringLiteral("u-bo")).isArray()) << "loaded, none";
    EXPECT_TRUE(keysOf.value(QStringLiteral("u-cy")).isNull()) << "not loaded: unknown";

    const Result<AccountSnapshot> read = AccountSnapshot::fromJson(sampleSnapshot().toJson());
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value().account.keys.value(QStringLiteral("u-ana")).size(), 2);
    EXPECT_EQ(read.value().account.keys.value(QStringLiteral("u-ana")).first().userId,
              QStringLiteral("u-ana"));
    EXPECT_TRUE(read.value().account.keys.contains(QStringLiteral("u-bo")));
    EXPECT_FALSE(read.value().account.keys.contains(QStringLiteral("u-cy")));
}

TEST(Snapshot, AVersionOneFileIsReadWithEveryUsersKeysUnknown)
{
    QJsonObject old = QJsonDocument::fromJson(sampleSnapshot().toJson()).object();
    old.insert(QStringLiteral("version"), 1);
    QJsonArray users = old.value(QStringLiteral("users")).toArray();
    for (QJsonValueRef u : users) {
        QJsonObject o = u.toObject();
        o.remove(QStringLiteral("objectStorageKeys"));
        u = o;
    }
    old.insert(QStringLiteral("users"), users);
    const Result<AccountSnapshot> read = AccountSnapshot::fromJson(QJsonDocument(old).toJson());
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_TRUE(read.value().account.keys.isEmpty());
    // Against a state that knows keys, an old file says nothing about them.
    for (const SnapshotChange &c : SnapshotDiff::between(read.value(), sampleSnapshot()))
        EXPECT_NE(c.kind, SnapshotChange::Kind::Key) << c.toText().toStdString();
}

TEST(SnapshotDiff, NamesKeysAddedRemovedAndSwitched)
{
    const AccountSnapshot before = sampleSnapshot();
    AccountSnapshot after = before;
    QList<ObjectStorageKey> &ana = after.account.keys[QStringLiteral("u-ana")];
    ana[0].active = true; // k-ana-2 switched on
    ana.removeAt(1);      // k-ana-1 deleted
    after.account.keys[QStringLiteral("u-bo")]
        << ObjectStorageKey{QStringLiteral("k-bo-1"), QStringLiteral("u-bo"), true, {}, {}};
    // Keys of a user loaded on one side only are not compared.
    after.account.keys.insert(
        QStringLiteral("u-cy"),
        {ObjectStorageKey{QStringLiteral("k-cy"), QStringLiteral("u-cy"), true, {}, {}}});
    QStringList said;
    for (const SnapshotChange &c : SnapshotDiff::between(before, after))
        said << c.toText();
    EXPECT_EQ(said, (QStringList{QStringLiteral("removed key user=u-ana key=k-ana-1"),
                                 QStringLiteral("changed key user=u-ana key=k-ana-2 active: false "
                                                "-> true"),
                                 QStringLiteral("added key user=u-bo key=k-bo-1")}))
        << said.join(QLatin1Char('\n')).toStdString();
}

TEST(SnapshotDiff, WritesTheDocumentedJson)
{
    AccountSnapshot after = sampleSnapshot();
    after.account.shares[QStringLiteral("g-ops")][0].editPrivilege = false;
    const QJsonObject o = QJsonDocument::fromJson(
                              SnapshotDiff::toJson(SnapshotDiff::between(sampleSnapshot(), after)))
                              .object();
    const QJsonArray changes = o.value(QStringLiteral("changes")).toArray();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.at(0).toObject(),
              (QJsonObject{{QStringLiteral("kind"), QStringLiteral("share")},
                           {QStringLiteral("op"), QStringLiteral("changed")},
                           {QStringLiteral("group"), QStringLiteral("g-ops")},
                           {QStringLiteral("resource"), QStringLiteral("r-2")},
                           {QStringLiteral("field"), QStringLiteral("editPrivilege")},
                           {QStringLiteral("before"), true},
                           {QStringLiteral("after"), false}}));
    EXPECT_TRUE(SnapshotDiff::between(sampleSnapshot(), sampleSnapshot()).isEmpty());
}

} // namespace
