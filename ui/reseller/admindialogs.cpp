#include "ui/reseller/admindialogs.h"

#include "models/reseller/adminscontroller.h"
#include "models/users/userrules.h"
#include "ui/common/messagebanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ionos {

AdminDialog::AdminDialog(AdminsController &controller, std::optional<Admin> existing,
                         QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_existing(std::move(existing))
    , m_banner(new MessageBanner(this))
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
{
    setObjectName(QStringLiteral("adminDialog"));
    setWindowTitle(m_existing ? tr("Edit Admin of Contract %1").arg(controller.contract())
                              : tr("New Admin of Contract %1").arg(controller.contract()));
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_firstName->setObjectName(QStringLiteral("firstNameEdit"));
    m_lastName->setObjectName(QStringLiteral("lastNameEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_firstName->setToolTip(tr("The admin's first name"));
    m_lastName->setToolTip(tr("The admin's last name"));
    m_email->setToolTip(tr("The address the admin signs in with"));
    auto *form = new QFormLayout;
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&E-mail:"), m_email);
    if (!m_existing) {
        m_password = new QLineEdit(this);
        m_confirm = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_confirm->setObjectName(QStringLiteral("confirmEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_confirm->setEchoMode(QLineEdit::Password);
        m_password->setToolTip(tr("At least 8 characters; the admin signs in with it"));
        m_confirm->setToolTip(tr("The same password again, to rule out a typing mistake"));
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("&Confirm password:"), m_confirm);
    } else {
        m_firstName->setText(m_existing->firstName);
        m_lastName->setText(m_existing->lastName);
        m_email->setText(m_existing->email);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Send the admin to the Reseller API"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without changing the admin"));
    connect(m_save, &QPushButton::clicked, this, &AdminDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QStringList AdminDialog::problems() const
{
    QStringList out;
    if (m_firstName->text().trimmed().isEmpty())
        out << tr("Enter the first name.");
    if (m_lastName->text().trimmed().isEmpty())
        out << tr("Enter the last name.");
    if (!UserRules::isValidEmail(m_email->text().trimmed()))
        out << tr("Enter a valid e-mail address.");
    if (m_password) {
        if (m_password->text().size() < UserRules::kMinimumPasswordLength)
            out << tr("The password must have at least %1 characters.")
                       .arg(UserRules::kMinimumPasswordLength);
        else if (m_password->text() != m_confirm->text())
            out << tr("The two passwords differ.");
    }
    return out;
}

void AdminDialog::submit()
{
    const QStringList problems = this->problems();
    if (!problems.isEmpty()) {
        m_banner->post(MessageBanner::Tone::Error, problems.join(QLatin1Char('\n')));
        return;
    }
    AdminDraft draft{
        m_firstName->text().trimmed(), m_lastName->text().trimmed(), m_email->text().trimmed(), {}};
    if (m_password)
        draft.password = m_password->text();
    m_save->setEnabled(false);
    m_banner->post(MessageBanner::Tone::Info, tr("Saving…"));
    const qint64 contract = m_controller.contract();
    auto done = [this, contract](const Result<Admin> &r) {
        m_save->setEnabled(true);
        if (r.ok()) {
            emit saved(r.value().id);
            accept();
        } else
            m_banner->post(MessageBanner::Tone::Error,
                           AdminsController::explain(r.error(), contract), {}, r.error().details);
    };
    if (m_existing)
        m_controller.update(m_existing->id, draft, this, done);
    else
        m_controller.create(draft, this, done);
}

DeleteAdminDialog::DeleteAdminDialog(AdminsController &controller, const Admin &admin,
                                     QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_admin(admin)
    , m_banner(new MessageBanner(this))
    , m_typed(new QLineEdit(this))
{
    setObjectName(QStringLiteral("deleteAdminDialog"));
    setWindowTitle(tr("Delete Admin"));
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    auto *text =
        new QLabel(tr("Delete the admin <b>%1 %2</b> (%3) of reseller contract <b>%4</b>?<br><br>"
                      "The Reseller API calls this highly destructive: the admin loses access "
                      "at once and cannot be restored. Type the admin's e-mail address to "
                      "confirm.")
                       .arg(admin.firstName.toHtmlEscaped(), admin.lastName.toHtmlEscaped(),
                            admin.email.toHtmlEscaped())
                       .arg(controller.contract()),
                   this);
    text->setObjectName(QStringLiteral("deleteText"));
    text->setWordWrap(true);
    m_typed->setObjectName(QStringLiteral("confirmEmailEdit"));
    m_typed->setPlaceholderText(admin.email);
    m_typed->setAccessibleName(tr("Type the admin's e-mail address to confirm"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setEnabled(false);
    m_delete->setToolTip(tr("Delete the admin for good; enabled once the e-mail address matches"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Keep the admin"));
    m_typed->setToolTip(tr("The admin's e-mail address, exactly as shown above"));
    connect(m_typed, &QLineEdit::textChanged, this, [this](const QString &typed) {
        m_delete->setEnabled(typed.trimmed().compare(m_admin.email, Qt::CaseInsensitive) == 0);
    });
    connect(m_delete, &QPushButton::clicked, this, &DeleteAdminDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(text);
    layout->addWidget(m_typed);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void DeleteAdminDialog::submit()
{
    m_delete->setEnabled(false);
    m_banner->post(MessageBanner::Tone::Info, tr("Deleting…"));
    const qint64 contract = m_controller.contract();
    m_controller.remove(m_admin.id, this, [this, contract](const Result<Done> &r) {
        if (r.ok()) {
            accept();
            return;
        }
        m_delete->setEnabled(true);
        m_banner->post(MessageBanner::Tone::Error, AdminsController::explain(r.error(), contract),
                       {}, r.error().details);
    });
}

} // namespace ionos
