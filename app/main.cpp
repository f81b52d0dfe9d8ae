// ionos-admin: the desktop administration console for IONOS Cloud user management.
#include "commandline.h"
#include "demosession.h"
#include "mainwindow.h"

#include <QApplication>

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

    ionos::MainWindow window;
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
        window.setConnection(QApplication::translate("main", "Demo"), demo->cloudBaseUrl(),
                             demo->resellerBaseUrl());
    }
    window.show();
    return app.exec();
}
