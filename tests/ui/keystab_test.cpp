// A user's "Object Storage Keys" tab, driven as a person would against the sandbox: the keys and
// "n of 5 keys", Generate Key with the secret shown once and written nowhere, Deactivate and
// Delete confirmed with what follows, Open Object Storage in the browser, and turning off the keys
// of several users as one change that the Activity log undoes.
#include "budgets.h"
#include "clippednames.h"
#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/keys/objectstoragekeyscontroller.h"
#include "models/keys/objectstoragekeysmodel.h"
#include "models/tableexport.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "sandboxpicks.h"
#include "signedinscreen.h"
#include "ui/activitydock.h"
#include "ui/common/messagebanner.h"
#include "ui/common/tablecolumns.h"
#include "ui/mainwindow.h"
#include "ui/navigationtree.h"
#include "ui/snapshot/restoredialog.h"
#include "ui/users/newkeydialog.h"
#include "ui/users/objectstoragekeyspane.h"
#include "ui/users/usersview.h"
#include "visibletext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;
using sandbox::SandboxState;

namespace {

// Takes the URLs the console asks the desktop to open, instead of a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

class KeysTab : public SignedInScreen
{
protected:
    bool isReady() override { return view() && view()->table()->model()->rowCount() == 30; }

    UsersView *view() const { return window->usersView(); }
    ObjectStorageKeysPane *pane() const { return view()->keysPane(); }
    QPushButton *button(const char *name) const
    {
        return pane()->findChild<QPushButton *>(QLatin1String(name));
    }
    // The first user with this many keys in the sandbox.
    QString userWith(int count) const { return userWithKeys(h->state(), count); }
    // Selects the user in the table and opens the keys tab; waits for the keys.
    void openKeysOf(const QString &userId)
    {
        window->showPage(NavigationTree::Page::Users);
        const int row =
            rowOf(view()->table(), UsersModel::EmailColumn, h->state().user(userId)->email);
        ASSERT_GE(row, 0);
        view()->table()->selectRow(row);
        view()->details()->setCurrentWidget(pane());
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return ws().state().areKeysLoaded(userId) &&
                       pane()->table()->model()->rowCount() ==
                           int(h->state().keysOf(userId).size());
            },
            budget::kServerMs));
    }
    void selectKeys(const QStringList &ids)
    {
        QTableView *table = pane()->table();
        table->clearSelection();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (ids.contains(index.data(ObjectStorageKeysModel::KeyIdRole).toString()))
                table->selectionModel()->select(index, QItemSelectionModel::Select |
                                                           QItemSelectionModel::Rows);
        }
    }
    // The text of the open confirmation with this name; empty when none opened in time.
    QString confirmationText(const char *name)
    {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                box = window->findChild<QMessageBox *>(QLatin1String(name));
                return box && box->isVisible();
            },
            budget::kLocalMs);
        return shown ? box->text() + QLatin1Char('\n') + box->informativeText() : QString();
    }
};

} // namespace

TEST_F(KeysTab, ShowsTheKeysWithTheCount)
{
    const QString user = userWith(2);
    ASSERT_FALSE(user.isEmpty());
    openKeysOf(user);
    EXPECT_EQ(view()->details()->tabText(view()->details()->indexOf(pane())),
              QStringLiteral("Object Storage Keys"));
    auto *count = pane()->findChild<QLabel *>(QStringLiteral("keysCount"));
    EXPECT_EQ(count->text(), QStringLiteral("2 of 5 keys"));
    const QModelIndex key = pane()->table()->model()->index(0, ObjectStorageKeysModel::KeyColumn);
    EXPECT_EQ(key.data(Qt::ToolTipRole).toString(), h->state().keysOf(user).first().id);
    EXPECT_TRUE(key.data().toString().contains(QChar(0x2026)));
    EXPECT_FALSE(pane()->table()->accessibleName().isEmpty());
    using Kind = TableColumns::Kind;
    QTest::qWait(100);
    const QStringList cut = clippedCells(pane(), {Kind::Name, Kind::Date, Kind::Label});
    EXPECT_TRUE(cut.isEmpty()) << cut.join(QStringLiteral("\n")).toStdString();
    EXPECT_FALSE(button("activateKeysButton")->isEnabled()) << "nothing selected";

    // A user at the limit cannot have another key, and the button says why.
    openKeysOf(userWith(SandboxState::kMaxKeysPerUser));
    EXPECT_EQ(count->text(), QStringLiteral("5 of 5 keys"));
    EXPECT_FALSE(button("generateKeyButton")->isEnabled());
    EXPECT_TRUE(button("generateKeyButton")->toolTip().contains(QStringLiteral("delete one")));
}

