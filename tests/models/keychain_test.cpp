// The real Secret Service of the test command: store, read, overwrite, delete, two profiles.
#include "budgets.h"
#include "keyringcheck.h"
#include "models/connection/keychainsecretstore.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

SecretStore::Outcome call(const std::function<void(SecretStore::Callback)> &operation)
{
    SecretStore::Outcome result;
    bool done = false;
    operation([&](const SecretStore::Outcome &o) {
        result = o;
        done = true;
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, budget::kServerMs));
    return result;
}

} // namespace

TEST(Keychain, StoresReadsOverwritesAndDeletes)
{
    REQUIRE_SECRET_SERVICE();
    KeychainSecretStore store(QStringLiteral("ionos-admin-test"));
    const QString key = QStringLiteral("prod/ops@example.com");
    EXPECT_TRUE(
        call([&](auto cb) { store.write(key, QStringLiteral("first-secret"), nullptr, cb); }).ok());
    EXPECT_EQ(call([&](auto cb) { store.read(key, nullptr, cb); }).secret,
              QStringLiteral("first-secret"));
    EXPECT_TRUE(call([&](auto cb) {
                    store.write(key, QStringLiteral("second-secret"), nullptr, cb);
                }).ok());
    EXPECT_EQ(call([&](auto cb) { store.read(key, nullptr, cb); }).secret,
              QStringLiteral("second-secret"));
    EXPECT_TRUE(call([&](auto cb) { store.remove(key, nullptr, cb); }).ok());
    const SecretStore::Outcome gone = call([&](auto cb) { store.read(key, nullptr, cb); });
    EXPECT_EQ(gone.problem, SecretStore::Problem::NotFound);
    EXPECT_TRUE(gone.secret.isEmpty());
}

TEST(Keychain, TwoProfilesSideBySide)
{
    REQUIRE_SECRET_SERVICE();
    KeychainSecretStore store(QStringLiteral("ionos-admin-test"));
    EXPECT_TRUE(call([&](auto cb) {
                    store.write(QStringLiteral("a/token"), QStringLiteral("token-a"), nullptr, cb);
                }).ok());
    EXPECT_TRUE(call([&](auto cb) {
                    store.write(QStringLiteral("b/token"), QStringLiteral("token-b"), nullptr, cb);
                }).ok());
    EXPECT_EQ(call([&](auto cb) { store.read(QStringLiteral("a/token"), nullptr, cb); }).secret,
              QStringLiteral("token-a"));
    EXPECT_EQ(call([&](auto cb) { store.read(QStringLiteral("b/token"), nullptr, cb); }).secret,
              QStringLiteral("token-b"));
    EXPECT_TRUE(call([&](auto cb) { store.remove(QStringLiteral("a/token"), nullptr, cb); }).ok());
    EXPECT_EQ(call([&](auto cb) { store.read(QStringLiteral("b/token"), nullptr, cb); }).secret,
              QStringLiteral("token-b"));
    call([&](auto cb) { store.remove(QStringLiteral("b/token"), nullptr, cb); });
}

TEST(Keychain, AnotherServiceDoesNotSeeTheSecret)
{
    REQUIRE_SECRET_SERVICE();
    KeychainSecretStore mine(QStringLiteral("ionos-admin-test"));
    KeychainSecretStore other(QStringLiteral("ionos-admin-other"));
    EXPECT_TRUE(call([&](auto cb) {
                    mine.write(QStringLiteral("k"), QStringLiteral("v"), nullptr, cb);
                }).ok());
    EXPECT_EQ(call([&](auto cb) { other.read(QStringLiteral("k"), nullptr, cb); }).problem,
              SecretStore::Problem::NotFound);
    call([&](auto cb) { mine.remove(QStringLiteral("k"), nullptr, cb); });
}

TEST(Keychain, EveryProblemHasAPlainMessage)
{
    for (auto problem : {SecretStore::Problem::NoService, SecretStore::Problem::Locked,
                         SecretStore::Problem::NotFound, SecretStore::Problem::TimedOut,
                         SecretStore::Problem::Other}) {
        const QString reading =
            SecretStore::describe({problem, {}, QStringLiteral("detail")}, false);
        const QString saving = SecretStore::describe({problem, {}, QStringLiteral("detail")}, true);
        EXPECT_GT(reading.size(), 20);
        EXPECT_GT(saving.size(), 20);
    }
    EXPECT_TRUE(SecretStore::describe({SecretStore::Problem::NoService, {}, {}}, true)
                    .contains(QStringLiteral("Secret Service")));
    EXPECT_TRUE(SecretStore::describe({SecretStore::Problem::Locked, {}, {}}, true)
                    .contains(QStringLiteral("locked")));
}
