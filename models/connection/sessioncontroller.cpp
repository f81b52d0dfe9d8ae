#include "models/connection/sessioncontroller.h"

#include "network/tokenexpiry.h"

namespace ionos {
namespace {

// A client is never deleted from inside one of its own callbacks.
void retire(std::unique_ptr<ApiClient> &client)
{
    if (!client)
        return;
    client->cancelAll();
    client.release()->deleteLater();
}

} // namespace

SessionController::SessionController(QNetworkAccessManager *manager, ProfileStore &profiles,
                                     SecretStore &secrets, EnvironmentOverrides overrides,
                                     QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_overrides(std::move(overrides))
{}

SessionController::~SessionController()
{
    retire(m_pending);
    retire(m_client);
}

ConnectionProfile SessionController::effective(const ConnectionProfile &profile) const
{
    return m_overrides.applyTo(profile);
}

SessionController::StoredSecret
SessionController::chooseSecret(const ConnectionProfile &profile, const QString &typed,
                                const std::optional<QString> &stored) const
{
    StoredSecret s;
    if (const std::optional<QString> fromEnvironment = m_overrides.secretFor(effective(profile))) {
        s.secret = fromEnvironment;
        s.fromEnvironment = true;
    } else if (!typed.isEmpty()) {
        s.secret = typed;
    } else {
        s.secret = stored;
    }
    return s;
}

void SessionController::storedSecret(const ConnectionProfile &profile, QObject *context,
                                     std::function<void(const StoredSecret &)> done)
{
    const StoredSecret withoutKeychain = chooseSecret(profile);
    if (withoutKeychain.fromEnvironment) {
        QMetaObject::invokeMethod(
            context ? context : this, [done, withoutKeychain] { done(withoutKeychain); },
            Qt::QueuedConnection);
        return;
    }
    m_secrets.read(effective(profile).secretKey(), context,
                   [this, profile, done](const SecretStore::Outcome &outcome) {
                       StoredSecret s = chooseSecret(
                           profile, {},
                           outcome.ok() ? std::optional<QString>(outcome.secret) : std::nullopt);
                       if (!outcome.ok() && outcome.problem != SecretStore::Problem::NotFound)
                           s.problem = SecretStore::describe(outcome, false);
                       done(s);
                   });
}

ApiCall *SessionController::test(const ConnectionProfile &profile, const QString &secret,
                                 QObject *context,
                                 std::function<void(const ConnectionVerdict &)> done)
{
    std::shared_ptr<ApiClient> client(
        new ApiClient(m_manager, effective(profile).toSettings(secret)),
        [](ApiClient *c) { c->deleteLater(); });
    // The client lives until the check is done.
    return ConnectionCheck::run(*client, context,
                                [client, done](const ConnectionVerdict &v) { done(v); });
}

void SessionController::signIn(const ConnectionProfile &profile, const QString &secret,
                               bool remember, bool persist)
{
    if (m_pendingCall)
        m_pendingCall->cancel();
    retire(m_pending);
    const ConnectionProfile used = effective(profile);
    m_pending = std::make_unique<ApiClient>(m_manager, used.toSettings(secret));
    const bool secretFromEnvironment = chooseSecret(profile).fromEnvironment;
    m_pendingCall = ConnectionCheck::run(
        *m_pending, this,
        [this, profile, used, secret, remember, persist,
         secretFromEnvironment](const ConnectionVerdict &verdict) {
            if (!verdict.signedIn()) {
                retire(m_pending);
                emit signInFinished(verdict, {});
                return;
            }
            endSession();
            m_client = std::move(m_pending);
            connect(m_client.get(), &ApiClient::activityChanged, this,
                    &SessionController::requestsChanged);
            connect(m_client.get(), &ApiClient::rateLimitChanged, this,
                    &SessionController::rateLimitChanged);
            m_active = used;
            if (persist) {
                m_profiles.save(profile); // the profile as typed: overrides are never written
                m_profiles.setLastUsed(profile.name);
                m_saved = profile;
            } else {
                m_saved.reset();
            }
            emit sessionChanged();
            if (!remember || secretFromEnvironment) {
                emit signInFinished(verdict, secretFromEnvironment
                                                 ? tr("The secret came from the environment and "
                                                      "was not saved.")
                                                 : tr("The secret was not saved: you are signed "
                                                      "in for this session only."));
                return;
            }
            m_secrets.write(used.secretKey(), secret, this,
                            [this, verdict](const SecretStore::Outcome &outcome) {
                                const QString note =
                                    outcome.ok() ? QString()
                                                 : tr("Signed in for this session only; the "
                                                      "secret was not saved. %1")
                                                       .arg(SecretStore::describe(outcome, true));
                                emit signInFinished(verdict, note);
                            });
        });
}

void SessionController::renewSecret(const QString &secret, bool remember, QObject *context,
                                    std::function<void(const ConnectionVerdict &)> done)
{
    if (!m_active)
        return;
    const ConnectionProfile profile = *m_active;
    ApiClient *client = m_client.get();
    test(profile, secret, context,
         [this, profile, client, secret, remember, done](const ConnectionVerdict &verdict) {
             // Only for the session that asked: a sign-in in between made another.
             if (verdict.signedIn() && m_client.get() == client) {
                 m_client->setSettings(profile.toSettings(secret));
                 if (remember && !chooseSecret(profile).fromEnvironment)
                     m_secrets.write(profile.secretKey(), secret, this,
                                     [](const SecretStore::Outcome &) {});
             }
             done(verdict);
         });
}

void SessionController::endSession()
{
    if (!m_client)
        return;
    // Calls in progress end as cancelled; nothing of the old session reaches the views.
    retire(m_client);
    m_active.reset();
}

void SessionController::setResellerContracts(const QList<qint64> &contracts)
{
    if (!m_active)
        return;
    m_active->resellerContracts = contracts;
    if (m_saved) {
        m_saved->resellerContracts = contracts;
        m_profiles.save(*m_saved);
    }
    emit resellerContractsChanged(contracts);
}

void SessionController::signOut()
{
    if (!m_active) {
        return;
    }
    const ConnectionProfile ended = *m_active;
    endSession();
    emit sessionChanged();
    m_secrets.remove(ended.secretKey(), this, [this](const SecretStore::Outcome &outcome) {
        const bool gone = outcome.ok() || outcome.problem == SecretStore::Problem::NotFound;
        emit signedOut(gone ? tr("Signed out; the stored secret was removed.")
                            : tr("Signed out, but the stored secret could not be removed. %1")
                                  .arg(SecretStore::describe(outcome, true)));
    });
}

void SessionController::forget(const QString &name)
{
    const std::optional<ConnectionProfile> profile = m_profiles.profile(name);
    if (!profile)
        return;
    if (m_active && m_active->name == name) {
        endSession();
        emit sessionChanged();
    }
    m_profiles.remove(name);
    m_secrets.remove(profile->secretKey(), this, [](const SecretStore::Outcome &) {});
}

std::optional<ConnectionProfile> SessionController::profileToResume() const
{
    const QString name = m_overrides.profileName.value_or(m_profiles.lastUsed());
    std::optional<ConnectionProfile> profile = m_profiles.profile(name);
    if (!profile && m_overrides.profileName && !m_overrides.isEmpty()) {
        // --profile names a new profile that the environment describes.
        profile = ConnectionProfile();
        profile->name = *m_overrides.profileName;
    }
    return profile;
}

std::optional<QDateTime> SessionController::tokenExpiry() const
{
    if (!m_client || !m_client->settings().credentials.usesToken())
        return std::nullopt;
    return TokenExpiry::of(m_client->settings().credentials.token);
}

} // namespace ionos
