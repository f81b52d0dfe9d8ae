#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace ionos {

// Where passwords and tokens are kept: the system keychain, behind this interface so that the
// error paths can be tested with a store that fails on purpose.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    enum class Problem
    {
        None,
        NoService, // no Secret Service (keyring daemon) on the session bus
        Locked,    // the keyring is locked and refused the write
        NotFound,  // no secret stored under that key
        TimedOut,  // the keychain did not answer in time
        Other,
    };

    struct Outcome
    {
        Problem problem = Problem::None;
        QString secret; // for reads
        QString detail; // the keychain's own words, never a secret

        bool ok() const { return problem == Problem::None; }
    };
    using Callback = std::function<void(const Outcome &)>;

    virtual ~SecretStore() = default;

    // Each finishes once, asynchronously, and calls back only while context is alive.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // A plain message for a person about a problem, for reading or for saving.
    static QString describe(const Outcome &outcome, bool saving);
};

} // namespace ionos
