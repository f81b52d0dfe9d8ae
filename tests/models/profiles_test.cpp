// Connection profiles in QSettings, reseller contract numbers, and environment overrides.
#include "models/connection/environmentoverrides.h"
#include "models/connection/profilestore.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

ConnectionProfile sample(const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.cloudUrl = QStringLiteral("https://api.example.com/cloudapi/v6");
    p.resellerUrl = QStringLiteral("https://api.example.com/reseller/v2");
    p.auth = ConnectionProfile::AuthMethod::Password;
    p.username = QStringLiteral("ops@example.com");
    p.contractNumber = 31415;
    p.resellerContracts = {7, 9};
    return p;
}

} // namespace

TEST(ProfileStore, SavesReadsListsAndRemovesProfiles)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.conf")), QSettings::IniFormat);
    ProfileStore store(settings);
    EXPECT_TRUE(store.names().isEmpty());
    const ConnectionProfile a = sample(QStringLiteral("Production / EU"));
    ConnectionProfile b = sample(QStringLiteral("staging"));
    b.auth = ConnectionProfile::AuthMethod::Token;
    b.contractNumber.reset();
    b.resellerContracts.clear();
    store.save(a);
    store.save(b);
    store.setLastUsed(a.name);
    EXPECT_EQ(store.names(), (QStringList{a.name, b.name}));
    EXPECT_EQ(store.profile(a.name), a);
    EXPECT_EQ(store.profile(b.name), b);
    EXPECT_EQ(store.lastUsed(), a.name);

    QSettings reopened(dir.filePath(QStringLiteral("p.conf")), QSettings::IniFormat);
    EXPECT_EQ(ProfileStore(reopened).profile(a.name), a);

    store.remove(a.name);
    EXPECT_EQ(store.names(), QStringList{b.name});
    EXPECT_FALSE(store.profile(a.name).has_value());
    EXPECT_TRUE(store.lastUsed().isEmpty());
}

TEST(ConnectionProfile, ProblemsAreSaidPlainly)
{
    ConnectionProfile p = sample(QString());
    EXPECT_EQ(p.problems().size(), 1);
    p.name = QStringLiteral("x");
    p.cloudUrl = QStringLiteral("http://api.example.com");
    p.username.clear();
    EXPECT_EQ(p.problems().size(), 2);
    p.cloudUrl = QStringLiteral("http://127.0.0.1:8080");
    p.username = QStringLiteral("u@example.com");
    EXPECT_TRUE(p.problems().isEmpty());
    EXPECT_EQ(p.toSettings(QStringLiteral("pw")).cloudBase.toString(),
              QStringLiteral("http://127.0.0.1:8080/cloudapi/v6"));
    EXPECT_EQ(p.toSettings(QStringLiteral("pw")).credentials.password, QStringLiteral("pw"));
    EXPECT_TRUE(p.toSettings(QStringLiteral("pw")).credentials.token.isEmpty());
    EXPECT_EQ(*p.toSettings(QStringLiteral("pw")).contractNumber, 31415);
}

TEST(ConnectionProfile, SecretsAreKeyedByProfileAndUser)
{
    ConnectionProfile p = sample(QStringLiteral("prod"));
    EXPECT_EQ(p.secretKey(), QStringLiteral("prod/ops@example.com"));
    p.auth = ConnectionProfile::AuthMethod::Token;
    EXPECT_EQ(p.secretKey(), QStringLiteral("prod/token"));
}

TEST(ContractNumbers, OnlyPositiveWholeNumbers)
{
    QList<qint64> numbers;
    QString problem;
    EXPECT_TRUE(parseContractNumbers(QStringLiteral(" 1, 2 17;2"), &numbers, &problem));
    EXPECT_EQ(numbers, (QList<qint64>{1, 2, 17}));
    EXPECT_TRUE(parseContractNumbers(QString(), &numbers, &problem));
    EXPECT_TRUE(numbers.isEmpty());
    for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("-4"),
                               QStringLiteral("1.5")}) {
        EXPECT_FALSE(parseContractNumbers(bad, &numbers, &problem)) << bad.toStdString();
        EXPECT_TRUE(problem.contains(bad)) << problem.toStdString();
    }
    EXPECT_EQ(formatContractNumbers({3, 4}), QStringLiteral("3, 4"));
}

