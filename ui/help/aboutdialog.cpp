#include "ui/help/aboutdialog.h"

#include "network/apiendpoints.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace ionos {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About IONOS Cloud Admin Console"));
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/ionos-admin.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Application icon"));
    icon->setAccessibleDescription(tr("The icon of the IONOS Cloud Admin Console"));

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    text->setText(
        tr("<h3>IONOS Cloud Admin Console %1</h3>"
           "<p>Users, groups and their privileges, members, shares, resource ownership and "
           "reseller admins of IONOS Cloud accounts, with credentials in the system keychain.</p>"
           "<p><b>APIs</b><br>IONOS Cloud API v6, User Management: %2<br>"
           "IONOS Reseller API v2, contract admins: %3</p>"
           "<p><b>Licence</b><br>GNU General Public License, version 3 or later. This program "
           "comes with no warranty.</p>"
           "<p>Built with Qt %4 and Qt Keychain. IONOS is a trademark of IONOS SE; this console "
           "is not an IONOS product.</p>")
            .arg(QStringLiteral(IONOS_ADMIN_VERSION),
                 ApiEndpoints::defaultCloudBase().toString().toHtmlEscaped(),
                 ApiEndpoints::defaultResellerBase().toString().toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
    text->setAccessibleName(tr("About this console"));
    text->setAccessibleDescription(tr("Version, licence and the APIs the console speaks"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

} // namespace ionos
