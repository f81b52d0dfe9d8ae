// Sign-in, saving, switching, signing out and forgetting, against the sandbox; the keychain's
// error paths through a store that fails on purpose; and, with the real Secret Service, that no
// secret reaches a file.
#include "budgets.h"
#include "keyringcheck.h"
#include "models/account/accountstate.h"
#include "models/connection/connectioncheck.h"
#include "models/connection/keychainsecretstore.h"
#include "models/connection/sessioncontroller.h"
#include "models/displaytime.h"
#include "models/sessionstart.h"
#include "models/workspace.h"
#include "network/groupservice.h"
#include "sandboxharness.h"
#include "testtokens.h"
#include "throwawayprofiles.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

ConnectionProfile profileFor(SandboxHarness &h, const QString &name, bool token = true)
{
    ConnectionProfile p;
    p.name = name;
    p.cloudUrl = h.server().cloudBaseUrl().toString();
    p.resellerUrl = h.server().resellerBaseUrl().toString();
    p.auth = token ? ConnectionProfile::AuthMethod::Token : ConnectionProfile::AuthMethod::Password;
    p.username = h.server().options().username;
    p.resellerContracts = {1, 2};
    return p;
}

struct SignInResult
{
    ConnectionVerdict verdict;
    QString note;
};

SignInResult signIn(SessionController &session, const ConnectionProfile &p, const QString &secret,
                    bool remember)
{
    QSignalSpy finished(&session, &SessionController::signInFinished);
    session.signIn(p, secret, remember);
    EXPECT_TRUE(finished.wait(budget::kServerMs));
    return {finished.last().at(0).value<ConnectionVerdict>(), finished.last().at(1).toString()};
}

class Session : public ::testing::Test, protected ThrowawayProfiles
{
protected:
    QNetworkAccessManager manager;
};

} // namespace

TEST_F(Session, SigningInSavesTheProfileAndKeepsTheSecretInTheKeychain)
{
    qRegisterMetaType<ConnectionVerdict>();
    SandboxHarness h;
    SessionController session(&manager, profiles, secrets, {});
    QSignalSpy changed(&session, &SessionController::sessionChanged);
    const SignInResult r =
        signIn(session, profileFor(h, QStringLiteral("Sandbox")), h.server().options().token, true);
    EXPECT_EQ(r.verdict.outcome, ConnectionVerdict::Outcome::Connected);
    EXPECT_TRUE(r.note.isEmpty());
    EXPECT_EQ(changed.count(), 1);
    ASSERT_NE(session.client(), nullptr);
    EXPECT_EQ(profiles.names(), QStringList{QStringLiteral("Sandbox")});
    EXPECT_EQ(profiles.lastUsed(), QStringLiteral("Sandbox"));
    EXPECT_EQ(secrets.secrets.value(QStringLiteral("Sandbox/token")), h.server().options().token);
    QFile file(dir.filePath(QStringLiteral("profiles.conf")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(h.server().options().token.toUtf8()));
}

TEST_F(Session, ATokenSaysWhenItExpiresAndAnExpiredOneIsNamedSoWithoutAsking)
{
    qRegisterMetaType<ConnectionVerdict>();
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(10);
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-3);
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.token = makeToken(soon);
    SandboxHarness h(o);
    SessionController session(&manager, profiles, secrets, {});

    const SignInResult fine = signIn(session, profileFor(h, QStringLiteral("A")), o.token, false);
    EXPECT_EQ(fine.verdict.outcome, ConnectionVerdict::Outcome::Connected);
    ASSERT_TRUE(session.tokenExpiry().has_value());
    EXPECT_EQ(session.tokenExpiry()->toSecsSinceEpoch(), soon.toSecsSinceEpoch());
    session.signOut();

    const qsizetype asked = h.server().requestLog().size();
    const SignInResult expired =
        signIn(session, profileFor(h, QStringLiteral("B")), makeToken(past), false);
    EXPECT_EQ(expired.verdict.outcome, ConnectionVerdict::Outcome::TokenExpired);
    EXPECT_TRUE(expired.verdict.message.contains(QStringLiteral("expired on")))
        << expired.verdict.message.toStdString();
    EXPECT_TRUE(expired.verdict.message.contains(
        DisplayTime::dateTime(QDateTime::fromSecsSinceEpoch(past.toSecsSinceEpoch(), Qt::UTC))))
        << "and when";
    EXPECT_FALSE(session.isSignedIn());
    EXPECT_EQ(h.server().requestLog().size(), asked) << "an expired token is not sent";

    // When the server refuses a token that has expired since, its words come with the date.
    ApiError refused;
    refused.kind = ApiError::Kind::Http;
    refused.httpStatus = 401;
    refused.serverMessage = QStringLiteral("The token has expired.");
    Credentials credentials;
    credentials.token = makeToken(past);
    const ConnectionVerdict later = ConnectionCheck::explain(refused, credentials);
    EXPECT_EQ(later.outcome, ConnectionVerdict::Outcome::TokenExpired);
    EXPECT_TRUE(later.message.contains(QStringLiteral("expired on")));
    EXPECT_TRUE(later.message.contains(refused.serverMessage));
    credentials.token = QStringLiteral("opaque-token");
    EXPECT_EQ(ConnectionCheck::explain(refused, credentials).outcome,
              ConnectionVerdict::Outcome::WrongCredentials)
        << "a token that does not say when it expires gets the general words";
}

