#pragma once

#include "models/connection/connectioncheck.h"
#include "models/connection/connectionprofile.h"
#include "models/connection/environmentoverrides.h"
#include "models/connection/profilestore.h"
#include "models/connection/secretstore.h"
#include "network/apiclient.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace ionos {

// Profiles, sign-in and the active session. Signing in makes one light call; on success the
// profile is saved and the secret goes to the keychain (never anywhere else). Switching to
// another profile ends the previous session: its calls are cancelled and everything loaded from
// it is to be dropped (sessionChanged).
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(QNetworkAccessManager *manager, ProfileStore &profiles, SecretStore &secrets,
                      EnvironmentOverrides overrides, QObject *parent = nullptr);
    ~SessionController() override;

    ProfileStore &profiles() { return m_profiles; }
    const EnvironmentOverrides &overrides() const { return m_overrides; }
    // The profile to resume at start: the one named on the command line (a new one that the
    // environment describes included), else the one used last; none when there is none.
    std::optional<ConnectionProfile> profileToResume() const;
    // The profile as this run uses it: the environment and command line applied.
    ConnectionProfile effective(const ConnectionProfile &profile) const;

    struct StoredSecret
    {
        std::optional<QString> secret;
        bool fromEnvironment = false;
        QString problem; // why there is none, for a person; empty when simply not stored
    };
    // Which secret signing in to a profile uses, decided here and nowhere else: a secret from
    // the environment wins over one typed, and one typed over the keychain's (stored).
    StoredSecret chooseSecret(const ConnectionProfile &profile, const QString &typed = {},
                              const std::optional<QString> &stored = std::nullopt) const;
    // The secret for a profile (chooseSecret without one typed): the keychain is read only when
    // the environment has none.
    void storedSecret(const ConnectionProfile &profile, QObject *context,
                      std::function<void(const StoredSecret &)> done);

    // One light call with these settings, without signing in.
    ApiCall *test(const ConnectionProfile &profile, const QString &secret, QObject *context,
                  std::function<void(const ConnectionVerdict &)> done);

    // Signs in with a secret typed or read. persist: save the profile and make it the last used
    // (false for the demo). remember: keep a typed secret in the keychain.
    void signIn(const ConnectionProfile &profile, const QString &secret, bool remember,
                bool persist = true);
    // New credentials for the session in progress (after a token expired): checked with one
    // light call, then used from the next call on and, when remember, kept in the keychain. The
    // session and everything loaded stay.
    void renewSecret(const QString &secret, bool remember, QObject *context,
                     std::function<void(const ConnectionVerdict &)> done);
    // Ends the session and removes the stored secret.
    void signOut();
    // Removes a profile and its stored secret.
    void forget(const QString &name);

    // Changes the reseller contracts of the active profile (saved with it, unless the session is
    // the demo's).
    void setResellerContracts(const QList<qint64> &contracts);

    ApiClient *client() const { return m_client.get(); }
    std::optional<ConnectionProfile> activeProfile() const { return m_active; }
    bool isSignedIn() const { return m_client != nullptr; }
    // When the token the session signed in with stops working, as the token itself says; none
    // for a password or a token that does not say.
    std::optional<QDateTime> tokenExpiry() const;

signals:
    // After signIn(): the verdict, and a note when the secret could not be saved.
    void signInFinished(const ConnectionVerdict &verdict, const QString &saveNote);
    // A session started or ended: views drop everything they loaded.
    void sessionChanged();
    void signedOut(const QString &note);
    void resellerContractsChanged(const QList<qint64> &contracts);
    // The active session's requests waiting and in flight, and the rate limit the server sent.
    void requestsChanged(int queued, int inFlight);
    void rateLimitChanged(const ionos::RateLimitFigures &figures);

private:
    void endSession();

    QNetworkAccessManager *m_manager;
    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    EnvironmentOverrides m_overrides;
    std::unique_ptr<ApiClient> m_client;
    std::optional<ConnectionProfile> m_active;
    std::optional<ConnectionProfile> m_saved; // the active profile as saved (no overrides)
    std::unique_ptr<ApiClient> m_pending;     // the client of a sign-in in progress
    QPointer<ApiCall> m_pendingCall;
};

} // namespace ionos
