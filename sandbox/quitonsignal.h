#pragma once

#include <QObject>

namespace sandbox {

// Quits the application's event loop with exit code 0 on SIGINT or SIGTERM. The signal handler
// only writes to a pipe; the quit happens in the event loop.
class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
};

} // namespace sandbox
