#pragma once

#include <gtest/gtest.h>

// The keychain tests need the real Secret Service that the test command starts (gnome-keyring on
// a private D-Bus session). Outside it they are skipped, with that reason, unless
// IONOS_REQUIRE_KEYRING is set: then a missing Secret Service fails them.
bool secretServiceAvailable();

#define REQUIRE_SECRET_SERVICE()                                                                   \
    do {                                                                                           \
        if (!secretServiceAvailable()) {                                                           \
            if (qEnvironmentVariableIntValue("IONOS_REQUIRE_KEYRING"))                             \
                FAIL()                                                                             \
                    << "no Secret Service on the session bus, but IONOS_REQUIRE_KEYRING is set";   \
            GTEST_SKIP() << "no Secret Service on the session bus; scripts/test.sh provides one";  \
        }                                                                                          \
    } while (false)
