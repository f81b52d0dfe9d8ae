// The connection dialog driven as a person would: fill, test the connection against the
// sandbox, sign in (which saves), reopen; and what it says when things go wrong.
#include "budgets.h"
#include "keyringcheck.h"
#include "models/connection/keychainsecretstore.h"
#include "models/connection/sessioncontroller.h"
#include "sandboxharness.h"
#include "signedinwindow.h"
#include "throwawayprofiles.h"
#include "ui/connection/connectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class DialogTest : public ::testing::Test, protected ThrowawayProfiles
{
protected:
    QNetworkAccessManager manager;

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    static constexpr auto type = &SignedInWindow::type;
    static QString banner(QWidget *dialog)
    {
        return child<QLabel>(dialog, "messageBanner")->text();
    }
    static bool waitForBanner(QWidget *dialog, const QString &part)
    {
        return QTest::qWaitFor([&] { return banner(dialog).contains(part); }, budget::kServerMs);
    }
    void fillNew(QWidget *d, SandboxHarness &h, const QString &name, const QString &token)
    {
        type(d, "nameEdit", name);
        type(d, "cloudUrlEdit", h.server().cloudBaseUrl().toString());
        type(d, "resellerUrlEdit", h.server().resellerBaseUrl().toString());
        QTest::mouseClick(child<QWidget>(d, "tokenRadio"), Qt::LeftButton);
        type(d, "tokenEdit", token);
        type(d, "resellerContractsEdit", QStringLiteral("1, 2"));
    }
};

} // namespace

TEST_F(DialogTest, FillTestSignInAndReopenWithTheRealKeychain)
{
    REQUIRE_SECRET_SERVICE();
    SandboxHarness h;
    KeychainSecretStore keychain(QStringLiteral("ionos-admin-test"));
    SessionController session(&manager, profiles, keychain, {});
    {
        ConnectionDialog dialog(session);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        fillNew(&dialog, h, QStringLiteral("Sandbox"), h.server().options().token);
        QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
        ASSERT_TRUE(waitForBanner(&dialog, QStringLiteral("Connected")))
            << banner(&dialog).toStdString();
        EXPECT_FALSE(session.isSignedIn()) << "testing does not sign in";

        QDir().mkpath(QStringLiteral(IONOS_BINARY_DIR "/screenshots"));
        EXPECT_TRUE(dialog.grab().save(
            QStringLiteral(IONOS_BINARY_DIR "/screenshots/connection-dialog.png")));

        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; },
                                    budget::kServerMs))
            << banner(&dialog).toStdString();
        EXPECT_TRUE(session.isSignedIn());
        EXPECT_TRUE(dialog.saveNote().isEmpty()) << dialog.saveNote().toStdString();
    }
    {
        ConnectionDialog again(session);
        again.show();
        EXPECT_EQ(child<QLineEdit>(&again, "nameEdit")->text(), QStringLiteral("Sandbox"));
        EXPECT_EQ(child<QLineEdit>(&again, "cloudUrlEdit")->text(),
                  h.server().cloudBaseUrl().toString());
        EXPECT_EQ(child<QLineEdit>(&again, "resellerContractsEdit")->text(),
                  QStringLiteral("1, 2"));
        EXPECT_TRUE(child<QLineEdit>(&again, "tokenEdit")->text().isEmpty())
            << "a stored secret is never shown";
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return child<QLabel>(&again, "secretNote")
                    ->text()
                    .contains(QStringLiteral("stored in the keychain"));
            },
            budget::kServerMs));
        QTest::mouseClick(child<QPushButton>(&again, "signInButton"), Qt::LeftButton);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return again.result() == QDialog::Accepted; }, budget::kServerMs))
            << banner(&again).toStdString();
    }
    // Leave the test keychain as it was.
    session.signOut();
    QTest::qWait(200);
}

TEST_F(DialogTest, AWrongTokenKeepsEverythingTypedAndSaysWhy)
{
    SandboxHarness h;
    SessionController session(&manager, profiles, secrets, {});
    ConnectionDialog dialog(session);
    dialog.show();
    fillNew(&dialog, h, QStringLiteral("Typo"), QStringLiteral("not-the-token"));
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    ASSERT_TRUE(waitForBanner(&dialog, QStringLiteral("not accepted")))
        << banner(&dialog).toStdString();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("Typo"));
    EXPECT_EQ(child<QLineEdit>(&dialog, "tokenEdit")->text(), QStringLiteral("not-the-token"));
    EXPECT_TRUE(banner(&dialog).contains(QStringLiteral("Authentication failed")))
        << "the server's own words";
    EXPECT_TRUE(profiles.names().isEmpty());
}

