// The main of every test executable: offscreen widgets unless told otherwise (ctest's
// environment does not reach gtest_discover_tests, which runs the binary at build time), one
// QApplication, then GoogleTest.
#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