TEST_F(KeysTab, TheKeysAreReadWhenTheTabOpensOrAfterEverythingElseNeverBefore)
{
    // Opened at once, before the account is loaded: the user's keys are read for the tab.
    const QString user = userWith(1);
    openKeysOf(user);
    // The rest follow in the background once users, groups, members, shares and resources
    // are all in: no other user's keys were asked for before the last of those.
    ASSERT_TRUE(QTest::qWaitFor([&] { return ws().areKeysLoaded(); }, budget::kServerMs));
    qsizetype lastOther = -1;
    qsizetype firstBackgroundKeys = -1;
    const auto log = h->server().requestLog();
    for (qsizetype i = 0; i < log.size(); ++i) {
        const QString &path = log.at(i).path;
        if (path.contains(QStringLiteral("/s3keys"))) {
            if (!path.contains(user) && firstBackgroundKeys < 0)
                firstBackgroundKeys = i;
        } else if (path.contains(QStringLiteral("/um/"))) {
            lastOther = i;
        }
    }
    ASSERT_GE(firstBackgroundKeys, 0);
    EXPECT_GT(firstBackgroundKeys, lastOther)
        << "the keys of the other users came after everything else";
    for (const QString &id : h->state().userOrder())
        EXPECT_EQ(ws().state().keyCount(id), int(h->state().keysOf(id).size()));
}

TEST_F(KeysTab, AGeneratedKeysSecretIsShownOnceWithCopyAndWrittenNowhere)
{
    const QString user = userWith(1);
    openKeysOf(user);
    QTest::mouseClick(button("generateKeyButton"), Qt::LeftButton);
    NewKeyDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            dialog = window->findChild<NewKeyDialog *>();
            return dialog && dialog->isVisible();
        },
        budget::kServerMs));
    const QString accessKey = dialog->accessKeyField()->text();
    const QString secret = dialog->secretField()->text();
    ASSERT_EQ(secret.size(), 40);
    ASSERT_TRUE(h->state().key(user, accessKey)) << "the key the dialog shows is the new one";
    EXPECT_TRUE(
        visibleTexts(dialog).join(QLatin1Char('\n')).contains(QStringLiteral("only this once")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copySecretKey")),
                      Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), secret);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyAccessKey")),
                      Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), accessKey);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeNewKey")),
                      Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !window->findChild<NewKeyDialog *>(); }, budget::kLocalMs));
    EXPECT_EQ(pane()->table()->model()->rowCount(), 2);
    EXPECT_EQ(pane()->findChild<QLabel *>(QStringLiteral("keysCount"))->text(),
              QStringLiteral("2 of 5 keys"));

    // Nowhere after: not in the window, the activity log, the table's export, the settings.
    EXPECT_FALSE(visibleTexts(window).join(QLatin1Char('\n')).contains(secret));
    const ActivityModel &log = ws().activity();
    EXPECT_FALSE(exportTable(log, ExportFormat::Json).contains(secret.toUtf8()));
    EXPECT_TRUE(exportTable(log, ExportFormat::Json).contains("Generate Object Storage key"));
    const QByteArray keys = exportTable(*pane()->table()->model(), ExportFormat::Json);
    EXPECT_TRUE(keys.contains(accessKey.toUtf8()));
    EXPECT_FALSE(keys.contains(secret.toUtf8()));
    window->close(); // the window's state is written to the settings
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly)) {
        EXPECT_FALSE(file.readAll().contains(secret.toUtf8())) << file.fileName().toStdString();
    }
    // The suite's secrets scan looks for every secret the sandbox generated in all the files
    // of the run.
}

