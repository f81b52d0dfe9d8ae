#pragma once

#include "budgets.h"
#include "sandboxharness.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

#include <gtest/gtest.h>

// The console's program as a script starts it: no display, no desktop, signed in to the sandbox
// by the environment, its configuration in a throwaway directory.
struct HeadlessProgram
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    static HeadlessProgram run(SandboxHarness &h, const QString &configHome,
                               const QStringList &arguments, const QString &token)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        env.insert(QStringLiteral("IONOS_TOKEN"), token);
        env.insert(QStringLiteral("IONOS_API_URL"), h.server().cloudBaseUrl().toString());
        QProcess program;
        program.setProcessEnvironment(env);
        program.start(QStringLiteral(IONOS_ADMIN_BIN), arguments);
        // The sandbox answers in this process: keep its event loop running meanwhile.
        EXPECT_TRUE(QTest::qWaitFor([&] { return program.state() == QProcess::NotRunning; },
                                    budget::kServerMs));
        HeadlessProgram run;
        run.exitCode = program.exitStatus() == QProcess::NormalExit ? program.exitCode() : -1;
        run.out = program.readAllStandardOutput();
        run.err = program.readAllStandardError();
        return run;
    }
};
