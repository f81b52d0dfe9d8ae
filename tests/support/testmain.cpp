// The main of every test executable: offscreen widgets unless told otherwise (ctest's
// environment does not reach gtest_discover_tests, which runs the binary at build time), one
// QApplication, settings and a data folder of its own, then GoogleTest.
#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // ctest runs every test in a process of its own, several at once: each keeps the window and
    // column layouts it saves in a folder of its own, so that none reads what another wrote.
    QTemporaryDir settings;
    if (!settings.isValid())
        return 2;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    // The same for the user's data folder (the account kept at the end of a session): a test
    // never sees what another session of another test left.
    qputenv("XDG_DATA_HOME", QFile::encodeName(settings.filePath(QStringLiteral("data"))));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
