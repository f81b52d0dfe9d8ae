// The pure JSON codecs against fixture files: whole answers, partial ones, malformed ones.
#include "network/cloudcodec.h"
#include "network/privileges.h"
#include "network/resellercodec.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(IONOS_TEST_DATA_DIR "/network/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

QJsonObject fixtureObject(const char *name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

void expectParseError(const ApiError &e, const char *mentions = nullptr)
{
    EXPECT_EQ(e.kind, ApiError::Kind::Parse);
    EXPECT_FALSE(e.message.isEmpty());
    if (mentions) {
        // What could not be read is for whoever looks further.
        EXPECT_TRUE(e.details.contains(QLatin1String(mentions))) << e.details.toStdString();
    }
}

} // namespace

TEST(CloudCodec, ReadsAWholeUser)
{
    const Result<User> r = cloudcodec::userFromBody(fixture("user.json"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const QJsonObject json = fixtureObject("user.json");
    const QJsonObject p = json.value(QStringLiteral("properties")).toObject();
    EXPECT_EQ(r.value().id, json.value(QStringLiteral("id")).toString());
    EXPECT_EQ(r.value().email, p.value(QStringLiteral("email")).toString());
    EXPECT_EQ(r.value().firstname, p.value(QStringLiteral("firstname")).toString());
    EXPECT_EQ(r.value().forceSecAuth, p.value(QStringLiteral("forceSecAuth")).toBool());
    EXPECT_TRUE(r.value().created.isValid());
    EXPECT_EQ(r.value().created.toUTC().toString(Qt::ISODate),
              json[QStringLiteral("metadata")][QStringLiteral("createdDate")].toString());
}

TEST(CloudCodec, APartialUserGetsDefaults)
{
    const Result<User> r = cloudcodec::userFromBody(fixture("user-partial.json"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_FALSE(r.value().email.isEmpty());
    EXPECT_TRUE(r.value().firstname.isEmpty());
    EXPECT_FALSE(r.value().administrator);
    EXPECT_TRUE(r.value().active) << "a user is active unless it says otherwise";
    EXPECT_FALSE(r.value().lastLogin.has_value());
}

TEST(CloudCodec, WrongTypesAndMissingIdsAreParseErrorsThatNameTheField)
{
    expectParseError(cloudcodec::userFromBody(fixture("user-wrong-type.json")).error(),
                     "administrator");
    expectParseError(cloudcodec::userFromBody(fixture("user-no-id.json")).error(), "'id'");
    expectParseError(cloudcodec::usersPage(fixture("users-depth0.json")).error(), "properties");
    expectParseError(cloudcodec::groups(fixture("items-not-objects.json")).error());
}

TEST(CloudCodec, MalformedTruncatedAndEmptyBodiesAreParseErrors)
{
    expectParseError(cloudcodec::usersPage(fixture("users-truncated.json")).error(), "JSON");
    expectParseError(cloudcodec::usersPage(fixture("empty.json")).error());
    expectParseError(cloudcodec::groups(fixture("bad-gateway.html")).error(), "JSON");
    expectParseError(cloudcodec::userFromBody(QByteArrayLiteral("[1,2]")).error());
    expectParseError(resellercodec::admins(fixture("users-truncated.json")).error());
    expectParseError(resellercodec::admins(fixture("user.json")).error(), "list");
}

TEST(CloudCodec, ReadsAUsersPageWithItsLinks)
{
    const Result<UsersPage> r = cloudcodec::usersPage(fixture("users-page.json"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value().users.size(), 2);
    EXPECT_EQ(r.value().offset, 0);
    EXPECT_EQ(r.value().limit, 2);
    EXPECT_TRUE(r.value().hasNext);
}

TEST(CloudCodec, ReadsGroupsWithEveryPrivilegeAndBothSpellings)
{
    const Result<QList<Group>> r = cloudcodec::groups(fixture("groups.json"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r.value().size(), 2);
    const QJsonObject p =
        fixtureObject("groups.json")[QStringLiteral("items")][0][QStringLiteral("properties")]
            .toObject();
    for (const Privilege &privilege : Privileges::all())
        EXPECT_EQ(r.value().first().privileges.value(privilege.key),
                  p.value(privilege.key).toBool())
            << privilege.key.toStdString();

    const Result<Group> sdk = cloudcodec::group(fixtureObject("group-sdk-spelling.json"));
    ASSERT_TRUE(sdk.ok());
    EXPECT_TRUE(sdk.value().privileges.value(QStringLiteral("createDatacenter")));
}

TEST(CloudCodec, ReadsSharesResourcesAndAUsersGroups)
{
    const Result<QList<GroupShare>> shares = cloudcodec::shares(fixture("shares.json"));
    ASSERT_TRUE(shares.ok()) << shares.error().message.toStdString();
    const Result<QList<Resource>> resources = cloudcodec::resources(fixture("resources.json"));
    ASSERT_TRUE(resources.ok()) << resources.error().message.toStdString();
    EXPECT_EQ(resources.value().size(), 7);
    QStringList types;
    for (const Resource &res : resources.value()) {
        types << res.type;
        EXPECT_FALSE(res.name.isEmpty());
        EXPECT_FALSE(res.state.isEmpty());
    }
    EXPECT_TRUE(types.contains(QStringLiteral("k8s")));
    // A resource lists the groups it is shared with.
    for (const GroupShare &s : shares.value()) {
        for (const Resource &res : resources.value()) {
            if (res.id == s.resourceId) {
                EXPECT_FALSE(res.groupIds.isEmpty());
            }
        }
    }
    const Result<QList<GroupRef>> groups = cloudcodec::groupRefs(fixture("user-groups.json"));
    ASSERT_TRUE(groups.ok()) << groups.error().message.toStdString();
}

TEST(CloudCodec, ReadsRequestStatuses)
{
    const Result<RequestStatus> done =
        cloudcodec::requestStatus(fixture("request-status-done.json"));
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done.value().state, RequestStatus::State::Done);
    const Result<RequestStatus> failed =
        cloudcodec::requestStatus(fixture("request-status-failed.json"));
    ASSERT_TRUE(failed.ok());
    EXPECT_EQ(failed.value().state, RequestStatus::State::Failed);
    EXPECT_TRUE(failed.value().message.contains(QStringLiteral("Quota")));
    EXPECT_EQ(cloudcodec::requestStatus(fixture("request-status-running.json")).value().state,
              RequestStatus::State::Running);
    expectParseError(
        cloudcodec::requestStatus(QByteArrayLiteral("{\"metadata\":{\"status\":\"WEIRD\"}}"))
            .error(),
        "WEIRD");
}

TEST(CloudCodec, WritesUserBodiesWithTheCloudCasing)
{
    UserDraft d;
    d.firstname = QStringLiteral("Ada");
    d.lastname = QStringLiteral("Lovelace");
    d.email = QStringLiteral("ada@example.com");
    d.password = QStringLiteral("analytical-engine");
    d.forceSecAuth = true;
    const QJsonObject created = QJsonDocument::fromJson(cloudcodec::userCreateBody(d)).object();
    const QJsonObject p = created.value(QStringLiteral("properties")).toObject();
    EXPECT_EQ(p.value(QStringLiteral("firstname")).toString(), QStringLiteral("Ada"));
    EXPECT_FALSE(p.contains(QStringLiteral("firstName")));
    EXPECT_EQ(p.value(QStringLiteral("password")).toString(), QStringLiteral("analytical-engine"));
    EXPECT_TRUE(p.value(QStringLiteral("forceSecAuth")).toBool());
    EXPECT_FALSE(p.contains(QStringLiteral("secAuthActive")));

    d.password.reset();
    const QJsonObject updated =
        QJsonDocument::fromJson(cloudcodec::userUpdateBody(QStringLiteral("u-1"), d)).object();
    EXPECT_EQ(updated.value(QStringLiteral("id")).toString(), QStringLiteral("u-1"));
    EXPECT_FALSE(
        updated.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("password")))
        << "no password is sent unless one was typed";
}

TEST(CloudCodec, AGroupBodyAlwaysCarriesTheNameAndAllTwentyFivePrivileges)
{
    GroupPrivileges privileges;
    privileges.set(QStringLiteral("createDataCenter"), true);
    privileges.set(QStringLiteral("manageDBaaS"), true);
    const QJsonObject p =
        QJsonDocument::fromJson(cloudcodec::groupBody(QStringLiteral("Ops"), privileges))
            .object()
            .value(QStringLiteral("properties"))
            .toObject();
    EXPECT_EQ(p.size(), 26);
    EXPECT_EQ(p.value(QStringLiteral("name")).toString(), QStringLiteral("Ops"));
    EXPECT_TRUE(p.value(QStringLiteral("createDatacenter")).toBool())
        << "written with the spec's spelling";
    EXPECT_FALSE(p.contains(QStringLiteral("createDataCenter")));
    EXPECT_TRUE(p.value(QStringLiteral("manageDBaaS")).toBool());
    EXPECT_FALSE(p.value(QStringLiteral("reserveIp")).toBool());
    EXPECT_TRUE(p.value(QStringLiteral("reserveIp")).isBool());
}

TEST(ResellerCodec, IdsArriveAsStringsAndAreReadAsNumbers)
{
    const Result<QList<Admin>> r = resellercodec::admins(fixture("admins.json"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r.value().size(), 2);
    EXPECT_GT(r.value().first().id, 0);
    EXPECT_FALSE(r.value().first().email.isEmpty());
    const Result<QList<Admin>> numeric = resellercodec::admins(fixture("admins-numeric-id.json"));
    ASSERT_TRUE(numeric.ok());
    EXPECT_EQ(numeric.value().first().id, r.value().first().id);
    expectParseError(resellercodec::admin(QByteArrayLiteral("{\"id\":\"abc\"}")).error(), "'id'");
    // 64-bit ids survive.
    EXPECT_EQ(resellercodec::admin(QByteArrayLiteral("{\"id\":\"9007199254740993\"}")).value().id,
              Q_INT64_C(9007199254740993));
}

TEST(ResellerCodec, PatchSendsTheThreeFieldsAndNeverThePassword)
{
    AdminDraft d{QStringLiteral("Rita"), QStringLiteral("Reseller"),
                 QStringLiteral("rita@example.net"), QStringLiteral("secret-pass")};
    const QJsonObject patch = QJsonDocument::fromJson(resellercodec::updateBody(d)).object();
    EXPECT_EQ(patch.keys(), (QStringList{QStringLiteral("email"), QStringLiteral("firstName"),
                                         QStringLiteral("lastName")}));
    const QJsonObject create = QJsonDocument::fromJson(resellercodec::createBody(d)).object();
    EXPECT_EQ(create.value(QStringLiteral("password")).toString(), QStringLiteral("secret-pass"));
}

TEST(ApiErrorText, ReadsTheEnvelopeAndKeepsTheServersWords)
{
    const ApiError e =
        ApiError::http(QUrl(QStringLiteral("https://api.ionos.com/cloudapi/v6/um/users/nope")), 404,
                       fixture("error-404.json"));
    EXPECT_EQ(e.kind, ApiError::Kind::Http);
    EXPECT_EQ(e.httpStatus, 404);
    EXPECT_EQ(e.errorCode, QStringLiteral("309"));
    EXPECT_TRUE(e.serverMessage.contains(QStringLiteral("nope")));
    EXPECT_TRUE(e.message.contains(e.serverMessage));
    const ApiError html = ApiError::http(QUrl(QStringLiteral("https://api.ionos.com/x")), 502,
                                         fixture("bad-gateway.html"));
    EXPECT_TRUE(html.serverMessage.isEmpty());
    EXPECT_FALSE(html.message.contains(QStringLiteral("<html")));
    EXPECT_FALSE(html.message.contains(QStringLiteral("502"))) << "no code in plain words";
    EXPECT_TRUE(html.details.contains(QStringLiteral("502")));
    EXPECT_TRUE(html.details.contains(QStringLiteral("api.ionos.com")));
    EXPECT_FALSE(e.message.contains(QStringLiteral("api.ionos.com"))) << "no host either";
}

TEST(ApiErrorText, PlainWordsFirstCodesHostsAndSocketsBehindDetails)
{
    const QUrl url(QStringLiteral("https://api.example.test/cloudapi/v6/um/users"));
    const QList<ApiError> errors = {
        ApiError::network(url, QNetworkReply::ConnectionRefusedError),
        ApiError::network(url, QNetworkReply::HostNotFoundError),
        ApiError::network(url, QNetworkReply::UnknownNetworkError),
        ApiError::timeout(url, 30000),
        ApiError::truncated(url),
        ApiError::parse(url, QStringLiteral("not JSON")),
        ApiError::http(url, 422, fixture("error-404.json")),
        ApiError::http(url, 503, QByteArray()),
    };
    for (const ApiError &e : errors) {
        EXPECT_FALSE(e.message.isEmpty());
        EXPECT_FALSE(e.message.contains(QStringLiteral("api.example.test")))
            << e.message.toStdString();
        EXPECT_FALSE(e.message.contains(QStringLiteral("http"), Qt::CaseInsensitive))
            << e.message.toStdString();
        for (const char *code : {"422", "503", "(4", "(5"})
            EXPECT_FALSE(e.message.contains(QLatin1String(code))) << e.message.toStdString();
        EXPECT_TRUE(e.details.contains(QStringLiteral("api.example.test")))
            << e.details.toStdString();
    }
    EXPECT_TRUE(errors.at(6).details.contains(QStringLiteral("422")));
    EXPECT_TRUE(errors.at(6).details.contains(QStringLiteral("309"))) << "the server's error code";
    EXPECT_TRUE(errors.at(6).message.contains(errors.at(6).serverMessage)) << "the server's words";
}

TEST(ApiErrorText, AGatewaysWordsWaitBehindDetails)
{
    const QByteArray problem =
        R"({"type":"https://stoplight.io/prism/errors#UPSTREAM","title":"Upstream failed",)"
        R"("detail":"connect ECONNREFUSED 127.0.0.1:4010"})";
    const ApiError e = ApiError::http(
        QUrl(QStringLiteral("https://api.example.test/cloudapi/v6/um/users")), 502, problem);
    EXPECT_FALSE(e.fromEnvelope);
    EXPECT_FALSE(e.message.contains(QStringLiteral("ECONNREFUSED"))) << e.message.toStdString();
    EXPECT_FALSE(e.message.contains(QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(e.details.contains(QStringLiteral("ECONNREFUSED"))) << e.details.toStdString();
}

TEST(CloudCodec, ReadsAUsersObjectStorageKeys)
{
    const Result<QList<ObjectStorageKey>> r = cloudcodec::objectStorageKeys(fixture("s3keys.json"));
    ASSERT_TRUE(r.ok()) << r.error().details.toStdString();
    ASSERT_EQ(r.value().size(), 2);
    const ObjectStorageKey &old = r.value().first();
    EXPECT_EQ(old.id, QStringLiteral("00ca413c94eecc56857d"));
    EXPECT_EQ(old.userId, QStringLiteral("0715c25f-56ef-4642-a6b9-3bd3c3117f6a"));
    EXPECT_FALSE(old.active);
    EXPECT_EQ(old.created, QDateTime(QDate(2023, 2, 14), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(old.lastModified, QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
    EXPECT_TRUE(r.value().last().active);
}

TEST(CloudCodec, ANewKeyCarriesItsSecretAndAnAnswerWithoutOneIsAParseError)
{
    const Result<NewObjectStorageKey> r =
        cloudcodec::newObjectStorageKey(fixture("s3key-created.json"));
    ASSERT_TRUE(r.ok()) << r.error().details.toStdString();
    EXPECT_EQ(r.value().key.id, QStringLiteral("5b2c9d0e1f2a3b4c5d6e"));
    EXPECT_EQ(r.value().secret, QStringLiteral("fixture+Secret/Of+A+New+Key0123456789ab"));
    EXPECT_TRUE(r.value().key.active);

    // A later read of the same key has no secret: as a new key's answer that cannot be right.
    QJsonObject withoutSecret = fixtureObject("s3key-created.json");
    QJsonObject properties = withoutSecret.value(QStringLiteral("properties")).toObject();
    properties.remove(QStringLiteral("secretKey"));
    withoutSecret.insert(QStringLiteral("properties"), properties);
    const QByteArray body = QJsonDocument(withoutSecret).toJson();
    expectParseError(cloudcodec::newObjectStorageKey(body).error(), "secretKey");
    EXPECT_TRUE(cloudcodec::objectStorageKeyFromBody(body).ok());
}

TEST(CloudCodec, AParseErrorOfANewKeyNeverQuotesTheSecret)
{
    QByteArray broken = fixture("s3key-created.json");
    broken.replace("\"active\": true", "\"active\": \"yes\"");
    const Result<NewObjectStorageKey> r = cloudcodec::newObjectStorageKey(broken);
    ASSERT_FALSE(r.ok());
    for (const QString &text : {r.error().message, r.error().details, r.error().serverMessage})
        EXPECT_FALSE(text.contains(QStringLiteral("fixture+Secret"))) << text.toStdString();
}

TEST(CloudCodec, TheSignOnAddressMustBeASecureWebAddress)
{
    const Result<ObjectStorageSignOn> r =
        cloudcodec::objectStorageSignOn(fixture("s3key-sso.json"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().url,
              QUrl(QStringLiteral("https://s3.example.ionos.com/sign-on?ticket=abc")));
    EXPECT_TRUE(cloudcodec::objectStorageSignOn(R"({"ssoUrl": "http://127.0.0.1:8080/x"})").ok());
    expectParseError(
        cloudcodec::objectStorageSignOn(R"({"ssoUrl": "http://s3.example.com/x"})").error());
    expectParseError(
        cloudcodec::objectStorageSignOn(R"({"ssoUrl": "file:///etc/passwd"})").error());
    expectParseError(cloudcodec::objectStorageSignOn("{}").error(), "ssoUrl");
}

TEST(CloudCodec, AKeyChangeSendsOnlyTheActiveFlag)
{
    EXPECT_EQ(QJsonDocument::fromJson(cloudcodec::objectStorageKeyBody(false)).object(),
              (QJsonObject{
                  {QStringLiteral("properties"), QJsonObject{{QStringLiteral("active"), false}}}}));
}