TEST_F(KeysTab, DeactivatingTheLastActiveKeySaysBucketAccessEndsAndDeleteSaysItCannotComeBack)
{
    // A user with exactly one active key among one or two.
    QString user;
    for (const QString &id : h->state().userOrder()) {
        int active = 0;
        for (const auto &k : h->state().keysOf(id))
            active += k.active;
        if (active == 1 && h->state().keysOf(id).size() <= 2)
            user = id;
    }
    ASSERT_FALSE(user.isEmpty());
    openKeysOf(user);
    QString activeKey;
    for (const auto &k : h->state().keysOf(user)) {
        if (k.active)
            activeKey = k.id;
    }
    selectKeys({activeKey});
    ASSERT_TRUE(button("deactivateKeysButton")->isEnabled());
    EXPECT_FALSE(button("activateKeysButton")->isEnabled());
    QTest::mouseClick(button("deactivateKeysButton"), Qt::LeftButton);
    const QString asked = confirmationText("deactivateKeysConfirmation");
    EXPECT_TRUE(asked.contains(QStringLiteral("last active key"))) << asked.toStdString();
    EXPECT_TRUE(asked.contains(QStringLiteral("buckets")));
    ASSERT_TRUE(SignedInWindow::confirm(window, "deactivateKeysConfirmation"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !h->state().key(user, activeKey)->active; },
                                budget::kServerMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return button("activateKeysButton")->isEnabled(); },
                                budget::kServerMs));

    selectKeys({activeKey});
    QTest::mouseClick(button("deleteKeysButton"), Qt::LeftButton);
    const QString deleting = confirmationText("deleteKeysConfirmation");
    EXPECT_TRUE(deleting.contains(QStringLiteral("cannot come back"))) << deleting.toStdString();
    ASSERT_TRUE(SignedInWindow::confirm(window, "deleteKeysConfirmation"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !h->state().key(user, activeKey); }, budget::kServerMs));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return pane()->table()->model()->rowCount() == int(h->state().keysOf(user).size()); },
        budget::kServerMs));
}

TEST_F(KeysTab, OpenObjectStorageOpensTheSignOnAddressInTheBrowser)
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    const QString user = userWith(1);
    openKeysOf(user);
    QTest::mouseClick(button("openObjectStorageButton"), Qt::LeftButton);
    const bool opened =
        QTest::qWaitFor([&] { return !catcher.opened.isEmpty(); }, budget::kServerMs);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    ASSERT_TRUE(opened);
    EXPECT_TRUE(catcher.opened.first().query().contains(user));
}

TEST_F(KeysTab, TurningOffSeveralUsersKeysIsOneChangeTheActivityLogUndoes)
{
    // Two users with active keys.
    QStringList users;
    QHash<QString, bool> wasActive;
    for (const QString &id : h->state().userOrder()) {
        bool any = false;
        for (const auto &k : h->state().keysOf(id))
            any = any || k.active;
        if (any && users.size() < 2) {
            users << id;
            for (const auto &k : h->state().keysOf(id))
                wasActive.insert(k.id, k.active);
        }
    }
    ASSERT_EQ(users.size(), 2);
    window->showPage(NavigationTree::Page::Users);
    QItemSelectionModel *selection = view()->table()->selectionModel();
    selection->clearSelection();
    for (const QString &id : users)
        selection->select(
            view()->table()->model()->index(
                rowOf(view()->table(), UsersModel::EmailColumn, h->state().user(id)->email), 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *action = view()->findChild<QAction *>(QStringLiteral("deactivateUsersKeysAction"));
    ASSERT_NE(action, nullptr);
    ASSERT_TRUE(action->isEnabled());
    action->trigger();
    const QString asked = confirmationText("deactivateUsersKeysConfirmation");
    EXPECT_TRUE(asked.contains(QStringLiteral("2 users"))) << asked.toStdString();
    ASSERT_TRUE(SignedInWindow::confirm(window, "deactivateUsersKeysConfirmation"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const QString &id : users) {
                for (const auto &k : h->state().keysOf(id)) {
                    if (k.active)
                        return false;
                }
            }
            return true;
        },
        budget::kServerMs));

    // One entry in the log, undone: the keys that were on are on again.
    RestoreDialog *dialog =
        SignedInWindow::openUndo(window, QStringLiteral("Deactivate Object Storage keys"));
    ASSERT_NE(dialog, nullptr);
    QPushButton *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
    QTest::mouseClick(restore, Qt::LeftButton);
    ASSERT_TRUE(SignedInWindow::confirm(dialog, "confirmRestore"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const QString &id : users) {
                for (const auto &k : h->state().keysOf(id)) {
                    if (k.active != wasActive.value(k.id))
                        return false;
                }
            }
            return true;
        },
        budget::kServerMs));
}

#include "keystab_test.moc"