TEST_F(Session, EachOutcomeOfSigningInIsExplained)
{
    qRegisterMetaType<ConnectionVerdict>();
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.viewerToken = QStringLiteral("viewer-token-1");
    o.twoFactor = true;
    SandboxHarness h(o);
    SessionController session(&manager, profiles, secrets, {});

    const SignInResult wrong =
        signIn(session, profileFor(h, QStringLiteral("A")), QStringLiteral("bad-token"), true);
    EXPECT_EQ(wrong.verdict.outcome, ConnectionVerdict::Outcome::WrongCredentials);
    EXPECT_TRUE(wrong.verdict.message.contains(QStringLiteral("token")));
    EXPECT_FALSE(session.isSignedIn());
    EXPECT_TRUE(profiles.names().isEmpty()) << "nothing is saved when signing in fails";
    EXPECT_EQ(secrets.writes, 0);

    const SignInResult twoFactor =
        signIn(session, profileFor(h, QStringLiteral("B"), false), o.password, true);
    EXPECT_EQ(twoFactor.verdict.outcome, ConnectionVerdict::Outcome::TokenRequired);
    EXPECT_TRUE(twoFactor.verdict.message.contains(QStringLiteral("Token Manager")));

    const SignInResult viewer = signIn(session, profileFor(h, QStringLiteral("C")),
                                       QStringLiteral("viewer-token-1"), false);
    EXPECT_EQ(viewer.verdict.outcome, ConnectionVerdict::Outcome::NotAllowed);
    EXPECT_TRUE(viewer.verdict.message.contains(QStringLiteral("administrators")));
    EXPECT_TRUE(session.isSignedIn());

    ConnectionProfile nowhere = profileFor(h, QStringLiteral("D"));
    nowhere.cloudUrl = QStringLiteral("http://127.0.0.1:1/cloudapi/v6");
    const SignInResult unreachable = signIn(session, nowhere, QStringLiteral("t"), false);
    EXPECT_EQ(unreachable.verdict.outcome, ConnectionVerdict::Outcome::Unreachable);
    EXPECT_TRUE(unreachable.verdict.message.contains(QStringLiteral("could not be reached")));
}

TEST_F(Session, ALockedKeyringStillSignsInForThisSessionAndSaysSo)
{
    qRegisterMetaType<ConnectionVerdict>();
    SandboxHarness h;
    secrets.writeProblem = SecretStore::Problem::Locked;
    SessionController session(&manager, profiles, secrets, {});
    const SignInResult r =
        signIn(session, profileFor(h, QStringLiteral("Locked")), h.server().options().token, true);
    EXPECT_TRUE(r.verdict.signedIn());
    EXPECT_TRUE(session.isSignedIn());
    EXPECT_TRUE(r.note.contains(QStringLiteral("not saved")));
    EXPECT_TRUE(r.note.contains(QStringLiteral("locked")));
    EXPECT_TRUE(secrets.secrets.isEmpty());
}

