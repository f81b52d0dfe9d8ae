#include "models/connection/keychainsecretstore.h"

#include <QPointer>
#include <QTimer>

#include <memory>
#include <qt6keychain/keychain.h>

namespace ionos {
namespace {

SecretStore::Problem problemOf(QKeychain::Error error, const QString &text)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Problem::None;
    case QKeychain::EntryNotFound:
        return SecretStore::Problem::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Problem::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Problem::NoService;
    default:
        // Without a session bus Qt Keychain says "Cannot autolaunch D-Bus without X11 $DISPLAY"
        // or names org.freedesktop.secrets.
        if (text.contains(QStringLiteral("D-Bus"), Qt::CaseInsensitive) ||
            text.contains(QStringLiteral("DBus"), Qt::CaseInsensitive) ||
            text.contains(QStringLiteral("org.freedesktop.secrets")))
            return SecretStore::Problem::NoService;
        return SecretStore::Problem::Other;
    }
}

// Runs one job with a timeout and delivers exactly one outcome while the context lives.
void run(QKeychain::Job *job, int timeoutMs, QObject *context, SecretStore::Callback done,
         bool reading)
{
    struct State
    {
        bool finished = false;
        QPointer<QObject> context;
        bool hasContext = false;
        SecretStore::Callback done;
    };
    auto state = std::make_shared<State>();
    state->context = context;
    state->hasContext = context != nullptr;
    state->done = std::move(done);
    auto finish = [state](const SecretStore::Outcome &outcome) {
        if (state->finished)
            return;
        state->finished = true;
        if (!state->hasContext || state->context)
            state->done(outcome);
        state->done = nullptr;
    };
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [finish, reading](QKeychain::Job *j) {
        SecretStore::Outcome outcome;
        outcome.problem = problemOf(j->error(), j->errorString());
        if (!outcome.ok())
            outcome.detail = j->errorString();
        else if (reading)
            outcome.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        finish(outcome);
    });
    // The job cannot be stopped; after the timeout its answer is ignored.
    QTimer::singleShot(timeoutMs, context ? context : job, [finish] {
        finish({SecretStore::Problem::TimedOut, {}, {}});
    });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, m_timeoutMs, context, std::move(done), true);
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    run(job, m_timeoutMs, context, std::move(done), false);
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, m_timeoutMs, context, std::move(done), false);
}

} // namespace ionos
