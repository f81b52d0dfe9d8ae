#pragma once

#include "app/commandline.h"

namespace ionos {

// `ionos-admin report access|findings`: signs in as the console does (the profile named or used
// last, the IONOS_* variables, --api-url), loads the account without a window, writes the report
// to standard output and returns the exit code: 0 when written, 2 with one line on standard
// error when it could not sign in or load. Needs a QCoreApplication and no display.
int runHeadlessReport(const CommandLine &commandLine);

} // namespace ionos