TEST_F(Session, StoredSecretProblemsAreSpecific)
{
    SandboxHarness h;
    SessionController session(&manager, profiles, secrets, {});
    const ConnectionProfile p = profileFor(h, QStringLiteral("P"));
    auto stored = [&] {
        SessionController::StoredSecret result;
        bool done = false;
        session.storedSecret(p, nullptr, [&](const SessionController::StoredSecret &s) {
            result = s;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, budget::kServerMs));
        return result;
    };
    EXPECT_FALSE(stored().secret.has_value());
    EXPECT_TRUE(stored().problem.isEmpty()) << "not stored yet is not a problem";
    secrets.readProblem = SecretStore::Problem::NoService;
    EXPECT_TRUE(stored().problem.contains(QStringLiteral("Secret Service")));
    secrets.readProblem = SecretStore::Problem::TimedOut;
    EXPECT_TRUE(stored().problem.contains(QStringLiteral("in time")));
    secrets.readProblem = SecretStore::Problem::Other;
    EXPECT_TRUE(stored().problem.contains(QStringLiteral("simulated")));
    secrets.readProblem = SecretStore::Problem::None;
    secrets.secrets.insert(p.secretKey(), QStringLiteral("kept"));
    EXPECT_EQ(stored().secret, QStringLiteral("kept"));
}

TEST_F(Session, EnvironmentSecretsAreUsedButNeverWritten)
{
    qRegisterMetaType<ConnectionVerdict>();
    SandboxHarness h;
    QProcessEnvironment env;
    env.insert(QStringLiteral("IONOS_TOKEN"), h.server().options().token);
    env.insert(QStringLiteral("IONOS_CONTRACT_NUMBER"), QStringLiteral("77"));
    SessionController session(&manager, profiles, secrets, EnvironmentOverrides::read(env));
    ConnectionProfile p = profileFor(h, QStringLiteral("Env"), false);
    const SignInResult r = signIn(session, p, h.server().options().token, true);
    EXPECT_TRUE(r.verdict.signedIn()) << r.verdict.message.toStdString();
    EXPECT_EQ(secrets.writes, 0);
    EXPECT_TRUE(r.note.contains(QStringLiteral("environment")));
    const std::optional<ConnectionProfile> saved = profiles.profile(QStringLiteral("Env"));
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->auth, ConnectionProfile::AuthMethod::Password)
        << "the profile as typed, not as overridden";
    EXPECT_FALSE(saved->contractNumber.has_value());
    EXPECT_EQ(*session.client()->settings().contractNumber, 77);
}

TEST_F(Session, SwitchingProfilesEndsThePreviousSessionsCalls)
{
    qRegisterMetaType<ConnectionVerdict>();
    sandbox::SandboxOptions slow = SandboxHarness::testOptions();
    slow.latencyMs = 300;
    SandboxHarness first(slow);
    SandboxHarness second;
    SessionController session(&manager, profiles, secrets, {});
    ASSERT_TRUE(signIn(session, profileFor(first, QStringLiteral("First")),
                       first.server().options().token, true)
                    .verdict.signedIn());
    QPointer<ApiClient> firstClient = session.client();
    ApiError::Kind outcome = ApiError::Kind::None;
    GroupService(*firstClient).all(nullptr, [&](const Result<QList<Group>> &r) {
        outcome = r.error().kind;
    });
    QTest::qWait(30);
    ASSERT_TRUE(signIn(session, profileFor(second, QStringLiteral("Second")),
                       second.server().options().token, true)
                    .verdict.signedIn());
    EXPECT_EQ(outcome, ApiError::Kind::Cancelled) << "the old session's call ended as cancelled";
    EXPECT_NE(session.client(), firstClient.data());
    EXPECT_TRUE(QTest::qWaitFor([&] { return firstClient.isNull(); }, budget::kServerMs));
    EXPECT_EQ(session.activeProfile()->name, QStringLiteral("Second"));
    EXPECT_EQ(profiles.lastUsed(), QStringLiteral("Second"));
}

