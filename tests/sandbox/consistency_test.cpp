// Rule 3g: a user's groups and owns, a group's users, resources and shares and a resource's
// entities.groups always agree; deletions take what hangs on them along; passwords are kept but
// never returned.
#include "sandboxharness.h"
#include "sandboxpicks.h"

#include <QSet>

#include <gtest/gtest.h>

namespace {

QSet<QString> ids(const QJsonObject &collection)
{
    QSet<QString> out;
    for (const QJsonValue &item : collection.value(QStringLiteral("items")).toArray())
        out.insert(item.toObject().value(QStringLiteral("id")).toString());
    return out;
}

class SandboxConsistency : public ::testing::Test
{
protected:
    SandboxHarness h;

    QJsonObject get(const QString &path) { return h.probe().get(h.cloud(path)).object(); }

    // Checks every cross reference the API offers, as a client sees them.
    void expectConsistent()
    {
        const QSet<QString> users = ids(get(QStringLiteral("/um/users")));
        const QSet<QString> groups = ids(get(QStringLiteral("/um/groups")));
        QHash<QString, QSet<QString>> groupsOfUser;
        QHash<QString, QSet<QString>> groupsOfResource;
        for (const QString &group : groups) {
            for (const QString &member :
                 ids(get(QStringLiteral("/um/groups/%1/users").arg(group)))) {
                EXPECT_TRUE(users.contains(member));
                groupsOfUser[member].insert(group);
            }
            const QSet<QString> shared =
                ids(get(QStringLiteral("/um/groups/%1/shares").arg(group)));
            EXPECT_EQ(shared, ids(get(QStringLiteral("/um/groups/%1/resources").arg(group))));
            for (const QString &resource : shared)
                groupsOfResource[resource].insert(group);
        }
        QHash<QString, QString> ownerOf;
        for (const QString &user : users) {
            EXPECT_EQ(ids(get(QStringLiteral("/um/users/%1/groups").arg(user))),
                      groupsOfUser.value(user));
            for (const QString &owned : ids(get(QStringLiteral("/um/users/%1/owns").arg(user)))) {
                EXPECT_FALSE(ownerOf.contains(owned)) << "a resource has one owner";
                ownerOf.insert(owned, user);
            }
        }
        const QJsonArray resources =
            get(QStringLiteral("/um/resources?depth=1")).value(QStringLiteral("items")).toArray();
        for (const QJsonValue &r : resources) {
            // A resource lists its groups when it is the object asked for.
            const QString id = r.toObject().value(QStringLiteral("id")).toString();
            const QJsonObject resource =
                get(QStringLiteral("/um/resources/%1/%2?depth=1")
                        .arg(r.toObject().value(QStringLiteral("type")).toString(), id));
            const QSet<QString> viaEntities = ids(resource.value(QStringLiteral("entities"))
                                                      .toObject()
                                                      .value(QStringLiteral("groups"))
                                                      .toObject());
            EXPECT_EQ(viaEntities, groupsOfResource.value(id)) << id.toStdString();
        }
    }

    QString apply(const ProbeReply &r)
    {
        EXPECT_EQ(r.status, 202) << r.body.toStdString();
        return h.waitForRequest(r);
    }
};

} // namespace

TEST_F(SandboxConsistency, SampleDataIsConsistent)
{
    expectConsistent();
}

TEST_F(SandboxConsistency, DeletingAUserRemovesItFromItsGroups)
{
    QString user;
    for (const QString &id : h.state().userOrder()) {
        if (h.state().groupsOf(id).size() >= 1 && !h.state().resourcesOwnedBy(id).isEmpty()) {
            user = id;
            break;
        }
    }
    ASSERT_FALSE(user.isEmpty());
    const QStringList groups = h.state().groupsOf(user);
    EXPECT_EQ(apply(h.probe().del(h.cloud(QStringLiteral("/um/users/") + user))),
              QStringLiteral("DONE"));
    for (const QString &group : groups)
        EXPECT_FALSE(ids(get(QStringLiteral("/um/groups/%1/users").arg(group))).contains(user));
    expectConsistent();
}

TEST_F(SandboxConsistency, DeletingAGroupRemovesItsSharesAndMemberships)
{
    QString group;
    for (const QString &id : h.state().groupOrder()) {
        if (!h.state().membersOf(id).isEmpty() && !h.state().sharesOf(id).isEmpty()) {
            group = id;
            break;
        }
    }
    ASSERT_FALSE(group.isEmpty());
    const QStringList members = h.state().membersOf(group);
    const QString shared = h.state().sharesOf(group).first().resourceId;
    EXPECT_EQ(apply(h.probe().del(h.cloud(QStringLiteral("/um/groups/") + group))),
              QStringLiteral("DONE"));
    for (const QString &member : members)
        EXPECT_FALSE(ids(get(QStringLiteral("/um/users/%1/groups").arg(member))).contains(group));
    const sandbox::SbResource *r = h.state().resource(shared);
    const QJsonObject resource = get(QStringLiteral("/um/resources/%1/%2").arg(r->type, r->id));
    EXPECT_FALSE(ids(resource.value(QStringLiteral("entities"))
                         .toObject()
                         .value(QStringLiteral("groups"))
                         .toObject())
                     .contains(group));
    expectConsistent();
}

