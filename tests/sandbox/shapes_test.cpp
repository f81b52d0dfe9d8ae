// Rule 3c: responses carry exactly the fields their schema declares; depth 0 lists hold
// references, depth 1 lists full items; every href is absolute on the sandbox's own origin.
#include "sandboxharness.h"
#include "specshape.h"

#include "sandbox/jsonwriter.h"

#include <gtest/gtest.h>

namespace {

class SandboxShapes : public ::testing::Test
{
protected:
    SandboxHarness h;
    SpecShape cloud{QStringLiteral("cloudapi-v6-um.json")};
    SpecShape reseller{QStringLiteral("reseller-v2.json")};

    QJsonObject get(const QString &path)
    {
        const ProbeReply r = h.probe().get(h.cloud(path));
        EXPECT_EQ(r.status, 200) << path.toStdString();
        return r.object();
    }

    void expectFits(const SpecShape &spec, const QString &schema, const QJsonValue &value)
    {
        const QStringList problems = spec.problems(schema, value);
        EXPECT_TRUE(problems.isEmpty())
            << schema.toStdString() << ": " << problems.join(QStringLiteral("; ")).toStdString();
    }

    // Every "href" anywhere in the value is an absolute URL on the sandbox's origin.
    void expectHrefsOnOrigin(const QJsonValue &value)
    {
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                expectHrefsOnOrigin(v);
        } else if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == QStringLiteral("href") || it.key() == QStringLiteral("self") ||
                    it.key() == QStringLiteral("next") || it.key() == QStringLiteral("prev")) {
                    EXPECT_TRUE(it->toString().startsWith(h.server().origin().toString() +
                                                          QLatin1Char('/')))
                        << it->toString().toStdString();
                }
                expectHrefsOnOrigin(it.value());
            }
        }
    }

    void expectReferences(const QJsonObject &collection)
    {
        const QJsonArray items = collection.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &item : items) {
            const QStringList keys = item.toObject().keys();
            EXPECT_EQ(keys, (QStringList{QStringLiteral("href"), QStringLiteral("id"),
                                         QStringLiteral("type")}));
        }
    }

    void expectFullItems(const QJsonObject &collection)
    {
        for (const QJsonValue &item : collection.value(QStringLiteral("items")).toArray()) {
            EXPECT_TRUE(item.toObject().contains(QStringLiteral("properties")));
        }
    }
};

} // namespace

TEST_F(SandboxShapes, EveryCollectionFitsItsSchemaAtBothDepths)
{
    const QString user = h.state().userOrder().first();
    const QString group = h.state().groupOrder().first();
    const QList<QPair<QString, QString>> collections = {
        {QStringLiteral("/um/users"), QStringLiteral("Users")},
        {QStringLiteral("/um/users/%1/groups").arg(user), QStringLiteral("ResourceGroups")},
        {QStringLiteral("/um/users/%1/owns").arg(user), QStringLiteral("ResourcesUsers")},
        {QStringLiteral("/um/groups"), QStringLiteral("Groups")},
        {QStringLiteral("/um/groups/%1/users").arg(group), QStringLiteral("GroupMembers")},
        {QStringLiteral("/um/groups/%1/shares").arg(group), QStringLiteral("GroupShares")},
        {QStringLiteral("/um/groups/%1/resources").arg(group), QStringLiteral("ResourceGroups")},
        {QStringLiteral("/um/resources"), QStringLiteral("Resources")},
        {QStringLiteral("/um/resources/datacenter"), QStringLiteral("Resources")},
    };
    for (const auto &[path, schema] : collections) {
        SCOPED_TRACE(path.toStdString());
        const QJsonObject shallow = get(path + QStringLiteral("?depth=0"));
        const QJsonObject deep = get(path + QStringLiteral("?depth=1"));
        EXPECT_EQ(shallow.value(QStringLiteral("items")).toArray().size(),
                  deep.value(QStringLiteral("items")).toArray().size());
        expectReferences(shallow);
        expectFullItems(deep);
        expectFits(cloud, schema, deep);
        expectHrefsOnOrigin(shallow);
        expectHrefsOnOrigin(deep);
        EXPECT_TRUE(cloud.missing(schema, deep).isEmpty())
            << cloud.missing(schema, deep).join(QLatin1Char(',')).toStdString();
    }
}

