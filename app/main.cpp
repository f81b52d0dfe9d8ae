// ionos-admin: the desktop administration console for IONOS Cloud user management.
#include "commandline.h"
#include "demosession.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "sessioncontroller.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ionos-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("IONOS Cloud Admin Console"));
    QApplication::setOrganizationName(QStringLiteral("ionos-admin"));
    QApplication::setApplicationVersion(QStringLiteral(IONOS_ADMIN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.ionos_admin.IonosAdmin"));

    const ionos::CommandLine commandLine = ionos::CommandLine::parse(QApplication::arguments());
    if (commandLine.exitNow) {
        std::fputs(commandLine.output.toLocal8Bit().constData(),
                   commandLine.exitCode ? stderr : stdout);
        return commandLine.exitCode;
    }

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
    } else {
        window.show();
        window.startSession();
    }
    return app.exec();
}