TEST_F(SandboxConsistency, MembershipAndShareChangesShowEverywhere)
{
    const QString group = h.state().groupOrder().first();
    const QString user = firstUserOutside(h.state(), group);
    const QString resource = firstResourceNotSharedWith(h.state(), group);
    EXPECT_EQ(apply(h.probe().post(h.cloud(QStringLiteral("/um/groups/%1/users").arg(group)),
                                   QJsonObject{{QStringLiteral("id"), user}})),
              QStringLiteral("DONE"));
    EXPECT_TRUE(ids(get(QStringLiteral("/um/users/%1/groups").arg(user))).contains(group));
    const QJsonObject share{
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("editPrivilege"), true},
                                                   {QStringLiteral("sharePrivilege"), true}}}};
    EXPECT_EQ(apply(h.probe().post(
                  h.cloud(QStringLiteral("/um/groups/%1/shares/%2").arg(group, resource)), share)),
              QStringLiteral("DONE"));
    const QJsonObject read = get(QStringLiteral("/um/groups/%1/shares/%2").arg(group, resource));
    EXPECT_TRUE(read.value(QStringLiteral("properties"))
                    .toObject()
                    .value(QStringLiteral("editPrivilege"))
                    .toBool());
    EXPECT_TRUE(read.value(QStringLiteral("properties"))
                    .toObject()
                    .value(QStringLiteral("sharePrivilege"))
                    .toBool());
    expectConsistent();
    EXPECT_EQ(
        apply(h.probe().del(h.cloud(QStringLiteral("/um/groups/%1/users/%2").arg(group, user)))),
        QStringLiteral("DONE"));
    EXPECT_EQ(apply(h.probe().del(
                  h.cloud(QStringLiteral("/um/groups/%1/shares/%2").arg(group, resource)))),
              QStringLiteral("DONE"));
    expectConsistent();
}

TEST_F(SandboxConsistency, APasswordIsStoredAndNeverReturned)
{
    const QString password = QStringLiteral("Correct-Horse-Battery-42");
    const QJsonObject body{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("firstname"), QStringLiteral("Pass")},
                     {QStringLiteral("lastname"), QStringLiteral("Word")},
                     {QStringLiteral("email"), QStringLiteral("pass.word@example.com")},
                     {QStringLiteral("password"), password}}}};
    const ProbeReply created = h.probe().post(h.cloud(QStringLiteral("/um/users")), body);
    EXPECT_FALSE(created.body.contains(password.toUtf8()));
    EXPECT_FALSE(created.body.contains("\"password\""));
    ASSERT_EQ(h.waitForRequest(created), QStringLiteral("DONE"));
    const QString id = created.object().value(QStringLiteral("id")).toString();
    const sandbox::SbUser *stored = h.state().user(id);
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->passwordHash, sandbox::SandboxState::hashPassword(password, id));
    EXPECT_FALSE(stored->passwordHash.contains(password.toUtf8()));
    for (const QString &path :
         {QStringLiteral("/um/users/") + id, QStringLiteral("/um/users?depth=1")}) {
        const ProbeReply r = h.probe().get(h.cloud(path));
        EXPECT_FALSE(r.body.contains(password.toUtf8()));
        EXPECT_FALSE(r.body.contains("\"password\""));
    }
    const QString newPassword = QStringLiteral("Another-Secret-77");
    QJsonObject put = body;
    QJsonObject p = put.value(QStringLiteral("properties")).toObject();
    p.insert(QStringLiteral("password"), newPassword);
    put.insert(QStringLiteral("properties"), p);
    const ProbeReply updated = h.probe().put(h.cloud(QStringLiteral("/um/users/") + id), put);
    EXPECT_FALSE(updated.body.contains(newPassword.toUtf8()));
    ASSERT_EQ(h.waitForRequest(updated), QStringLiteral("DONE"));
    EXPECT_EQ(h.state().user(id)->passwordHash,
              sandbox::SandboxState::hashPassword(newPassword, id));
}

TEST_F(SandboxConsistency, GroupPutReplacesEveryPrivilegeAndReadsBothSpellings)
{
    const QString group = h.state().groupOrder().first();
    const QJsonObject body{{QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed")},
                                        {QStringLiteral("createDataCenter"), true},
                                        {QStringLiteral("manageDBaaS"), true}}}};
    EXPECT_EQ(apply(h.probe().put(h.cloud(QStringLiteral("/um/groups/") + group), body)),
              QStringLiteral("DONE"));
    const QJsonObject p =
        get(QStringLiteral("/um/groups/") + group).value(QStringLiteral("properties")).toObject();
    EXPECT_EQ(p.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
    EXPECT_TRUE(p.value(QStringLiteral("createDatacenter")).toBool())
        << "written with the spec's spelling";
    EXPECT_FALSE(p.contains(QStringLiteral("createDataCenter")));
    EXPECT_TRUE(p.value(QStringLiteral("manageDBaaS")).toBool());
    int granted = 0;
    for (auto it = p.begin(); it != p.end(); ++it)
        granted += it->isBool() && it->toBool();
    EXPECT_EQ(granted, 2) << "privileges left out of a PUT are false";
}