TEST_F(DialogTest, ALockedKeyringStillConnectsWithAVisibleNote)
{
    SandboxHarness h;
    secrets.writeProblem = SecretStore::Problem::Locked;
    SessionController session(&manager, profiles, secrets, {});
    ConnectionDialog dialog(session);
    dialog.show();
    fillNew(&dialog, h, QStringLiteral("Locked"), h.server().options().token);
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    ASSERT_TRUE(waitForBanner(&dialog, QStringLiteral("not saved")))
        << banner(&dialog).toStdString();
    EXPECT_TRUE(banner(&dialog).contains(QStringLiteral("locked")));
    EXPECT_TRUE(session.isSignedIn());
    auto *signIn = child<QPushButton>(&dialog, "signInButton");
    EXPECT_TRUE(signIn->text().contains(QStringLiteral("Continue")));
    QTest::mouseClick(signIn, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.saveNote().isEmpty());
}

TEST_F(DialogTest, NoSecretServiceIsSaidPlainlyAndTypingStillWorks)
{
    SandboxHarness h;
    ConnectionProfile p;
    p.name = QStringLiteral("NoBus");
    p.cloudUrl = h.server().cloudBaseUrl().toString();
    p.resellerUrl = h.server().resellerBaseUrl().toString();
    profiles.save(p);
    profiles.setLastUsed(p.name);
    secrets.readProblem = SecretStore::Problem::NoService;
    secrets.writeProblem = SecretStore::Problem::NoService;
    SessionController session(&manager, profiles, secrets, {});
    ConnectionDialog dialog(session);
    dialog.show();
    ASSERT_TRUE(waitForBanner(&dialog, QStringLiteral("Secret Service")));
    EXPECT_TRUE(banner(&dialog).contains(QStringLiteral("typing")));
    type(&dialog, "tokenEdit", h.server().options().token);
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    ASSERT_TRUE(waitForBanner(&dialog, QStringLiteral("not saved")));
    EXPECT_TRUE(session.isSignedIn());
}

TEST_F(DialogTest, EnvironmentOverridesAreShownAsSuch)
{
    SandboxHarness h;
    QProcessEnvironment env;
    env.insert(QStringLiteral("IONOS_TOKEN"), h.server().options().token);
    env.insert(QStringLiteral("IONOS_API_URL"), h.server().cloudBaseUrl().toString());
    SessionController session(&manager, profiles, secrets, EnvironmentOverrides::read(env));
    ConnectionDialog dialog(session);
    dialog.show();
    auto *token = child<QLineEdit>(&dialog, "tokenEdit");
    EXPECT_FALSE(token->isEnabled());
    EXPECT_TRUE(token->placeholderText().contains(QStringLiteral("IONOS_TOKEN")));
    EXPECT_FALSE(child<QLineEdit>(&dialog, "cloudUrlEdit")->isEnabled());
    const QString notes = child<QLabel>(&dialog, "overrideNotes")->text();
    EXPECT_TRUE(notes.contains(QStringLiteral("IONOS_TOKEN")));
    EXPECT_TRUE(notes.contains(QStringLiteral("IONOS_API_URL")));
    EXPECT_FALSE(notes.contains(h.server().options().token));
    type(&dialog, "nameEdit", QStringLiteral("FromEnv"));
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, budget::kServerMs))
        << banner(&dialog).toStdString();
    EXPECT_EQ(secrets.writes, 0) << "an environment secret is never written";
}

TEST_F(DialogTest, InputIsCheckedBeforeAnythingIsSent)
{
    SandboxHarness h;
    SessionController session(&manager, profiles, secrets, {});
    ConnectionDialog dialog(session);
    dialog.show();
    fillNew(&dialog, h, QStringLiteral("Checked"), h.server().options().token);
    type(&dialog, "resellerContractsEdit", QStringLiteral("1, abc"));
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    EXPECT_TRUE(banner(&dialog).contains(QStringLiteral("abc")));
    type(&dialog, "resellerContractsEdit", QStringLiteral("1"));
    type(&dialog, "cloudUrlEdit", QStringLiteral("http://api.example.com"));
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    EXPECT_TRUE(banner(&dialog).contains(QStringLiteral("https://")));
    type(&dialog, "cloudUrlEdit", h.server().cloudBaseUrl().toString());
    type(&dialog, "tokenEdit", QString());
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    EXPECT_TRUE(banner(&dialog).contains(QStringLiteral("token")));
    EXPECT_TRUE(h.server().requestLog().isEmpty());
}

TEST_F(DialogTest, ForgettingAProfileAsksFirst)
{
    SandboxHarness h;
    ConnectionProfile p;
    p.name = QStringLiteral("Old");
    profiles.save(p);
    profiles.setLastUsed(p.name);
    secrets.secrets.insert(p.secretKey(), QStringLiteral("old-secret"));
    SessionController session(&manager, profiles, secrets, {});
    ConnectionDialog dialog(session);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "forgetButton"), Qt::LeftButton);
    auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("forgetConfirmation"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("Old")));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !secrets.secrets.contains(p.secretKey()); },
                                budget::kServerMs));
    EXPECT_TRUE(profiles.names().isEmpty());
    EXPECT_TRUE(child<QLineEdit>(&dialog, "nameEdit")->text().isEmpty());
}
