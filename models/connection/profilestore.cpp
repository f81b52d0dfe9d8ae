#include "models/connection/profilestore.h"

#include <QSettings>
#include <QUrl>

namespace ionos {
namespace {

const QString kProfiles = QStringLiteral("profiles");

} // namespace

ProfileStore::ProfileStore(QSettings &settings)
    : m_settings(settings)
{}

QString ProfileStore::groupFor(const QString &name)
{
    // Any name a person types, safe as one settings key.
    return kProfiles + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QStringList ProfileStore::names() const
{
    m_settings.beginGroup(kProfiles);
    const QStringList groups = m_settings.childGroups();
    m_settings.endGroup();
    QStringList names;
    for (const QString &g : groups)
        names << QUrl::fromPercentEncoding(g.toLatin1());
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    if (!names().contains(name))
        return std::nullopt;
    m_settings.beginGroup(groupFor(name));
    ConnectionProfile p;
    p.name = name;
    p.cloudUrl = m_settings.value(QStringLiteral("cloudUrl"), p.cloudUrl).toString();
    p.resellerUrl = m_settings.value(QStringLiteral("resellerUrl"), p.resellerUrl).toString();
    p.auth = m_settings.value(QStringLiteral("auth")).toString() == QStringLiteral("password")
                 ? ConnectionProfile::AuthMethod::Password
                 : ConnectionProfile::AuthMethod::Token;
    p.username = m_settings.value(QStringLiteral("username")).toString();
    bool ok = false;
    const int contract = m_settings.value(QStringLiteral("contractNumber")).toInt(&ok);
    if (ok && contract > 0)
        p.contractNumber = contract;
    parseContractNumbers(m_settings.value(QStringLiteral("resellerContracts")).toString(),
                         &p.resellerContracts, nullptr);
    m_settings.endGroup();
    return p;
}

void ProfileStore::save(const ConnectionProfile &p)
{
    m_settings.remove(groupFor(p.name));
    m_settings.beginGroup(groupFor(p.name));
    m_settings.setValue(QStringLiteral("cloudUrl"), p.cloudUrl);
    m_settings.setValue(QStringLiteral("resellerUrl"), p.resellerUrl);
    m_settings.setValue(QStringLiteral("auth"), p.auth == ConnectionProfile::AuthMethod::Password
                                                    ? QStringLiteral("password")
                                                    : QStringLiteral("token"));
    m_settings.setValue(QStringLiteral("username"), p.username);
    if (p.contractNumber)
        m_settings.setValue(QStringLiteral("contractNumber"), *p.contractNumber);
    m_settings.setValue(QStringLiteral("resellerContracts"),
                        formatContractNumbers(p.resellerContracts));
    m_settings.endGroup();
    m_settings.sync();
}

void ProfileStore::remove(const QString &name)
{
    m_settings.remove(groupFor(name));
    if (lastUsed() == name)
        m_settings.remove(QStringLiteral("lastProfile"));
    m_settings.sync();
}

QString ProfileStore::lastUsed() const
{
    return m_settings.value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings.setValue(QStringLiteral("lastProfile"), name);
    m_settings.sync();
}

} // namespace ionos
