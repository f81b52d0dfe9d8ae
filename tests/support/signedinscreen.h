#pragma once

#include "budgets.h"
#include "models/workspace.h"
#include "quietworkspace.h"
#include "signedinwindow.h"
#include "ui/mainwindow.h"

#include <QTest>

#include <gtest/gtest.h>

// A test of one screen of the console: the window signed in to a sandbox of its own (and, when
// asked, with the whole account loaded), with the sandbox and the session at hand; SetUp waits
// until the screen's fixture says it is ready.
class SignedInScreen : public ::testing::Test
{
protected:
    enum class Start
    {
        SignedIn,        // the window shows, the account loads in the background
        EverythingLoaded // users, groups with their details and resources are all in
    };

    explicit SignedInScreen(const sandbox::SandboxOptions &options = SandboxHarness::testOptions(),
                            Start start = Start::SignedIn)
        : console(options)
        , m_start(start)
    {}
    explicit SignedInScreen(Start start)
        : SignedInScreen(SandboxHarness::testOptions(), start)
    {}

    // The sandbox of the tests, with writes that take doneMs to be done.
    static sandbox::SandboxOptions writesDoneAfter(int doneMs)
    {
        sandbox::SandboxOptions o = SandboxHarness::testOptions();
        o.requestDoneMs = doneMs;
        return o;
    }

    void SetUp() override
    {
        ASSERT_TRUE(m_start == Start::EverythingLoaded ? console.startLoaded() : console.start());
        h = &console.sandbox();
        session = &console.session();
        window = console.window();
        ASSERT_TRUE(QTest::qWaitFor([&] { return isReady(); }, budget::kServerMs))
            << "the screen did not become ready";
    }

    static constexpr auto type = &SignedInWindow::type;
    static constexpr auto rowOf = &SignedInWindow::rowOf;

    // What the screen's tests wait for once signed in.
    virtual bool isReady() { return true; }
    ionos::Workspace &ws() { return *window->workspace(); }
    // No request of the session waits or runs (the background load is over).
    bool isQuiet() { return window->workspace() && ::isQuiet(ws()); }

    SignedInWindow console;
    SandboxHarness *h = nullptr;
    ionos::SessionController *session = nullptr;
    ionos::MainWindow *window = nullptr;

private:
    Start m_start;
};
