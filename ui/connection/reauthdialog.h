#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace ionos {

class MessageBanner;
class SessionController;

// Sign in again when the server refused the session's credentials (an expired token, a changed
// password): the token or password of the same profile, checked before it is used. Opened above
// whatever dialog is open, which keeps everything typed in it.
class ReauthDialog : public QDialog
{
    Q_OBJECT
public:
    ReauthDialog(SessionController &session, const QString &reason, QWidget *parent = nullptr);

signals:
    void renewed();

private:
    void submit();

    SessionController &m_session;
    MessageBanner *m_banner;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QPushButton *m_signIn;
};

} // namespace ionos
