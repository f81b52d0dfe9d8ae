#pragma once

#include "app/commandline.h"

namespace ionos {

// `ionos-admin snapshot --out FILE`: signs in as a report does, loads the account and writes it
// as a snapshot file. Exit code 0 when written, 2 with one line on standard error otherwise.
int runHeadlessSnapshot(const CommandLine &commandLine);

// `ionos-admin diff A B [--format json|text]`: A and B are snapshot files or "live" (the account
// now, signed in as a report does). Writes the changes to standard output; exit code 0 when
// there are none, 1 when there are, 2 with one line on standard error when it could not read,
// sign in or load.
int runHeadlessDiff(const CommandLine &commandLine);

// `ionos-admin restore FILE --yes [--delete-extra]`: signs in, loads the account and puts it
// back as the snapshot FILE has it, through the console's write paths. Writes a line for each
// item to standard output ("restored: ..." or "left: ...: why"); exit code 0 when everything
// it may restore was restored, 1 when something was left, 2 with one line on standard error
// when it could not read, sign in or load, or the snapshot is of another contract.
int runHeadlessRestore(const CommandLine &commandLine);

} // namespace ionos
