// The ApiClient against the sandbox over loopback: headers, authentication, exactly-once
// completion, cancellation, timeouts, and no credential in any log or error text.
#include "budgets.h"
#include "callwaiter.h"
#include "clientharness.h"
#include "network/groupservice.h"
#include "network/userservice.h"

#include <QLoggingCategory>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

QByteArray headerOf(const sandbox::SandboxServer::LoggedRequest &r, const QByteArray &name)
{
    for (const auto &h : r.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// Captures every log message while it lives, with every category switched on.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QStringList lines() const { return s_lines; }

private:
    static void handler(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        s_lines << QString::fromLatin1(context.category ? context.category : "") +
                       QLatin1Char(' ') + message;
    }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

TEST(ApiClient, SendsAuthUserAgentAndContractNumberWhereTheyBelong)
{
    ClientHarness h;
    h.reconfigure([](ConnectionSettings &s) { s.contractNumber = 31415; });
    CallWaiter<QList<Group>> groups;
    GroupService(h.client()).all(nullptr, groups.callback());
    ASSERT_TRUE(groups.wait());
    ASSERT_TRUE(groups.ok()) << groups.error().message.toStdString();

    const auto &cloud = h.server().requestLog().last();
    EXPECT_TRUE(headerOf(cloud, "Authorization").startsWith("Basic "));
    EXPECT_EQ(headerOf(cloud, "X-Contract-Number"), QByteArrayLiteral("31415"));
    EXPECT_TRUE(headerOf(cloud, "User-Agent").startsWith("ionos-admin/" IONOS_ADMIN_VERSION));
    EXPECT_TRUE(cloud.query.contains(QStringLiteral("depth=1")));
}

TEST(ApiClient, TheTokenWinsOverUsernameAndPassword)
{
    ClientHarness h;
    h.reconfigure([&](ConnectionSettings &s) {
        s.credentials.token = h.server().options().token;
        s.credentials.password = QStringLiteral("wrong-password");
    });
    CallWaiter<QList<Group>> groups;
    GroupService(h.client()).all(nullptr, groups.callback());
    ASSERT_TRUE(groups.wait());
    EXPECT_TRUE(groups.ok());
    EXPECT_TRUE(headerOf(h.server().requestLog().last(), "Authorization").startsWith("Bearer "));
}

TEST(ApiClient, WrongCredentialsAre401WithTheServersWordsAndNoSecretAnywhere)
{
    ClientHarness h;
    const QString password = QStringLiteral("Wr0ng-Pa55word-7731");
    const QString token = QStringLiteral("tok-SECRET-4455-zz");
    LogCapture log;
    for (int round = 0; round < 2; ++round) {
        h.reconfigure([&](ConnectionSettings &s) {
            s.credentials.password = password;
            s.credentials.token = round == 0 ? QString() : token;
        });
        CallWaiter<QList<User>> users;
        UserService(h.client()).all(nullptr, users.callback());
        ASSERT_TRUE(users.wait());
        ASSERT_FALSE(users.ok());
        const ApiError &e = users.error();
        EXPECT_EQ(e.kind, ApiError::Kind::Http);
        EXPECT_EQ(e.httpStatus, 401);
        EXPECT_FALSE(e.serverMessage.isEmpty());
        for (const QString &text : {e.message, e.serverMessage, e.errorCode}) {
            EXPECT_FALSE(text.contains(password));
            EXPECT_FALSE(text.contains(token));
        }
    }
    const QString basic = QString::fromLatin1(
        (h.server().options().username + QLatin1Char(':') + password).toUtf8().toBase64());
    ASSERT_FALSE(log.lines().isEmpty()) << "the client's debug log was captured";
    for (const QString &line : log.lines()) {
        EXPECT_FALSE(line.contains(password)) << line.toStdString();
        EXPECT_FALSE(line.contains(token)) << line.toStdString();
        EXPECT_FALSE(line.contains(basic)) << line.toStdString();
        EXPECT_FALSE(line.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive))
            << line.toStdString();
    }
}

TEST(ApiClient, PlainHttpToAnotherHostIsRefusedWithoutSending)
{
    ClientHarness h;
    h.reconfigure([](ConnectionSettings &s) {
        s.cloudBase = QUrl(QStringLiteral("http://api.example.com/cloudapi/v6"));
    });
    CallWaiter<QList<Group>> groups;
    ApiCall *call = GroupService(h.client()).all(nullptr, groups.callback());
    EXPECT_EQ(groups.calls(), 0) << "even a refusal arrives asynchronously";
    ASSERT_NE(call, nullptr);
    ASSERT_TRUE(groups.wait());
    EXPECT_EQ(groups.error().kind, ApiError::Kind::Network);
    EXPECT_TRUE(h.server().requestLog().isEmpty());
}

TEST(ApiClient, ATimeoutIsAClearError)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.latencyMs = 1500;
    ClientHarness h(o);
    h.reconfigure([](ConnectionSettings &s) { s.requestTimeoutMs = 200; });
    CallWaiter<QList<Group>> groups;
    GroupService(h.client()).all(nullptr, groups.callback());
    ASSERT_TRUE(groups.wait());
    EXPECT_EQ(groups.error().kind, ApiError::Kind::Timeout);
    EXPECT_TRUE(groups.error().details.contains(QStringLiteral("127.0.0.1")));
    EXPECT_FALSE(groups.error().message.contains(QStringLiteral("127.0.0.1")));
    QTest::qWait(50);
    EXPECT_EQ(groups.calls(), 1);
}

