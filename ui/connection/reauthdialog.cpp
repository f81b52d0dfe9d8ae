#include "ui/connection/reauthdialog.h"

#include "models/connection/sessioncontroller.h"
#include "ui/common/messagebanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ionos {

ReauthDialog::ReauthDialog(SessionController &session, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Keep it in the system keychain"), this))
{
    setObjectName(QStringLiteral("reauthDialog"));
    setWindowTitle(tr("Sign In Again"));
    const std::optional<ConnectionProfile> profile = session.activeProfile();
    const bool token = !profile || profile->auth == ConnectionProfile::AuthMethod::Token;
    auto *explanation = new QLabel(
        tr("The server no longer accepts the credentials of \"%1\": %2<br><br>Sign in again to "
           "go on. Nothing you were editing is lost; save it again afterwards.")
            .arg(profile ? profile->name.toHtmlEscaped() : QString(), reason.toHtmlEscaped()),
        this);
    explanation->setObjectName(QStringLiteral("reauthReason"));
    explanation->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(token ? tr("New token") : tr("Password"));
    m_secret->setToolTip(
        token ? tr("A new token from the IONOS Token Manager")
              : tr("The password of %1").arg(profile ? profile->username : QString()));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Replace the stored secret of this profile with this one"));
    auto *form = new QFormLayout;
    form->addRow(token ? tr("New &token:") : tr("&Password:"), m_secret);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("&Sign In"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setToolTip(tr("Check the new secret and go on with it"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Go on without signing in; changes fail until you do"));
    connect(m_signIn, &QPushButton::clicked, this, &ReauthDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void ReauthDialog::submit()
{
    if (m_secret->text().isEmpty()) {
        m_banner->post(MessageBanner::Tone::Error, tr("Enter the new secret."));
        return;
    }
    m_signIn->setEnabled(false);
    m_banner->post(MessageBanner::Tone::Info, tr("Signing in…"));
    m_session.renewSecret(m_secret->text(), m_remember->isChecked(), this,
                          [this](const ConnectionVerdict &verdict) {
                              m_signIn->setEnabled(true);
                              if (!verdict.signedIn()) {
                                  m_banner->post(MessageBanner::Tone::Error, verdict.message);
                                  return;
                              }
                              emit renewed();
                              accept();
                          });
}

} // namespace ionos
