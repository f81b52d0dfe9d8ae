#pragma once

#include "models/connection/connectionprofile.h"

#include <QStringList>

class QSettings;

namespace ionos {

// The saved profiles and which was used last, in QSettings. Never a secret.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings &settings);

    QStringList names() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    void save(const ConnectionProfile &profile);
    void remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    static QString groupFor(const QString &name);

    QSettings &m_settings;
};

} // namespace ionos
