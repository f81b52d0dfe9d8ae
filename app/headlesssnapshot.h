#pragma once

#include "app/commandline.h"
#include "models/snapshot/accountsnapshot.h"

namespace ionos {

// `ionos-admin snapshot --out FILE`: signs in as a report does, loads the account and writes it
// as a snapshot file. Exit code 0 when written, 2 with one line on standard error otherwise.
int runHeadlessSnapshot(const CommandLine &commandLine);

// `ionos-admin diff A B [--format json|text]`: A and B are snapshot files or "live" (the account
// now, signed in as a report does). Writes the changes to standard output; exit code 0 when
// there are none, 1 when there are, 2 with one line on standard error when it could not read,
// sign in or load.
int runHeadlessDiff(const CommandLine &commandLine);

// A snapshot file named on the command line, or an error that names it.
Result<AccountSnapshot> readSnapshot(const QString &path);
// A failure before a run has started: one line on standard error; returns exit code 2.
int failNow(const QString &message);

} // namespace ionos
