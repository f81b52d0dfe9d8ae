#include "ui/users/userdialog.h"

#include "models/users/userrules.h"
#include "models/users/userscontroller.h"
#include "ui/common/colorscheme.h"
#include "ui/common/messagebanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ionos {
namespace {

using UserRules::kMinimumPasswordLength;

QLabel *fieldProblem(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setStyleSheet(
        QStringLiteral("color:%1;")
            .arg(ColorScheme::colors(ColorScheme::Tone::Error, parent->palette()).accent.name()));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

UserDialog::UserDialog(UsersController &controller, std::optional<User> existing, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_existing(std::move(existing))
    , m_banner(new MessageBanner(this))
    , m_firstname(new QLineEdit(this))
    , m_lastname(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_emailProblem(fieldProblem(this, "emailProblem"))
    , m_password(new QLineEdit(this))
    , m_passwordProblem(fieldProblem(this, "passwordProblem"))
    , m_administrator(new QCheckBox(tr("&Administrator: manages users, groups and shares and "
                                       "reaches every resource"),
                                    this))
    , m_forceSecAuth(new QCheckBox(tr("&Require 2-factor authentication"), this))
    , m_active(new QCheckBox(tr("A&ctive: may sign in"), this))
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(m_existing ? tr("Edit User") : tr("New User"));
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_firstname->setObjectName(QStringLiteral("firstnameEdit"));
    m_lastname->setObjectName(QStringLiteral("lastnameEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(m_existing
                                       ? tr("Leave empty to keep the password")
                                       : tr("At least %1 characters").arg(kMinimumPasswordLength));
    m_administrator->setObjectName(QStringLiteral("administratorCheck"));
    m_forceSecAuth->setObjectName(QStringLiteral("forceSecAuthCheck"));
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(true);
    m_firstname->setToolTip(tr("The user's first name"));
    m_lastname->setToolTip(tr("The user's last name"));
    m_email->setToolTip(tr("The address the user signs in with; it must be unique"));
    m_password->setToolTip(m_existing ? tr("A new password, or empty to keep the current one")
                                      : tr("The password the user signs in with"));
    m_administrator->setToolTip(tr("Administrators need no group: they can do everything"));
    m_forceSecAuth->setToolTip(
        tr("The user must set up 2-factor authentication and then signs in with a token"));
    m_active->setToolTip(tr("An inactive user cannot sign in; nothing of theirs is deleted"));

    auto *form = new QFormLayout;
    form->addRow(tr("&First name:"), m_firstname);
    form->addRow(tr("&Last name:"), m_lastname);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), m_emailProblem);
    form->addRow(m_existing ? tr("New &password:") : tr("&Password:"), m_password);
    form->addRow(QString(), m_passwordProblem);
    form->addRow(QString(), m_administrator);
    form->addRow(QString(), m_forceSecAuth);
    form->addRow(QString(), m_active);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Send the user to the server; the dialog closes when it is done"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without changing the user"));
    connect(m_save, &QPushButton::clicked, this, &UserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Wide enough for the longest option, the administrator check box, in either language.
    setMinimumWidth(std::max(460, m_administrator->sizeHint().width() + 160));

    if (m_existing) {
        m_firstname->setText(m_existing->firstname);
        m_lastname->setText(m_existing->lastname);
        m_email->setText(m_existing->email);
        m_administrator->setChecked(m_existing->administrator);
        m_forceSecAuth->setChecked(m_existing->forceSecAuth);
        m_active->setChecked(m_existing->active);
    }
}

QStringList UserDialog::problems() const
{
    QStringList out;
    if (m_firstname->text().trimmed().isEmpty())
        out << tr("Enter the first name.");
    if (m_lastname->text().trimmed().isEmpty())
        out << tr("Enter the last name.");
    if (!UserRules::isValidEmail(m_email->text().trimmed()))
        out << tr("Enter a valid e-mail address, such as name@example.com.");
    const QString password = m_password->text();
    if (!m_existing && password.isEmpty())
        out << tr("Enter a password.");
    else if (!password.isEmpty() && password.size() < kMinimumPasswordLength)
        out << tr("The password must have at least %1 characters.").arg(kMinimumPasswordLength);
    return out;
}

UserDraft UserDialog::draft() const
{
    UserDraft d;
    d.firstname = m_firstname->text().trimmed();
    d.lastname = m_lastname->text().trimmed();
    d.email = m_email->text().trimmed();
    if (!m_password->text().isEmpty())
        d.password = m_password->text();
    d.administrator = m_administrator->isChecked();
    d.forceSecAuth = m_forceSecAuth->isChecked();
    d.active = m_active->isChecked();
    return d;
}

void UserDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void UserDialog::submit()
{
    m_emailProblem->hide();
    m_passwordProblem->hide();
    const QStringList problems = this->problems();
    if (!problems.isEmpty()) {
        m_banner->post(MessageBanner::Tone::Error, problems.join(QLatin1Char('\n')));
        return;
    }
    m_banner->post(MessageBanner::Tone::Info, tr("Saving… the change is applied when the server "
                                                 "reports it done."));
    setBusy(true);
    auto done = [this](const Result<User> &r) {
        setBusy(false);
        if (r.ok()) {
            emit saved(r.value().id);
            accept();
        } else
            showServerError(r.error());
    };
    if (m_existing)
        m_controller.update(m_existing->id, draft(), this, done);
    else
        m_controller.create(draft(), this, done);
}

void UserDialog::showServerError(const ApiError &error)
{
    // The server's words beside the field they name, and above the form.
    const QString words = error.serverMessage.isEmpty() ? error.message : error.serverMessage;
    if (words.contains(QStringLiteral("e-mail"), Qt::CaseInsensitive) ||
        words.contains(QStringLiteral("email"), Qt::CaseInsensitive)) {
        m_emailProblem->setText(words);
        m_emailProblem->show();
    } else if (words.contains(QStringLiteral("password"), Qt::CaseInsensitive)) {
        m_passwordProblem->setText(words);
        m_passwordProblem->show();
    }
    m_banner->showError({}, error);
}

} // namespace ionos
