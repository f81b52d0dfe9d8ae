#include "models/connection/environmentoverrides.h"

#include <QUrl>

namespace ionos {
namespace {

std::optional<QString> nonEmpty(const QProcessEnvironment &env, const char *name)
{
    const QString value = env.value(QLatin1String(name));
    return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
}

} // namespace

EnvironmentOverrides EnvironmentOverrides::read(const QProcessEnvironment &env,
                                                const QString &profileOption,
                                                const QString &apiUrlOption)
{
    EnvironmentOverrides o;
    o.token = nonEmpty(env, "IONOS_TOKEN");
    o.username = nonEmpty(env, "IONOS_USERNAME");
    o.password = nonEmpty(env, "IONOS_PASSWORD");
    if (!apiUrlOption.isEmpty()) {
        o.apiUrl = apiUrlOption;
        o.apiUrlSource = QStringLiteral("--api-url");
    } else if (const auto url = nonEmpty(env, "IONOS_API_URL")) {
        o.apiUrl = url;
        o.apiUrlSource = QStringLiteral("IONOS_API_URL");
    }
    if (o.apiUrl && ApiEndpoints::cloudBaseFrom(*o.apiUrl).isEmpty()) {
        o.problems << tr("%1 is not a usable API address (https://, or http:// only for this "
                         "computer); it is ignored.")
                          .arg(o.apiUrlSource);
        o.apiUrl.reset();
    }
    if (const auto contract = nonEmpty(env, "IONOS_CONTRACT_NUMBER")) {
        bool ok = false;
        const int n = contract->trimmed().toInt(&ok);
        if (ok && n > 0)
            o.contractNumber = n;
        else
            o.problems << tr(
                "IONOS_CONTRACT_NUMBER is not a positive whole number; it is ignored.");
    }
    if (!profileOption.isEmpty())
        o.profileName = profileOption;
    return o;
}

bool EnvironmentOverrides::isEmpty() const
{
    return !token && !username && !password && !apiUrl && !contractNumber;
}

ConnectionProfile EnvironmentOverrides::applyTo(ConnectionProfile profile) const
{
    if (apiUrl) {
        const QUrl cloud = ApiEndpoints::cloudBaseFrom(*apiUrl);
        profile.cloudUrl = cloud.toString();
        const QString origin =
            cloud.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        profile.resellerUrl = ApiEndpoints::resellerBaseFrom(origin).toString();
    }
    if (token) {
        profile.auth = ConnectionProfile::AuthMethod::Token;
    } else if (username) {
        profile.auth = ConnectionProfile::AuthMethod::Password;
        profile.username = *username;
    }
    if (contractNumber)
        profile.contractNumber = contractNumber;
    return profile;
}

std::optional<QString> EnvironmentOverrides::secretFor(const ConnectionProfile &profile) const
{
    if (profile.auth == ConnectionProfile::AuthMethod::Token)
        return token;
    return password;
}

QStringList EnvironmentOverrides::notes() const
{
    QStringList out;
    if (token)
        out << tr("The token comes from IONOS_TOKEN for this run; it is not saved.");
    if (username)
        out << tr("The username comes from IONOS_USERNAME for this run.");
    if (password)
        out << tr("The password comes from IONOS_PASSWORD for this run; it is not saved.");
    if (apiUrl)
        out << tr("The API address comes from %1 for this run.").arg(apiUrlSource);
    if (contractNumber)
        out << tr("The contract number comes from IONOS_CONTRACT_NUMBER for this run.");
    out << problems;
    return out;
}

} // namespace ionos
