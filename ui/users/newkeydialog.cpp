#include "ui/users/newkeydialog.h"

#include "ui/common/messagebanner.h"
#include "ui/common/secondarylabel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ionos {
namespace {

// A read-only field with its Copy button beside it.
QHBoxLayout *withCopy(QLineEdit *field, const QString &what, const QString &objectName,
                      QWidget *parent)
{
    auto *copy = new QPushButton(NewKeyDialog::tr("Copy"), parent);
    copy->setObjectName(objectName);
    copy->setAccessibleName(NewKeyDialog::tr("Copy the %1").arg(what));
    copy->setToolTip(NewKeyDialog::tr("Copy the %1 to the clipboard").arg(what));
    copy->setAutoDefault(false);
    QObject::connect(copy, &QPushButton::clicked, field, [field, copy] {
        QApplication::clipboard()->setText(field->text());
        copy->setText(NewKeyDialog::tr("Copied"));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(copy);
    return row;
}

} // namespace

NewKeyDialog::NewKeyDialog(const NewObjectStorageKey &created, const QString &userName,
                           QWidget *parent)
    : QDialog(parent)
    , m_accessKey(new QLineEdit(created.key.id, this))
    , m_secret(new QLineEdit(created.secret, this))
{
    setObjectName(QStringLiteral("newKeyDialog"));
    setWindowTitle(tr("New Object Storage Key"));
    const bool hasSecret = !created.secret.isEmpty();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLineEdit *field : {m_accessKey, m_secret}) {
        field->setReadOnly(true);
        field->setFont(fixed);
        field->setMinimumWidth(
            field->fontMetrics().horizontalAdvance(QString(42, QLatin1Char('M'))));
    }
    m_accessKey->setObjectName(QStringLiteral("accessKeyField"));
    m_accessKey->setAccessibleName(tr("Access key"));
    m_secret->setObjectName(QStringLiteral("secretKeyField"));
    m_secret->setAccessibleName(tr("Secret key"));
    m_accessKey->setAccessibleDescription(
        tr("The key's id, which Object Storage tools ask for with the secret"));
    m_secret->setAccessibleDescription(
        tr("The key's secret: shown only now, copy it before closing"));

    auto *lead = new QLabel(
        tr("A new Object Storage key of <b>%1</b> was generated.").arg(userName.toHtmlEscaped()),
        this);
    lead->setWordWrap(true);
    auto *warning = new QLabel(this);
    warning->setObjectName(QStringLiteral("newKeyWarning"));
    warning->setWordWrap(true);
    warning->setMargin(8);
    if (hasSecret)
        warning->setText(tr("Copy the secret key now and keep it somewhere safe. It is shown "
                            "only this once: the console does not keep it, and IONOS cannot show "
                            "it again."));
    else
        warning->setText(tr("The key was generated, but the answer with its secret was lost on "
                            "the way, and the secret cannot be shown again. Deactivate or "
                            "delete this key, and generate another one."));
    warning->setStyleSheet(MessageBanner::toneStyleSheet(MessageBanner::Tone::Warning, palette()));
    warning->setAccessibleName(warning->text());

    auto *form = new QFormLayout;
    auto *accessLabel = new QLabel(tr("&Access key:"), this);
    accessLabel->setBuddy(m_accessKey);
    form->addRow(accessLabel,
                 withCopy(m_accessKey, tr("access key"), QStringLiteral("copyAccessKey"), this));
    if (hasSecret) {
        auto *secretLabel = new QLabel(tr("&Secret key:"), this);
        secretLabel->setBuddy(m_secret);
        form->addRow(secretLabel,
                     withCopy(m_secret, tr("secret key"), QStringLiteral("copySecretKey"), this));
    } else {
        m_secret->hide();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeNewKey"));
    if (hasSecret)
        close->setText(tr("I Have Copied It"));
    close->setToolTip(tr("Close: the secret key is not shown again"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(lead);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(new SecondaryLabel(
        tr("Object Storage tools ask for both: the access key says who you are, the secret key "
           "proves it."),
        this));
    layout->addWidget(buttons);
    m_secret->setFocus();
}

void NewKeyDialog::done(int result)
{
    // The secret goes with the dialog: nothing of it stays in the fields' memory of edits.
    m_secret->setText(QString(m_secret->text().size(), QLatin1Char(' ')));
    m_secret->clear();
    QDialog::done(result);
}

} // namespace ionos