TEST_F(Session, SigningOutRemovesTheSecretAndForgettingTheProfile)
{
    qRegisterMetaType<ConnectionVerdict>();
    SandboxHarness h;
    SessionController session(&manager, profiles, secrets, {});
    ASSERT_TRUE(
        signIn(session, profileFor(h, QStringLiteral("Out")), h.server().options().token, true)
            .verdict.signedIn());
    ASSERT_TRUE(
        signIn(session, profileFor(h, QStringLiteral("Gone")), h.server().options().token, true)
            .verdict.signedIn());
    QSignalSpy signedOut(&session, &SessionController::signedOut);
    session.signOut();
    ASSERT_TRUE(signedOut.wait(budget::kServerMs));
    EXPECT_FALSE(session.isSignedIn());
    EXPECT_FALSE(secrets.secrets.contains(QStringLiteral("Gone/token")));
    EXPECT_TRUE(secrets.secrets.contains(QStringLiteral("Out/token")));
    EXPECT_TRUE(profiles.profile(QStringLiteral("Gone")).has_value())
        << "signing out keeps the profile";

    session.forget(QStringLiteral("Out"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return !secrets.secrets.contains(QStringLiteral("Out/token")); }, budget::kServerMs));
    EXPECT_FALSE(profiles.profile(QStringLiteral("Out")).has_value());
}

TEST_F(Session, NoSecretReachesAnyFileWithTheRealKeychain)
{
    REQUIRE_SECRET_SERVICE();
    qRegisterMetaType<ConnectionVerdict>();
    const QString configDir =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QSettings realSettings(configDir + QStringLiteral("/ionos-admin-test/profiles.conf"),
                           QSettings::IniFormat);
    ProfileStore realProfiles(realSettings);
    KeychainSecretStore keychain(QStringLiteral("ionos-admin-test"));

    sandbox::SandboxOptions o1 = SandboxHarness::testOptions();
    o1.token = QStringLiteral("Tok-First-8f2c91d0");
    sandbox::SandboxOptions o2 = SandboxHarness::testOptions();
    o2.password = QStringLiteral("Pw-Second-77ab31e5");
    SandboxHarness first(o1);
    SandboxHarness second(o2);
    {
        SessionController session(&manager, realProfiles, keychain, {});
        ASSERT_TRUE(signIn(session, profileFor(first, QStringLiteral("First")), o1.token, true)
                        .verdict.signedIn());
        ASSERT_TRUE(
            signIn(session, profileFor(second, QStringLiteral("Second"), false), o2.password, true)
                .verdict.signedIn());
        // Switch back with the secret from the keychain.
        SessionController::StoredSecret stored;
        bool done = false;
        session.storedSecret(*realProfiles.profile(QStringLiteral("First")), nullptr,
                             [&](const auto &s) {
                                 stored = s;
                                 done = true;
                             });
        ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, budget::kServerMs));
        ASSERT_EQ(stored.secret, o1.token);
        ASSERT_TRUE(
            signIn(session, *realProfiles.profile(QStringLiteral("First")), *stored.secret, false)
                .verdict.signedIn());
    }
    realSettings.sync();

    QStringList scanned;
    for (const QStandardPaths::StandardLocation location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::GenericCacheLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            scanned << file.fileName();
            for (const QString &secret : {o1.token, o2.password}) {
                EXPECT_FALSE(content.contains(secret.toUtf8()))
                    << secret.toStdString() << " in " << file.fileName().toStdString();
                EXPECT_FALSE(content.contains(secret.toUtf8().toBase64()))
                    << file.fileName().toStdString();
            }
        }
    }
    EXPECT_TRUE(scanned.join(QLatin1Char('\n')).contains(QStringLiteral("profiles.conf")))
        << "the profiles were written";

    // Leave the test keychain as it was.
    for (const QString &key :
         {QStringLiteral("First/token"), QStringLiteral("Second/") + o2.username}) {
        bool removed = false;
        keychain.remove(key, nullptr, [&](const SecretStore::Outcome &) { removed = true; });
        [[maybe_unused]] const bool answered =
            QTest::qWaitFor([&] { return removed; }, budget::kServerMs);
    }
}

