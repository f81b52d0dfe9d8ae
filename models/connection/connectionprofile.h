#pragma once

#include "network/connectionsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ionos {

// A saved connection: everything but the secret, which lives only in the system keychain.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    enum class AuthMethod
    {
        Token,
        Password
    };

    QString name;
    QString cloudUrl = ApiEndpoints::defaultCloudBase().toString();
    QString resellerUrl = ApiEndpoints::defaultResellerBase().toString();
    AuthMethod auth = AuthMethod::Token;
    QString username;                     // for Password
    std::optional<qint32> contractNumber; // sent as X-Contract-Number
    QList<qint64> resellerContracts;      // the contracts this profile manages as a reseller

    // Where its secret is kept: by profile and user.
    QString secretKey() const;

    // What is wrong with it, for a person; empty when it can be used.
    QStringList problems() const;

    // The client's settings with this profile and a secret.
    ConnectionSettings toSettings(const QString &secret) const;

    bool operator==(const ConnectionProfile &other) const;
};

// Reads the reseller contract numbers as a person types them ("1, 2 17"); false and a message
// when one is not a positive whole number.
bool parseContractNumbers(const QString &text, QList<qint64> *numbers, QString *problem);
QString formatContractNumbers(const QList<qint64> &numbers);

} // namespace ionos