TEST_F(SandboxShapes, SingleObjectsCarryEveryDeclaredField)
{
    const QString userId = h.state().userOrder().first();
    const QJsonObject user = get(QStringLiteral("/um/users/") + userId);
    expectFits(cloud, QStringLiteral("User"), user);
    EXPECT_TRUE(cloud.missing(QStringLiteral("User"), user).isEmpty());
    EXPECT_TRUE(cloud
                    .missing(QStringLiteral("UserProperties"),
                             user.value(QStringLiteral("properties")).toObject())
                    .isEmpty());
    expectHrefsOnOrigin(user);

    const QJsonObject group = get(QStringLiteral("/um/groups/") + h.state().groupOrder().first());
    expectFits(cloud, QStringLiteral("Group"), group);
    EXPECT_TRUE(cloud.missing(QStringLiteral("Group"), group).isEmpty());
    EXPECT_TRUE(cloud
                    .missing(QStringLiteral("GroupProperties"),
                             group.value(QStringLiteral("properties")).toObject())
                    .isEmpty())
        << "all 25 privileges and the name";
    EXPECT_TRUE(group.value(QStringLiteral("properties"))
                    .toObject()
                    .contains(QStringLiteral("createDatacenter")));

    const sandbox::SbResource *r = h.state().resource(h.state().resourceOrder().first());
    const QJsonObject resource = get(QStringLiteral("/um/resources/%1/%2").arg(r->type, r->id));
    expectFits(cloud, QStringLiteral("Resource"), resource);
    EXPECT_TRUE(cloud.missing(QStringLiteral("Resource"), resource).isEmpty());
    EXPECT_EQ(resource.value(QStringLiteral("type")).toString(), r->type);
}

TEST_F(SandboxShapes, GroupsOfAUserAreResourceItems)
{
    QString userWithGroups;
    for (const QString &id : h.state().userOrder()) {
        if (!h.state().groupsOf(id).isEmpty()) {
            userWithGroups = id;
            break;
        }
    }
    ASSERT_FALSE(userWithGroups.isEmpty());
    const QJsonObject groups =
        get(QStringLiteral("/um/users/%1/groups?depth=1").arg(userWithGroups));
    const QJsonArray items = groups.value(QStringLiteral("items")).toArray();
    ASSERT_FALSE(items.isEmpty());
    for (const QJsonValue &item : items) {
        expectFits(cloud, QStringLiteral("Resource"), item);
        EXPECT_EQ(item.toObject().value(QStringLiteral("type")).toString(),
                  QStringLiteral("group"));
        // Not a Group: no privileges, no users/resources entities.
        EXPECT_FALSE(item.toObject()
                         .value(QStringLiteral("properties"))
                         .toObject()
                         .contains(QStringLiteral("createSnapshot")));
    }
}

TEST_F(SandboxShapes, ResellerAdminsFitTheirSchema)
{
    const ProbeReply list = h.probe().get(h.reseller(QStringLiteral("/contracts/1/admins")));
    ASSERT_EQ(list.status, 200);
    const QJsonArray admins = list.array();
    ASSERT_EQ(admins.size(), 3);
    for (const QJsonValue &admin : admins) {
        expectFits(reseller, QStringLiteral("UserResponseResource"), admin);
        EXPECT_TRUE(
            reseller.missing(QStringLiteral("UserResponseResource"), admin.toObject()).isEmpty());
        EXPECT_TRUE(admin.toObject().value(QStringLiteral("id")).isString());
        expectHrefsOnOrigin(admin);
    }
}

TEST_F(SandboxShapes, ErrorsFitTheErrorSchema)
{
    const ProbeReply r = h.probe().get(h.cloud(QStringLiteral("/um/users/nope")));
    expectFits(cloud, QStringLiteral("Error"), r.object());
    const ProbeReply rr = h.probe().get(h.reseller(QStringLiteral("/contracts/99/admins")));
    expectFits(reseller, QStringLiteral("ErrorResponse"), rr.object());
}

TEST_F(SandboxShapes, PrettyFalseGivesCompactJson)
{
    const ProbeReply pretty = h.probe().get(h.cloud(QStringLiteral("/um/groups")));
    const ProbeReply compact = h.probe().get(h.cloud(QStringLiteral("/um/groups?pretty=false")));
    EXPECT_TRUE(pretty.body.contains('\n'));
    EXPECT_FALSE(compact.body.trimmed().contains('\n'));
    EXPECT_EQ(pretty.object(), compact.object());
}

