#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QScopeGuard>
#include <QTranslator>

#include <memory>
#include <vector>

namespace ionos {
namespace {

struct Installed
{
    QString language = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void removeAll()
{
    for (const auto &translator : installed().translators)
        QCoreApplication::removeTranslator(translator.get());
    installed().translators.clear();
}

} // namespace

QStringList Translations::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("ionos-admin_*.qm")});
    for (const QString &file : files) {
        const QString language = file.mid(12, file.size() - 15); // ionos-admin_XX.qm
        if (!languages.contains(language))
            languages << language;
    }
    return languages;
}

QString Translations::choose(const QString &requested, const QLocale &system)
{
    const QStringList offered = available();
    auto match = [&offered](const QString &name) -> QString {
        const QString language = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        return offered.contains(language) ? language : QString();
    };
    if (!requested.isEmpty())
        return match(requested);
    for (const QString &preferred : system.uiLanguages()) {
        const QString language =
            match(QString(preferred).replace(QLatin1Char('-'), QLatin1Char('_')));
        if (!language.isEmpty())
            return language;
    }
    return QStringLiteral("en");
}

namespace {

// The name the desktop shows after every window's title, in the language in use.
void nameTheConsole()
{
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("ionos::MainWindow", "IONOS Cloud Admin Console"));
}

} // namespace

bool Translations::use(const QString &language)
{
    if (!available().contains(language))
        return false;
    removeAll();
    const auto named = qScopeGuard(nameTheConsole);
    installed().language = language;
    QLocale::setDefault(QLocale(language));
    // English needs its file too: the plural forms of the %n texts ("1 user", "2 users").
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/ionos-admin_%1.qm").arg(language)))
        return language == QStringLiteral("en");
    QCoreApplication::installTranslator(own.get());
    installed().translators.push_back(std::move(own));
    if (language == QStringLiteral("en"))
        return true;
    // Qt's own texts: standard buttons, file dialogs, context menus of text fields.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &name : {QStringLiteral("qtbase"), QStringLiteral("qt")}) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(language), name, QStringLiteral("_"), qtDir)) {
            QCoreApplication::installTranslator(qt.get());
            installed().translators.push_back(std::move(qt));
            break;
        }
    }
    return true;
}

QString Translations::current()
{
    return installed().language;
}

} // namespace ionos
