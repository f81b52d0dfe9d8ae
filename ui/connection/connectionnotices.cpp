#include "ui/connection/connectionnotices.h"

#include "models/connection/connectionmonitor.h"
#include "models/connection/sessioncontroller.h"
#include "ui/common/messagebanner.h"
#include "ui/connection/reauthdialog.h"

#include <QApplication>
#include <QLabel>

namespace ionos {

ConnectionNotices::ConnectionNotices(ConnectionMonitor &monitor, SessionController &session,
                                     MessageBanner *note, QLabel *status, QWidget *window,
                                     QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_session(session)
    , m_note(note)
    , m_status(status)
    , m_window(window)
{
    connect(&monitor, &ConnectionMonitor::connectionLost, this, &ConnectionNotices::lost);
    connect(&monitor, &ConnectionMonitor::connectionRestored, this, &ConnectionNotices::restored);
    connect(&monitor, &ConnectionMonitor::credentialsRejected, this,
            &ConnectionNotices::askToSignInAgain);
}

void ConnectionNotices::lost(const QString &message, int retryInMs)
{
    const int seconds = std::max(1, (retryInMs + 999) / 1000);
    m_note->post(
        MessageBanner::Tone::Warning,
        tr("Connection lost. %1 Trying again in %n second(s)…", nullptr, seconds).arg(message));
    if (m_statusBefore.isEmpty())
        m_statusBefore = m_status->text();
    m_status->setText(tr("Connection lost"));
}

void ConnectionNotices::restored()
{
    if (!m_statusBefore.isEmpty())
        m_status->setText(m_statusBefore);
    m_statusBefore.clear();
    m_note->post(MessageBanner::Tone::Success,
                 tr("The connection is back; loading what was missing."));
}

void ConnectionNotices::askToSignInAgain(const QString &reason)
{
    if (m_reauth) {
        m_reauth->raise();
        return;
    }
    // Above the dialog that is open, so that it stays open with what was typed in it.
    QWidget *parent =
        QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window;
    m_reauth = new ReauthDialog(m_session, reason, parent);
    m_reauth->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_reauth, &ReauthDialog::renewed, this, [this] {
        m_note->post(MessageBanner::Tone::Success,
                     tr("Signed in again. Save what failed once more to apply it."));
    });
    // Signed in again or not: the next refusal asks again.
    connect(m_reauth, &QDialog::finished, &m_monitor, &ConnectionMonitor::credentialsRenewed);
    m_reauth->open();
}

} // namespace ionos