// Pages of users and a group's members are written straight as text; they must read as the
// user on its own does, whatever the names hold, in the form QJsonDocument gives.
TEST_F(SandboxShapes, AUserReadsTheSameInAPageInAGroupAndOnItsOwn)
{
    const QJsonObject properties{{QStringLiteral("firstname"), QStringLiteral("Zoë \"Q\"")},
                                 {QStringLiteral("lastname"), QStringLiteral("O'Brien \\ 東京 😀")},
                                 {QStringLiteral("email"), QStringLiteral("zoe.q@example.com")},
                                 {QStringLiteral("password"), QStringLiteral("Zoe-Q-2026-long")}};
    const ProbeReply created = h.probe().post(h.cloud(QStringLiteral("/um/users")),
                                              {{QStringLiteral("properties"), properties}});
    ASSERT_EQ(created.status, 202);
    ASSERT_EQ(h.waitForRequest(created), QStringLiteral("DONE"));
    const QString id = created.object().value(QStringLiteral("id")).toString();
    const QString group = h.state().groupOrder().first();
    const ProbeReply added = h.probe().post(
        h.cloud(QStringLiteral("/um/groups/%1/users").arg(group)), {{QStringLiteral("id"), id}});
    ASSERT_EQ(added.status, 202);
    ASSERT_EQ(h.waitForRequest(added), QStringLiteral("DONE"));

    const QJsonObject alone = get(QStringLiteral("/um/users/%1?depth=1").arg(id));
    auto itemOf = [&id](const ProbeReply &reply) {
        for (const QJsonValue &item : reply.object().value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("id")).toString() == id)
                return item.toObject();
        }
        return QJsonObject{};
    };
    const int lastPage = int(h.state().userOrder().size() - 1) / 100 * 100;
    const ProbeReply page = h.probe().get(h.cloud(
        QStringLiteral("/um/users?depth=1&limit=100&offset=%1&pretty=false").arg(lastPage)));
    const ProbeReply members = h.probe().get(
        h.cloud(QStringLiteral("/um/groups/%1/users?depth=1&pretty=false").arg(group)));
    EXPECT_EQ(itemOf(page), alone);
    EXPECT_EQ(itemOf(members), alone);
    EXPECT_EQ(page.body, QJsonDocument::fromJson(page.body).toJson(QJsonDocument::Compact));
    EXPECT_EQ(members.body, QJsonDocument::fromJson(members.body).toJson(QJsonDocument::Compact));

    const ProbeReply pretty = h.probe().get(
        h.cloud(QStringLiteral("/um/users?depth=1&limit=100&offset=%1").arg(lastPage)));
    EXPECT_TRUE(pretty.body.contains('\n'));
    EXPECT_EQ(pretty.object(), page.object());
}

TEST(SandboxJsonWriter, WritesWhatAJsonReaderReadsBack)
{
    QString every;
    for (char16_t c = 1; c < 0x80; ++c)
        every += QChar(c);
    every += QStringLiteral("äß€東京😀");
    sandbox::JsonWriter out;
    out.beginObject()
        .field(QLatin1StringView("text"), every)
        .field(QLatin1StringView("empty"), QString())
        .field(QLatin1StringView("yes"), true)
        .field(QLatin1StringView("no"), false)
        .field(QLatin1StringView("number"), -42)
        .beginArray(QLatin1StringView("list"))
        .beginObject()
        .endObject()
        .beginArray()
        .endArray()
        .raw("{\"a\":1}")
        .endArray()
        .endObject();
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(out.bytes(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << out.bytes().toStdString();
    const QJsonObject expected{
        {QStringLiteral("text"), every},
        {QStringLiteral("empty"), QString()},
        {QStringLiteral("yes"), true},
        {QStringLiteral("no"), false},
        {QStringLiteral("number"), -42},
        {QStringLiteral("list"),
         QJsonArray{QJsonObject{}, QJsonArray{}, QJsonObject{{QStringLiteral("a"), 1}}}}};
    EXPECT_EQ(read.object(), expected);
}