TEST(ApiClient, CancellingMidFlightFinishesOnceAsCancelled)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.latencyMs = 400;
    ClientHarness h(o);
    CallWaiter<QList<User>> users;
    QPointer<ApiCall> call = UserService(h.client()).all(nullptr, users.callback());
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QTest::qWait(50);
    EXPECT_GT(h.client().inFlightCount(), 0);
    call->cancel();
    ASSERT_TRUE(users.wait());
    EXPECT_EQ(users.error().kind, ApiError::Kind::Cancelled);
    EXPECT_EQ(finished.count(), 1);
    QTest::qWait(600); // the server's answer would have come by now
    EXPECT_EQ(users.calls(), 1) << "exactly once";
    EXPECT_EQ(h.client().inFlightCount(), 0);
    EXPECT_TRUE(call.isNull()) << "a finished call deletes itself";
}

TEST(ApiClient, AReceiverDestroyedMidFlightIsNeverCalledAndTheRequestStops)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.latencyMs = 400;
    ClientHarness h(o);
    int calls = 0;
    auto *receiver = new QObject;
    QPointer<ApiCall> call =
        GroupService(h.client()).all(receiver, [&calls](const Result<QList<Group>> &) { ++calls; });
    QTest::qWait(50);
    delete receiver;
    EXPECT_TRUE(QTest::qWaitFor([&] { return call.isNull(); }, budget::kServerMs));
    EXPECT_EQ(h.client().inFlightCount(), 0) << "the reply was aborted";
    QTest::qWait(600);
    EXPECT_EQ(calls, 0);
}

TEST(ApiClient, ReportsActivityAndRateLimitFigures)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.ratePerMinute = 900;
    o.burst = 7;
    o.latencyMs = 50;
    ClientHarness h(o);
    QSignalSpy activity(&h.client(), &ApiClient::activityChanged);
    QSignalSpy figures(&h.client(), &ApiClient::rateLimitChanged);
    CallWaiter<QList<Group>> groups;
    GroupService(h.client()).all(nullptr, groups.callback());
    ASSERT_TRUE(groups.wait());
    EXPECT_GE(activity.count(), 2);
    bool sawInFlight = false;
    for (const QList<QVariant> &args : activity)
        sawInFlight |= args.at(1).toInt() > 0;
    EXPECT_TRUE(sawInFlight);
    EXPECT_EQ(activity.last().at(1).toInt(), 0);
    ASSERT_GE(figures.count(), 1);
    EXPECT_EQ(h.client().lastRateLimit().limitPerMinute, 900);
    EXPECT_EQ(h.client().lastRateLimit().burst, 7);
    EXPECT_GT(h.client().lastRateLimit().remaining, 800);
    EXPECT_EQ(h.client().allowedConcurrency(ApiRequest::Api::Cloud), 7);
}
