#pragma once

#include "app/commandline.h"

namespace ionos {

// `ionos-admin watch --baseline FILE [--format text|json] [--update] [--notify]`: signs in as a
// report does, compares the account now with the baseline snapshot by the watch's rules
// (WatchRules) and writes the alerts to standard output; with --notify also to the desktop, with
// --update then writes the account now as the new baseline (a missing baseline is written then,
// without alerts). Exit code 0 without alerts, 1 with alerts, 2 with one line on standard error
// when it could not read, sign in, load, notify or write; the baseline is kept after trouble.
int runHeadlessWatch(const CommandLine &commandLine);

} // namespace ionos