TEST_F(Session, TheEnvironmentsSecretWinsOverATypedOneWhichWinsOverTheKeychains)
{
    SandboxHarness h;
    const ConnectionProfile p = profileFor(h, QStringLiteral("P"));
    const std::optional<QString> stored = QStringLiteral("from-keychain");
    SessionController plain(&manager, profiles, secrets, {});
    EXPECT_EQ(plain.chooseSecret(p, {}, stored).secret, stored);
    EXPECT_EQ(plain.chooseSecret(p, QStringLiteral("typed"), stored).secret,
              QStringLiteral("typed"));
    EXPECT_FALSE(plain.chooseSecret(p).secret.has_value());
    EXPECT_FALSE(plain.chooseSecret(p, QStringLiteral("typed"), stored).fromEnvironment);

    QProcessEnvironment env;
    env.insert(QStringLiteral("IONOS_TOKEN"), QStringLiteral("from-environment"));
    SessionController overridden(&manager, profiles, secrets, EnvironmentOverrides::read(env));
    const SessionController::StoredSecret chosen =
        overridden.chooseSecret(p, QStringLiteral("typed"), stored);
    EXPECT_EQ(chosen.secret, QStringLiteral("from-environment"));
    EXPECT_TRUE(chosen.fromEnvironment);
    // Reading the stored secret follows the same rule: the keychain is not even asked.
    secrets.secrets.insert(p.secretKey(), *stored);
    const int readsBefore = secrets.reads;
    std::optional<SessionController::StoredSecret> read;
    overridden.storedSecret(p, nullptr,
                            [&](const SessionController::StoredSecret &s) { read = s; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return read.has_value(); }, budget::kServerMs));
    EXPECT_EQ(read->secret, QStringLiteral("from-environment"));
    EXPECT_EQ(secrets.reads, readsBefore);
}

TEST_F(Session,
       TheWindowAndACommandStartASessionTheSameWayButOnlyACommandSignsInWithTheEnvironmentAlone)
{
    qRegisterMetaType<ConnectionVerdict>();
    SandboxHarness h;
    QProcessEnvironment env;
    env.insert(QStringLiteral("IONOS_TOKEN"), h.server().options().token);
    env.insert(QStringLiteral("IONOS_API_URL"), h.server().cloudBaseUrl().toString());
    SessionController session(&manager, profiles, secrets, EnvironmentOverrides::read(env));

    // No profile saved: the window asks a person, a command signs in with the variables.
    SessionStart window(session, SessionStart::Caller::Window);
    QSignalSpy windowStopped(&window, &SessionStart::stopped);
    window.start();
    ASSERT_EQ(windowStopped.count(), 1);
    EXPECT_EQ(windowStopped.first().at(0).value<SessionStart::Stop>(),
              SessionStart::Stop::NoProfile);

    SessionStart command(session, SessionStart::Caller::Command);
    QSignalSpy signedIn(&command, &SessionStart::signedIn);
    QSignalSpy commandStopped(&command, &SessionStart::stopped);
    command.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return signedIn.count() + commandStopped.count() > 0; },
                                budget::kServerMs));
    ASSERT_EQ(signedIn.count(), 1) << commandStopped.value(0).value(1).toString().toStdString();
    EXPECT_TRUE(profiles.names().isEmpty()) << "a command saves nothing";
    EXPECT_EQ(secrets.writes, 0);

    // Then both load the account into a workspace the same way.
    std::unique_ptr<Workspace> workspace(SessionStart::loadWorkspace(session, nullptr));
    ASSERT_NE(workspace, nullptr);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return workspace->isEverythingLoaded(); }, budget::kServerMs));
    EXPECT_EQ(workspace->state().users().size(), int(h.state().userOrder().size()));
}

TEST_F(Session, AStartThatFindsNoSecretSaysWhyAndSignsInToNothing)
{
    SandboxHarness h;
    SessionController session(&manager, profiles, secrets, {});
    const ConnectionProfile p = profileFor(h, QStringLiteral("Saved"));
    profiles.save(p);
    profiles.setLastUsed(p.name);
    secrets.readProblem = SecretStore::Problem::NoService;
    SessionStart start(session, SessionStart::Caller::Command);
    QSignalSpy stopped(&start, &SessionStart::stopped);
    start.start();
    ASSERT_TRUE(stopped.wait(budget::kServerMs));
    EXPECT_EQ(stopped.first().at(0).value<SessionStart::Stop>(), SessionStart::Stop::NoSecret);
    EXPECT_TRUE(stopped.first().at(1).toString().contains(QStringLiteral("Secret Service")));
    EXPECT_FALSE(session.isSignedIn());
}
