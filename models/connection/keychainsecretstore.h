#pragma once

#include "models/connection/secretstore.h"

namespace ionos {

// Secrets in the system keychain through Qt Keychain (the Secret Service on Linux). Never the
// insecure fallback: without a keychain, nothing is saved. Every job has a timeout.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("ionos-admin"),
                                 int timeoutMs = 10000);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace ionos