TEST(EnvironmentOverrides, ReadAsTheCliAndSdksReadThem)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("IONOS_TOKEN"), QStringLiteral("env-token"));
    env.insert(QStringLiteral("IONOS_API_URL"), QStringLiteral("https://gateway.example.com"));
    env.insert(QStringLiteral("IONOS_CONTRACT_NUMBER"), QStringLiteral("4242"));
    const EnvironmentOverrides o = EnvironmentOverrides::read(env);
    ConnectionProfile p = sample(QStringLiteral("prod"));
    const ConnectionProfile used = o.applyTo(p);
    EXPECT_EQ(used.auth, ConnectionProfile::AuthMethod::Token);
    EXPECT_EQ(used.cloudUrl, QStringLiteral("https://gateway.example.com/cloudapi/v6"));
    EXPECT_EQ(used.resellerUrl, QStringLiteral("https://gateway.example.com/reseller/v2"));
    EXPECT_EQ(*used.contractNumber, 4242);
    EXPECT_EQ(o.secretFor(used), QStringLiteral("env-token"));
    const QString notes = o.notes().join(QLatin1Char('\n'));
    EXPECT_TRUE(notes.contains(QStringLiteral("IONOS_TOKEN")));
    EXPECT_TRUE(notes.contains(QStringLiteral("IONOS_API_URL")));
    EXPECT_FALSE(notes.contains(QStringLiteral("env-token"))) << "a note never shows a secret";
}

TEST(EnvironmentOverrides, UsernameAndPasswordAndTheCommandLine)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("IONOS_USERNAME"), QStringLiteral("env@example.com"));
    env.insert(QStringLiteral("IONOS_PASSWORD"), QStringLiteral("env-password"));
    env.insert(QStringLiteral("IONOS_API_URL"), QStringLiteral("https://from-env.example.com"));
    env.insert(QStringLiteral("IONOS_CONTRACT_NUMBER"), QStringLiteral("twelve"));
    const EnvironmentOverrides o = EnvironmentOverrides::read(
        env, QStringLiteral("staging"), QStringLiteral("http://127.0.0.1:9000/cloudapi/v6"));
    EXPECT_EQ(*o.profileName, QStringLiteral("staging"));
    EXPECT_EQ(o.apiUrlSource, QStringLiteral("--api-url"));
    const ConnectionProfile used = o.applyTo(sample(QStringLiteral("staging")));
    EXPECT_EQ(used.auth, ConnectionProfile::AuthMethod::Password);
    EXPECT_EQ(used.username, QStringLiteral("env@example.com"));
    EXPECT_EQ(used.cloudUrl, QStringLiteral("http://127.0.0.1:9000/cloudapi/v6"));
    EXPECT_EQ(o.secretFor(used), QStringLiteral("env-password"));
    EXPECT_FALSE(o.contractNumber.has_value());
    EXPECT_TRUE(o.notes().join(QLatin1Char(' ')).contains(QStringLiteral("IONOS_CONTRACT_NUMBER")));

    QProcessEnvironment insecure;
    insecure.insert(QStringLiteral("IONOS_API_URL"), QStringLiteral("http://api.example.com"));
    const EnvironmentOverrides refused = EnvironmentOverrides::read(insecure);
    EXPECT_FALSE(refused.apiUrl.has_value());
    EXPECT_FALSE(refused.problems.isEmpty());
    EXPECT_TRUE(EnvironmentOverrides::read(QProcessEnvironment()).isEmpty());
}
