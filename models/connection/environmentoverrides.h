#pragma once

#include "models/connection/connectionprofile.h"

#include <QProcessEnvironment>

namespace ionos {

// What the environment (IONOS_TOKEN, IONOS_USERNAME, IONOS_PASSWORD, IONOS_API_URL,
// IONOS_CONTRACT_NUMBER, as the IONOS CLI and SDKs read them) and the command line (--profile,
// --api-url) say for this run. They override the profile for the run only and are never written
// anywhere.
struct EnvironmentOverrides
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentOverrides)

public:
    std::optional<QString> token;
    std::optional<QString> username;
    std::optional<QString> password;
    std::optional<QString> apiUrl; // the Cloud API; the Reseller API on the same origin
    QString apiUrlSource;          // "IONOS_API_URL" or "--api-url"
    std::optional<qint32> contractNumber;
    std::optional<QString> profileName; // --profile
    QStringList problems;               // values that could not be used, for a person

    static EnvironmentOverrides read(const QProcessEnvironment &environment,
                                     const QString &profileOption = {},
                                     const QString &apiUrlOption = {});

    bool isEmpty() const;
    // The profile as this run uses it (secrets are applied by secretFor()).
    ConnectionProfile applyTo(ConnectionProfile profile) const;
    // The secret from the environment for this profile's way of signing in, if any.
    std::optional<QString> secretFor(const ConnectionProfile &profile) const;
    // One line per override, naming its source, for the connection dialog.
    QStringList notes() const;
};

} // namespace ionos
