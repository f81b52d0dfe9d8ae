// ionos-admin: the desktop administration console for IONOS Cloud user management.
#include "app/commandline.h"
#include "app/demosession.h"
#include "app/headlessimport.h"
#include "app/headlessoffboard.h"
#include "app/headlessreport.h"
#include "app/headlessrestore.h"
#include "app/headlesssnapshot.h"
#include "app/headlesswatch.h"
#include "models/connection/keychainsecretstore.h"
#include "models/connection/profilestore.h"
#include "models/connection/sessioncontroller.h"
#include "ui/common/colorscheme.h"
#include "ui/common/consolestyle.h"
#include "ui/common/translations.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

void nameTheProgram()
{
    QCoreApplication::setApplicationName(QStringLiteral("ionos-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("ionos-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IONOS_ADMIN_VERSION));
}

// The language first, so that --help already speaks it: the one --lang asks for, else the
// system's; empty when --lang asks for one the console does not speak.
QString chooseLanguage(const QStringList &arguments, QString *requested)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--lang") && i + 1 < arguments.size())
            *requested = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QStringLiteral("--lang=")))
            *requested = arguments.at(i).mid(7);
    }
    return ionos::Translations::choose(*requested);
}

// Answers --help, --version, mistakes of the command line and reports without a display; returns
// the exit code then, or -1 when the console is to start.
// Whether the command line asks for the posture report, which draws its pages with Qt's fonts
// and painter: then the program runs on the offscreen platform, still without a display.
bool drawsPages(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "report") == 0 && qstrcmp(argv[i + 1], "posture") == 0)
            return true;
    }
    return false;
}

int answerWithoutDisplay(int argc, char *argv[], ionos::CommandLine *commandLine)
{
    std::unique_ptr<QCoreApplication> application;
    if (drawsPages(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    nameTheProgram();
    QString requested;
    const QString language = chooseLanguage(QCoreApplication::arguments(), &requested);
    ionos::Translations::use(language.isEmpty() ? QStringLiteral("en") : language);
    *commandLine = ionos::CommandLine::parse(QCoreApplication::arguments());
    if (commandLine->exitNow) {
        std::fputs(commandLine->output.toLocal8Bit().constData(),
                   commandLine->exitCode ? stderr : stdout);
        return commandLine->exitCode;
    }
    if (language.isEmpty()) {
        std::fprintf(
            stderr, "ionos-admin: %s\n",
            QCoreApplication::translate("CommandLine",
                                        "The language %1 is not available; the console "
                                        "speaks %2.")
                .arg(requested, ionos::Translations::available().join(QStringLiteral(", ")))
                .toLocal8Bit()
                .constData());
        return 2;
    }
    if (commandLine->report)
        return ionos::runHeadlessReport(*commandLine);
    if (commandLine->snapshot)
        return ionos::runHeadlessSnapshot(*commandLine);
    if (commandLine->diff)
        return ionos::runHeadlessDiff(*commandLine);
    if (commandLine->restore)
        return ionos::runHeadlessRestore(*commandLine);
    if (commandLine->watch)
        return ionos::runHeadlessWatch(*commandLine);
    if (commandLine->import)
        return ionos::runHeadlessImport(*commandLine);
    if (commandLine->offboard)
        return ionos::runHeadlessOffboard(*commandLine);
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    ionos::CommandLine commandLine;
    if (const int exitCode = answerWithoutDisplay(argc, argv, &commandLine); exitCode >= 0)
        return exitCode;

    QApplication app(argc, argv);
    ionos::ConsoleStyle::install();
    nameTheProgram();
    QApplication::setDesktopFileName(QStringLiteral("io.github.ionos_admin.IonosAdmin"));
    QString requested;
    ionos::Translations::use(chooseLanguage(QApplication::arguments(), &requested));

    QNetworkAccessManager network;
    QSettings settings;
    ionos::ProfileStore profiles(settings);
    ionos::KeychainSecretStore secrets;
    // The demo works against its own sandbox: the environment does not redirect it.
    const ionos::EnvironmentOverrides overrides =
        commandLine.demo
            ? ionos::EnvironmentOverrides()
            : ionos::EnvironmentOverrides::read(QProcessEnvironment::systemEnvironment(),
                                                commandLine.profile, commandLine.apiUrl);
    ionos::SessionController session(&network, profiles, secrets, overrides);
    ionos::MainWindow window(&session);
    ionos::ColorScheme colorScheme;
    colorScheme.follow();

    std::unique_ptr<ionos::DemoSession> demo;
    if (commandLine.demo) {
        demo = std::make_unique<ionos::DemoSession>();
        QString error;
        if (!demo->start(&error)) {
            std::fprintf(stderr, "ionos-admin: %s\n", error.toLocal8Bit().constData());
            return 1;
        }
        std::fputs(demo->summary().toLocal8Bit().constData(), stdout);
        std::fflush(stdout);
        // The demo's throwaway profile is neither saved nor kept in the keychain.
        session.signIn(demo->profile(), demo->token(), false, false);
        window.show();
        QTimer::singleShot(0, &window, [&sinceStart] {
            const QString line = ionos::DemoSession::windowShownAfter(sinceStart.elapsed());
            std::fputs(line.toLocal8Bit().constData(), stdout);
            std::fflush(stdout);
        });
    } else {
        window.show();
        window.startSession();
    }
    return app.exec();
}
