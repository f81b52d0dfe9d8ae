#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace ionos {

// A notification on the desktop through the session bus's notification service
// (org.freedesktop.Notifications), as the watch sends it.
class DesktopNotification
{
    Q_DECLARE_TR_FUNCTIONS(DesktopNotification)

public:
    enum class Urgency
    {
        Low = 0,
        Normal = 1,
        Critical = 2
    };
    QString summary;
    QString body;
    Urgency urgency = Urgency::Normal;

    // Sends it; done hears an empty string once the service took it, else why not (not when
    // context is gone).
    void send(QObject *context, std::function<void(const QString &problem)> done) const;
};

} // namespace ionos
