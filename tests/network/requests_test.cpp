// Every operation's request, checked without a server.
#include "network/apiclient.h"
#include "network/apirequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

QList<ApiRequest> everyOperation()
{
    GroupShare share{QStringLiteral("r-1"), true, false};
    return {requests::listUsers(0),
            requests::getUser(QStringLiteral("u")),
            requests::createUser({}),
            requests::updateUser(QStringLiteral("u"), {}),
            requests::deleteUser(QStringLiteral("u")),
            requests::userGroups(QStringLiteral("u")),
            requests::userOwns(QStringLiteral("u")),
            requests::listGroups(),
            requests::getGroup(QStringLiteral("g")),
            requests::createGroup(QStringLiteral("n"), {}),
            requests::updateGroup(QStringLiteral("g"), QStringLiteral("n"), {}),
            requests::deleteGroup(QStringLiteral("g")),
            requests::groupResources(QStringLiteral("g")),
            requests::groupMembers(QStringLiteral("g")),
            requests::addMember(QStringLiteral("g"), QStringLiteral("u")),
            requests::removeMember(QStringLiteral("g"), QStringLiteral("u")),
            requests::groupShares(QStringLiteral("g")),
            requests::getShare(QStringLiteral("g"), QStringLiteral("r")),
            requests::createShare(QStringLiteral("g"), share),
            requests::updateShare(QStringLiteral("g"), share),
            requests::deleteShare(QStringLiteral("g"), QStringLiteral("r")),
            requests::listResources(),
            requests::resourcesOfType(QStringLiteral("k8s")),
            requests::getResource(QStringLiteral("k8s"), QStringLiteral("r")),
            requests::objectStorageKeys(QStringLiteral("u")),
            requests::getObjectStorageKey(QStringLiteral("u"), QStringLiteral("k")),
            requests::createObjectStorageKey(QStringLiteral("u")),
            requests::setObjectStorageKeyActive(QStringLiteral("u"), QStringLiteral("k"), false),
            requests::deleteObjectStorageKey(QStringLiteral("u"), QStringLiteral("k")),
            requests::objectStorageSignOn(QStringLiteral("u")),
            requests::listAdmins(7),
            requests::getAdmin(7, 42),
            requests::createAdmin(7, {}),
            requests::updateAdmin(7, 42, {}),
            requests::deleteAdmin(7, 42)};
}

} // namespace

TEST(Requests, ThirtyFiveOperationsWithTheirMethodsAndPaths)
{
    const QList<ApiRequest> all = everyOperation();
    ASSERT_EQ(all.size(), 35);
    EXPECT_EQ(all[0].path, QStringLiteral("/um/users"));
    EXPECT_EQ(all[2].method, QByteArray("POST"));
    EXPECT_EQ(all[3].method, QByteArray("PUT"));
    EXPECT_EQ(all[15].path, QStringLiteral("/um/groups/g/users/u"));
    EXPECT_EQ(all[18].path, QStringLiteral("/um/groups/g/shares/r-1"));
    EXPECT_EQ(all[23].path, QStringLiteral("/um/resources/k8s/r"));
    EXPECT_EQ(all[24].path, QStringLiteral("/um/users/u/s3keys"));
    EXPECT_EQ(all[25].path, QStringLiteral("/um/users/u/s3keys/k"));
    EXPECT_EQ(all[26].method, QByteArray("POST"));
    EXPECT_TRUE(all[26].body.isEmpty()) << "a key is created without a body";
    EXPECT_EQ(all[27].method, QByteArray("PUT"));
    EXPECT_EQ(all[28].method, QByteArray("DELETE"));
    EXPECT_EQ(all[29].path, QStringLiteral("/um/users/u/s3ssourl"));
    EXPECT_EQ(all[33].method, QByteArray("PATCH"));
    EXPECT_EQ(all[33].path, QStringLiteral("/contracts/7/admins/42"));
    EXPECT_EQ(all[33].api, ApiRequest::Api::Reseller);
}

TEST(Requests, ReadsAskForDepthOneAndNeverMore)
{
    for (const ApiRequest &r : everyOperation()) {
        if (r.api != ApiRequest::Api::Cloud)
            continue;
        // The sign-on operation declares no depth parameter.
        if (r.path.endsWith(QStringLiteral("/s3ssourl")))
            EXPECT_FALSE(r.query.hasQueryItem(QStringLiteral("depth")));
        else if (r.method == "GET")
            EXPECT_EQ(r.query.queryItemValue(QStringLiteral("depth")), QStringLiteral("1"))
                << r.path.toStdString();
        else
            EXPECT_FALSE(r.query.hasQueryItem(QStringLiteral("depth"))) << r.path.toStdString();
    }
    const ApiRequest page = requests::listUsers(200);
    EXPECT_EQ(page.query.queryItemValue(QStringLiteral("offset")), QStringLiteral("200"));
    EXPECT_EQ(page.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
}

TEST(Requests, OnlyGetPutAndDeleteAreRepeatable)
{
    for (const ApiRequest &r : everyOperation())
        EXPECT_EQ(r.isRepeatable(), r.method != "POST" && r.method != "PATCH")
            << r.method.toStdString();
}

TEST(Requests, IdsArePercentEncodedIntoOneSegment)
{
    const ApiRequest r = requests::getUser(QStringLiteral("a/b?c"));
    EXPECT_EQ(r.path, QStringLiteral("/um/users/a%2Fb%3Fc"));
}

TEST(Requests, UrlsJoinTheBaseAndRefuseForeignLocations)
{
    QNetworkAccessManager manager;
    ConnectionSettings s;
    ApiClient client(&manager, s);
    EXPECT_EQ(client.urlFor(requests::listGroups()).toString(),
              QStringLiteral("https://api.ionos.com/cloudapi/v6/um/groups?depth=1&pretty=false"));
    EXPECT_EQ(client.urlFor(requests::listAdmins(3)).toString(),
              QStringLiteral("https://api.ionos.com/reseller/v2/contracts/3/admins"));
    EXPECT_TRUE(client
                    .urlFor(requests::requestStatus(QUrl(
                        QStringLiteral("https://api.ionos.com/cloudapi/v6/requests/1/status"))))
                    .isValid());
    EXPECT_TRUE(client
                    .urlFor(requests::requestStatus(
                        QUrl(QStringLiteral("https://evil.example.com/requests/1/status"))))
                    .isEmpty())
        << "credentials never follow a Location to another host";
    s.cloudBase = QUrl(QStringLiteral("http://api.example.com/cloudapi/v6"));
    client.setSettings(s);
    EXPECT_TRUE(client.urlFor(requests::listGroups()).isEmpty()) << "plain http only for loopback";
    s.cloudBase = QUrl(QStringLiteral("http://127.0.0.1:8080/cloudapi/v6/"));
    client.setSettings(s);
    EXPECT_EQ(client.urlFor(requests::listGroups()).toString(),
              QStringLiteral("http://127.0.0.1:8080/cloudapi/v6/um/groups?depth=1&pretty=false"));
}
