#include "ui/help/gettingstarteddialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ionos {

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
    , m_page(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started"));
    m_page->setObjectName(QStringLiteral("gettingStartedPage"));
    m_page->setOpenExternalLinks(true);
    m_page->setAccessibleName(tr("Getting started"));
    m_page->setAccessibleDescription(tr("How to sign in and find your way around the console"));
    m_page->setHtml(
        tr("<h2>Getting started</h2>"
           "<h3>1. Sign in</h3>"
           "<p>Choose <b>File &gt; Connect…</b>, give the profile a name and keep the IONOS "
           "addresses that are filled in. Then enter a <b>token</b> or a <b>username and "
           "password</b> and press <b>Test Connection</b> or <b>Sign In</b>. The secret is kept in "
           "the system keychain, never in a file.</p>"
           "<h3>2. Accounts with 2-factor authentication</h3>"
           "<p>IONOS refuses a username and password for an account with 2-factor authentication. "
           "Sign in to the IONOS web console, open the <b>Token Manager</b>, create a token and "
           "paste it into the <b>Token</b> field of the connection dialog. A token expires: when "
           "the console says the credentials were refused, create a new one.</p>"
           "<h3>3. Who may manage users</h3>"
           "<p>Only the contract owner and administrators may manage users and groups. Signed in "
           "as someone else, the console says so instead of showing empty tables.</p>"
           "<h3>4. Find your way</h3>"
           "<p>The <b>toolbar</b> under the menus and the <b>Edit</b> menu hold the actions of "
           "the screen shown: <b>New</b>, <b>Edit</b> and <b>Delete</b> for its selection, "
           "<b>Refresh</b>, and the screen's own, such as <b>Add Members…</b> and <b>Stop "
           "Sharing</b> on the Groups screen or <b>Apply Changes</b> on the Privilege Matrix. The "
           "same actions are in each table's right-click menu and on its keys (Ctrl+N, F2 or "
           "Enter, Del).</p>"
           "<ul><li><b>Users</b>: create, edit and delete users; Ctrl+F filters.</li>"
           "<li><b>Groups</b>: privileges, members and shares of each group; drop users on a "
           "group to add them.</li>"
           "<li><b>Privilege Matrix</b>: every group against every privilege; Space toggles a "
           "cell, Apply sends the changes.</li>"
           "<li><b>Resources</b> and <b>Ownership</b>: who owns each resource and who can reach "
           "it.</li>"
           "<li><b>Reseller Contracts</b>: the admins of the contracts the profile manages.</li>"
           "</ul>"
           "<p>Every table exports as CSV or JSON from its context menu or <b>File &gt; "
           "Export</b>. F5 reloads.</p>"
           "<h3>5. Try it without an account</h3>"
           "<p>Start <code>ionos-admin --demo</code>: the console works against a local sandbox "
           "with sample data, and nothing leaves the machine.</p>"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("gettingStartedButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page);
    layout->addWidget(buttons);
    resize(620, 560);
}

} // namespace ionos
