#pragma once

#include "app/commandline.h"

namespace ionos {

// `ionos-admin restore FILE --yes [--delete-extra]`: signs in, loads the account and puts it
// back as the snapshot FILE has it, through the console's write paths. Writes a line for each
// item to standard output ("restored: ..." or "left: ...: why"); exit code 0 when everything
// it may restore was restored, 1 when something was left, 2 with one line on standard error
// when it could not read, sign in or load, or the snapshot is of another contract.
int runHeadlessRestore(const CommandLine &commandLine);

} // namespace ionos
