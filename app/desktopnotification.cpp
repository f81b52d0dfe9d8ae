#include "app/desktopnotification.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStringList>
#include <QVariantMap>

namespace ionos {

void DesktopNotification::send(QObject *context,
                               std::function<void(const QString &problem)> done) const
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(tr("There is no desktop session to notify: %1").arg(bus.lastError().message()));
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    const QVariantMap hints{
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(urgency))},
        {QStringLiteral("desktop-entry"), QStringLiteral("io.github.ionos_admin.IonosAdmin")}};
    call << QStringLiteral("ionos-admin") << uint(0)
         << QStringLiteral("io.github.ionos_admin.IonosAdmin") << summary << body << QStringList()
         << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         const QDBusPendingReply<uint> reply = *watcher;
                         done(reply.isError() ? tr("The desktop notification could not be "
                                                   "shown: %1")
                                                    .arg(reply.error().message())
                                              : QString());
                     });
}

} // namespace ionos
