#pragma once

#include <QLocale>
#include <QStringList>

namespace ionos {

// The console's languages: English (the source) and the translations compiled into the program.
// use() installs the console's and Qt's own translations for a language, makes it the default
// locale for dates and numbers and names the console in it (the name after window titles);
// use() again switches.
class Translations
{
public:
    // The languages offered, as ISO codes: "en", "de".
    static QStringList available();
    // The language for a --lang value, or the system's when empty: the first available one of
    // the user's preferred UI languages, else English.
    static QString choose(const QString &requested, const QLocale &system = QLocale::system());
    // Installs language (one of available()); false for an unknown one, which leaves English.
    static bool use(const QString &language);
    static QString current();
};

} // namespace ionos
