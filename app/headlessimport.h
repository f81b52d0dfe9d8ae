#pragma once

#include "app/commandline.h"

namespace ionos {

// `ionos-admin import FILE (--dry-run | --yes) [--exact-groups] [--passwords-out FILE]
// [--format text|json]`: signs in as a report does, loads the account and plans the file
// against it; --dry-run prints the plan, --yes carries it out and prints each row's outcome.
// Exit code 0 when every row was planned (and done), 1 when a row was refused or failed, 2 with
// one line on standard error on trouble (the file, the sign-in, the load, the passwords file).
int runHeadlessImport(const CommandLine &commandLine);

} // namespace ionos
