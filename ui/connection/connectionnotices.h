#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace ionos {

class ConnectionMonitor;
class MessageBanner;
class ReauthDialog;
class SessionController;

// What the main window says about the session's connection: "connection lost" with the next
// try while the server cannot be reached, that it is back (the workspace loads what is missing),
// and the sign-in again when the server refuses the credentials, above any dialog that is open.
class ConnectionNotices : public QObject
{
    Q_OBJECT
public:
    ConnectionNotices(ConnectionMonitor &monitor, SessionController &session, MessageBanner *note,
                      QLabel *status, QWidget *window, QObject *parent);

private:
    void lost(const QString &message, int retryInMs);
    void restored();
    void askToSignInAgain(const QString &reason);

    ConnectionMonitor &m_monitor;
    SessionController &m_session;
    MessageBanner *m_note;
    QLabel *m_status;
    QWidget *m_window;
    QString m_statusBefore;
    QPointer<ReauthDialog> m_reauth;
};

} // namespace ionos
