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
           "<ul><li><b>Overview</b>: the account at a glance after sign-in, with what changed "
           "since your last session; a severity of findings opens them.</li>"
           "<li><b>Users</b>: create, edit and delete users; Ctrl+F filters. The "
           "<b>Access</b> tab shows what a user may do and through which group.</li>"
           "<li><b>Groups</b>: privileges, members and shares of each group; drop users on a "
           "group to add them.</li>"
           "<li><b>Privilege Matrix</b>: every group against every privilege; Space toggles a "
           "cell, Apply sends the changes.</li>"
           "<li><b>Resources</b>: the resources by type, who owns each and who can reach "
           "it.</li>"
           "<li><b>Ownership</b>: which user owns which resource.</li>"
           "<li><b>Findings</b>: what needs a look, such as administrators without 2-factor "
           "authentication or inactive users who still hold rights; <b>Fix…</b> repairs one, "
           "<b>Dismiss</b> sets it aside.</li>"
           "<li><b>Access Review</b>: go through the members and shares of chosen groups, keep "
           "or remove each, apply the decisions at once and export the evidence.</li>"
           "<li><b>Changes</b>: compare the account with a snapshot saved with <b>File &gt; "
           "Save Snapshot…</b> and put back what changed.</li>"
           "<li><b>Reseller Contracts</b>: the admins of the contracts the profile manages.</li>"
           "<li><b>Privilege Reference</b>: what each of the 25 privileges allows and who "
           "holds it.</li>"
           "</ul>"
           "<p>The <b>Activity</b> log under the screens lists this session's changes: a failed "
           "one can be tried again, a change of many items undone.</p>"
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
