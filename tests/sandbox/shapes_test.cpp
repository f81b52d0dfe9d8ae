// Rule 3c: responses carry exactly the fields their schema declares; depth 0 lists hold
// references, depth 1 lists full items; every href is absolute on the sandbox's own origin.
#include "sandboxharness.h"
#include "specshape.h"

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
