#pragma once

#include <QString>
#include <QStringList>

namespace ionos {

// The console's command line.
struct CommandLine
{
    bool demo = false;
    QString profile;      // --profile NAME
    QString apiUrl;       // --api-url URL
    QString language;     // --lang LANGUAGE; empty: the system's
    bool exitNow = false; // --help, --version or a mistake was answered
    int exitCode = 0;
    QString output;

    static CommandLine parse(const QStringList &arguments);
};

} // namespace ionos
