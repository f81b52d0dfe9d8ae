#include "models/connection/connectionprofile.h"

#include <QRegularExpression>

#include <algorithm>

namespace ionos {

bool ConnectionProfile::operator==(const ConnectionProfile &o) const
{
    // std::equal rather than QList's ==: Qt 6.4 compares two empty lists with memcmp(nullptr),
    // which the undefined-behaviour sanitizer rightly refuses.
    return name == o.name && cloudUrl == o.cloudUrl && resellerUrl == o.resellerUrl &&
           auth == o.auth && username == o.username && contractNumber == o.contractNumber &&
           std::equal(resellerContracts.begin(), resellerContracts.end(),
                      o.resellerContracts.begin(), o.resellerContracts.end());
}

QString ConnectionProfile::secretKey() const
{
    const QString who = auth == AuthMethod::Token ? QStringLiteral("token") : username.trimmed();
    return name.trimmed() + QLatin1Char('/') + who;
}

QStringList ConnectionProfile::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << tr("Give the profile a name.");
    if (ApiEndpoints::cloudBaseFrom(cloudUrl).isEmpty())
        out << tr(
            "The Cloud API URL must be an https:// address (http:// only for this computer).");
    if (ApiEndpoints::resellerBaseFrom(resellerUrl).isEmpty())
        out << tr("The Reseller API URL must be an https:// address (http:// only for this "
                  "computer).");
    if (auth == AuthMethod::Password && username.trimmed().isEmpty())
        out << tr("Enter the username (the e-mail address you sign in with).");
    if (contractNumber && *contractNumber <= 0)
        out << tr("The contract number must be a positive whole number.");
    return out;
}

ConnectionSettings ConnectionProfile::toSettings(const QString &secret) const
{
    ConnectionSettings s;
    s.cloudBase = ApiEndpoints::cloudBaseFrom(cloudUrl);
    s.resellerBase = ApiEndpoints::resellerBaseFrom(resellerUrl);
    if (auth == AuthMethod::Token) {
        s.credentials.token = secret;
    } else {
        s.credentials.username = username.trimmed();
        s.credentials.password = secret;
    }
    s.contractNumber = contractNumber;
    return s;
}

bool parseContractNumbers(const QString &text, QList<qint64> *numbers, QString *problem)
{
    QList<qint64> out;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 n = part.toLongLong(&ok);
        if (!ok || n <= 0) {
            if (problem)
                *problem = ConnectionProfile::tr("\"%1\" is not a contract number: use positive "
                                                 "whole numbers, separated by commas.")
                               .arg(part);
            return false;
        }
        if (!out.contains(n))
            out << n;
    }
    if (numbers)
        *numbers = out;
    return true;
}

QString formatContractNumbers(const QList<qint64> &numbers)
{
    QStringList parts;
    for (qint64 n : numbers)
        parts << QString::number(n);
    return parts.join(QStringLiteral(", "));
}

} // namespace ionos
