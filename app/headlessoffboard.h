#pragma once

#include "app/commandline.h"

namespace ionos {

// `ionos-admin offboard EMAIL... (--dry-run | --yes) [--format text|json]`: signs in as a report
// does, loads the account (the users' Object Storage keys included) and plans the offboarding
// of these people; --dry-run prints the plan, --yes carries it out and prints each step's
// outcome. Exit code 0 when everyone was planned (and every step done), 1 when someone was
// refused or a step failed, 2 with one line on standard error on trouble.
int runHeadlessOffboard(const CommandLine &commandLine);

} // namespace ionos
