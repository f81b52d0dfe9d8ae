#include "ui/connection/connectiondialog.h"

#include "models/connection/connectioncheck.h"
#include "models/connection/sessioncontroller.h"
#include "network/apicall.h"
#include "ui/common/icons.h"
#include "ui_connectiondialog.h"

#include <QIntValidator>
#include <QMessageBox>
#include <QPushButton>

namespace ionos {
namespace {} // namespace

ConnectionDialog::ConnectionDialog(SessionController &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionDialog"));
    setMinimumWidth(560);
    m_ui->messageBanner->hide();
    m_ui->busyBar->hide();
    m_ui->contractEdit->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), this));
    m_ui->tokenEdit->setAccessibleName(tr("API token"));
    m_ui->passwordEdit->setAccessibleName(tr("Password"));
    m_ui->messageBanner->setAccessibleName(tr("Connection messages"));

    connect(m_ui->profileCombo, &QComboBox::activated, this, &ConnectionDialog::profileChosen);
    connect(m_ui->tokenRadio, &QRadioButton::toggled, this, &ConnectionDialog::authChanged);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &ConnectionDialog::signIn);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ConnectionDialog::reject);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &ConnectionDialog::forgetProfile);
    connect(&m_session, &SessionController::signInFinished, this,
            &ConnectionDialog::signInFinished);

    const EnvironmentOverrides &o = m_session.overrides();
    const QStringList notes = o.notes();
    m_ui->overrideNotes->setText(notes.join(QLatin1Char('\n')));
    m_ui->overrideNotes->setVisible(!notes.isEmpty());

    const QString start = o.profileName.value_or(m_session.profiles().lastUsed());
    reloadProfiles(start);
    showProfile(start);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::reloadProfiles(const QString &select)
{
    QSignalBlocker block(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    for (const QString &name : m_session.profiles().names())
        m_ui->profileCombo->addItem(name, name);
    m_ui->profileCombo->addItem(tr("New profile"), QString());
    const int index = m_ui->profileCombo->findData(select);
    m_ui->profileCombo->setCurrentIndex(index >= 0 ? index : m_ui->profileCombo->count() - 1);
}

void ConnectionDialog::profileChosen(int index)
{
    showProfile(m_ui->profileCombo->itemData(index).toString());
}

void ConnectionDialog::showProfile(const QString &name)
{
    const std::optional<ConnectionProfile> saved = m_session.profiles().profile(name);
    ConnectionProfile profile = saved.value_or(ConnectionProfile());
    if (!saved)
        profile.name = name;
    {
        QSignalBlocker block(m_ui->profileCombo);
        const int index = m_ui->profileCombo->findData(saved ? name : QString());
        m_ui->profileCombo->setCurrentIndex(index);
    }
    fill(profile);
    m_ui->forgetButton->setEnabled(saved.has_value());
    m_ui->messageBanner->hide();

    // Read the stored secret without blocking; a new profile replaces any read in progress.
    delete m_secretReads;
    m_secretReads = new QObject(this);
    m_storedSecret.reset();
    m_secretFromEnvironment = false;
    m_ui->secretNote->setText(tr("Looking in the keychain…"));
    m_session.storedSecret(
        profile, m_secretReads, [this](const SessionController::StoredSecret &s) {
            m_storedSecret = s.secret;
            m_secretFromEnvironment = s.fromEnvironment;
            if (s.fromEnvironment)
                m_ui->secretNote->setText(
                    tr("The secret comes from the environment for this run."));
            else if (s.secret)
                m_ui->secretNote->setText(tr("A secret is stored in the keychain; leave the field "
                                             "empty to use it, or type a new one."));
            else
                m_ui->secretNote->setText(tr("No secret is stored for this profile."));
            if (!s.problem.isEmpty())
                showMessage(Tone::Warning,
                            s.problem + QLatin1Char(' ') +
                                tr("You can still sign in for this session by typing "
                                   "the secret."));
            applyOverrides();
        });
}

void ConnectionDialog::fill(const ConnectionProfile &p)
{
    m_ui->nameEdit->setText(p.name);
    m_ui->cloudUrlEdit->setText(p.cloudUrl);
    m_ui->resellerUrlEdit->setText(p.resellerUrl);
    m_ui->tokenRadio->setChecked(p.auth == ConnectionProfile::AuthMethod::Token);
    m_ui->passwordRadio->setChecked(p.auth == ConnectionProfile::AuthMethod::Password);
    m_ui->usernameEdit->setText(p.username);
    m_ui->tokenEdit->clear();
    m_ui->passwordEdit->clear();
    m_ui->contractEdit->setText(p.contractNumber ? QString::number(*p.contractNumber) : QString());
    m_ui->resellerContractsEdit->setText(formatContractNumbers(p.resellerContracts));
    authChanged();
    applyOverrides();
}

void ConnectionDialog::applyOverrides()
{
    // Values from the environment or the command line are shown as such and cannot be edited
    // here: they are this run's, and never saved.
    const EnvironmentOverrides &o = m_session.overrides();
    auto mark = [](QLineEdit *edit, bool overridden, const QString &source) {
        edit->setEnabled(!overridden);
        // The form's own explanation comes back when the value is no longer overridden.
        if (!edit->property("formToolTip").isValid())
            edit->setProperty("formToolTip", edit->toolTip());
        edit->setToolTip(overridden ? tr("Set by %1 for this run").arg(source)
                                    : edit->property("formToolTip").toString());
    };
    mark(m_ui->cloudUrlEdit, o.apiUrl.has_value(), o.apiUrlSource);
    mark(m_ui->resellerUrlEdit, o.apiUrl.has_value(), o.apiUrlSource);
    mark(m_ui->contractEdit, o.contractNumber.has_value(), QStringLiteral("IONOS_CONTRACT_NUMBER"));
    mark(m_ui->tokenEdit, o.token.has_value(), QStringLiteral("IONOS_TOKEN"));
    mark(m_ui->usernameEdit, o.username.has_value(), QStringLiteral("IONOS_USERNAME"));
    mark(m_ui->passwordEdit, o.password.has_value(), QStringLiteral("IONOS_PASSWORD"));
    if (o.token)
        m_ui->tokenEdit->setPlaceholderText(tr("from IONOS_TOKEN"));
    if (o.password)
        m_ui->passwordEdit->setPlaceholderText(tr("from IONOS_PASSWORD"));
    if (o.username)
        m_ui->usernameEdit->setPlaceholderText(tr("from IONOS_USERNAME"));
    if (o.apiUrl)
        m_ui->cloudUrlEdit->setPlaceholderText(tr("from %1").arg(o.apiUrlSource));
}

void ConnectionDialog::authChanged()
{
    const bool token = m_ui->tokenRadio->isChecked();
    m_ui->tokenLabel->setVisible(token);
    m_ui->tokenEdit->setVisible(token);
    m_ui->usernameLabel->setVisible(!token);
    m_ui->usernameEdit->setVisible(!token);
    m_ui->passwordLabel->setVisible(!token);
    m_ui->passwordEdit->setVisible(!token);
}

std::optional<ConnectionProfile> ConnectionDialog::collect(QString *problem) const
{
    ConnectionProfile p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.cloudUrl = m_ui->cloudUrlEdit->text().trimmed();
    p.resellerUrl = m_ui->resellerUrlEdit->text().trimmed();
    p.auth = m_ui->tokenRadio->isChecked() ? ConnectionProfile::AuthMethod::Token
                                           : ConnectionProfile::AuthMethod::Password;
    p.username = m_ui->usernameEdit->text().trimmed();
    if (!m_ui->contractEdit->text().trimmed().isEmpty())
        p.contractNumber = m_ui->contractEdit->text().trimmed().toInt();
    QString contractsProblem;
    QStringList problems;
    if (!parseContractNumbers(m_ui->resellerContractsEdit->text(), &p.resellerContracts,
                              &contractsProblem))
        problems << contractsProblem;
    // The environment may supply what the form leaves out.
    problems = m_session.effective(p).problems() + problems;
    if (!problems.isEmpty()) {
        *problem = problems.join(QLatin1Char(' '));
        return std::nullopt;
    }
    return p;
}

QString ConnectionDialog::typedSecret() const
{
    return m_ui->tokenRadio->isChecked() ? m_ui->tokenEdit->text() : m_ui->passwordEdit->text();
}

void ConnectionDialog::testConnection()
{
    QString problem;
    const std::optional<ConnectionProfile> profile = collect(&problem);
    if (!profile) {
        showMessage(Tone::Error, problem);
        return;
    }
    const QString secret =
        m_session.chooseSecret(*profile, typedSecret(), m_storedSecret).secret.value_or(QString());
    if (secret.isEmpty()) {
        showMessage(Tone::Error, m_ui->tokenRadio->isChecked() ? tr("Enter the token.")
                                                               : tr("Enter the password."));
        return;
    }
    setBusy(true);
    showMessage(Tone::Info, tr("Testing the connection…"));
    m_test = m_session.test(*profile, secret, this, [this](const ConnectionVerdict &v) {
        setBusy(false);
        showMessage(v.outcome == ConnectionVerdict::Outcome::Connected ? Tone::Success
                    : v.signedIn()                                     ? Tone::Warning
                                                                       : Tone::Error,
                    v.message);
    });
}

void ConnectionDialog::signIn()
{
    QString problem;
    const std::optional<ConnectionProfile> profile = collect(&problem);
    if (!profile) {
        showMessage(Tone::Error, problem);
        return;
    }
    const QString typed = typedSecret();
    const QString secret =
        m_session.chooseSecret(*profile, typed, m_storedSecret).secret.value_or(QString());
    if (secret.isEmpty()) {
        showMessage(Tone::Error, m_ui->tokenRadio->isChecked() ? tr("Enter the token.")
                                                               : tr("Enter the password."));
        return;
    }
    // A secret read from the keychain is already kept there; only a typed one is written.
    const bool remember = m_ui->rememberCheck->isChecked() && !typed.isEmpty();
    setBusy(true);
    showMessage(Tone::Info, tr("Signing in…"));
    m_signingIn = true;
    m_saveNote.clear();
    m_session.signIn(*profile, secret, remember);
}

void ConnectionDialog::signInFinished(const ConnectionVerdict &verdict, const QString &saveNote)
{
    if (!m_signingIn)
        return;
    m_signingIn = false;
    setBusy(false);
    if (!verdict.signedIn()) {
        showMessage(Tone::Error, verdict.message);
        return;
    }
    m_saveNote = saveNote;
    if (!saveNote.isEmpty() && m_ui->rememberCheck->isChecked() && !typedSecret().isEmpty()) {
        // The keychain refused: stay open so that the note is seen; signing in worked.
        showMessage(Tone::Warning, verdict.message + QLatin1Char(' ') + saveNote);
        m_ui->signInButton->setText(tr("&Continue"));
        disconnect(m_ui->signInButton, &QPushButton::clicked, this, &ConnectionDialog::signIn);
        connect(m_ui->signInButton, &QPushButton::clicked, this, &ConnectionDialog::accept);
        return;
    }
    accept();
}

void ConnectionDialog::forgetProfile()
{
    const QString name = m_ui->profileCombo->currentData().toString();
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Forget Profile"),
                                tr("Forget the profile \"%1\" and remove its stored secret from "
                                   "the keychain?")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    Icons::setMessageIcon(box, QMessageBox::Question);
    box->setDefaultButton(QMessageBox::Cancel); // forgetting is never what Enter does
    box->setObjectName(QStringLiteral("forgetConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_session.forget(name);
        reloadProfiles(QString());
        showProfile(QString());
        showMessage(Tone::Info, tr("The profile \"%1\" was forgotten.").arg(name));
    });
    box->open();
}

void ConnectionDialog::setBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    m_ui->testButton->setEnabled(!busy);
    m_ui->signInButton->setEnabled(!busy);
}

void ConnectionDialog::showMessage(Tone tone, const QString &text)
{
    m_ui->messageBanner->setStyleSheet(MessageBanner::toneStyleSheet(tone, palette()));
    m_ui->messageBanner->setText(text);
    m_ui->messageBanner->setVisible(!text.isEmpty());
}

} // namespace ionos
