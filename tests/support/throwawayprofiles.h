#pragma once

#include "fakesecretstore.h"
#include "models/connection/profilestore.h"

#include <QSettings>
#include <QTemporaryDir>

// Connection profiles in a throwaway file and secrets in memory, for a test of a session or a
// dialog without a keychain.
struct ThrowawayProfiles
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat};
    ionos::ProfileStore profiles{settings};
    FakeSecretStore secrets;
};
