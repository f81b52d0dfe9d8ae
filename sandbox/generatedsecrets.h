#pragma once

#include <QString>

namespace sandbox {

// The secrets the sandbox hands out (new Object Storage keys). When IONOS_SANDBOX_SECRET_LOG
// names a file, each one is appended to it, one per line, so that the test run's secrets scan can
// look for them in everything the console wrote. Without it nothing is kept anywhere.
class GeneratedSecrets
{
public:
    static void record(const QString &secret);
};

} // namespace sandbox
