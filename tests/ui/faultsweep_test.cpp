// The fault sweep: each write the console makes, driven through its widgets against the sandbox
// while the sandbox answers that write with one fault after another (a latency spike, a storm of
// 429 with Retry-After, 500, 503, a 502 with an HTML page, a truncated JSON body, a dropped
// connection). Whatever happens: no crash, no hang, the outcome is shown, what was typed is kept
// when it failed, and the sandbox ends exactly as the user meant, nothing made twice.
#include "budgets.h"
#include "faultcases.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/privilegematrixmodel.h"
#include "models/groups/sharescontroller.h"
#include "models/groups/sharesmodel.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "signedinwindow.h"
#include "ui/common/messagebanner.h"
#include "ui/groups/groupdialog.h"
#include "ui/groups/groupsview.h"
#include "ui/groups/matrixview.h"
#include "ui/groups/memberpicker.h"
#include "ui/groups/memberspanel.h"
#include "ui/groups/sharespanel.h"
#include "ui/reseller/resellerview.h"
#include "ui/users/userdialog.h"
#include "ui/users/usersview.h"

#include <QAction>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;
using sandbox::Fault;

namespace {

class FaultSweep : public ::testing::TestWithParam<int>
{
protected:
    void SetUp() override
    {
        sandbox::SandboxOptions o = SandboxHarness::testOptions();
        o.requestDoneMs = 50;
        console = std::make_unique<SignedInWindow>(o);
        ASSERT_TRUE(console->start());
    }

    const FaultCase &fault() const { return faultCases().at(GetParam()); }
    MainWindow *window() const { return console->window(); }
    SandboxHarness &sandbox() { return console->sandbox(); }
    void inject(const QByteArray &method)
    {
        for (const Fault f : fault().faults)
            sandbox().server().injectFaultFor(method, f);
    }

    // Saves the dialog until it closes, as a person would: when it stays open with the outcome,
    // what was typed must still be there, and Save is pressed again.
    // A dialog whose save asks first (what a change of privileges does) names its confirmation.
    void saveUntilClosed(QDialog *dialog, const std::function<void(QDialog *)> &expectInputKept,
                         const QString &button = QStringLiteral("saveButton"),
                         const char *confirmation = nullptr)
    {
        QPointer<QDialog> open(dialog);
        for (int attempt = 0; attempt < 3 && open; ++attempt) {
            QTest::mouseClick(open->findChild<QPushButton *>(button), Qt::LeftButton);
            auto *banner = open->findChild<MessageBanner *>(QStringLiteral("messageBanner"));
            if (confirmation) {
                ASSERT_TRUE(SignedInWindow::confirmWhenAsked(open, confirmation, [&] {
                    return !open || banner->text().contains(QStringLiteral("Saving"));
                })) << fault().name;
            }
            ASSERT_TRUE(QTest::qWaitFor(
                [&] {
                    return !open || !open->isVisible() ||
                           (banner->isVisible() && banner->tone() == MessageBanner::Tone::Error);
                },
                budget::kServerMs))
                << fault().name << ": no outcome shown";
            if (!open || !open->isVisible())
                return;
            EXPECT_FALSE(banner->text().isEmpty()) << fault().name;
            expectInputKept(open);
        }
        ASSERT_TRUE(!open || !open->isVisible()) << fault().name << ": never saved";
    }

    int usersWithEmail(const QString &email) const
    {
        int n = 0;
        for (const QString &id : console->sandbox().state().userOrder())
            n += console->sandbox().state().user(id)->email == email;
        return n;
    }
    static constexpr auto rowOf = &SignedInWindow::rowOf;

    // Shows a group's members (1) or shares (2) tab.
    void showGroupTab(const QString &groupId, int tab)
    {
        window()->showPage(MainWindow::Page::Groups);
        window()->groupsView()->selectGroup(groupId);
        window()->groupsView()->details()->setCurrentIndex(tab);
    }
    // Waits for a bulk outcome in the banner; true when it says everything was done.
    bool bulkOutcome(MessageBanner *banner)
    {
        [[maybe_unused]] const bool shown = QTest::qWaitFor(
            [&] { return banner->isVisible() && banner->tone() != MessageBanner::Tone::Info; },
            budget::kServerMs);
        EXPECT_TRUE(banner->isVisible()) << fault().name << ": no outcome shown";
        return banner->tone() == MessageBanner::Tone::Success;
    }

    std::unique_ptr<SignedInWindow> console;
};

std::string caseName(const ::testing::TestParamInfo<int> &info)
{
    return faultCases().at(info.param).name;
}

} // namespace

TEST_P(FaultSweep, UserCreate)
{
    const QString email = QStringLiteral("sweep.create@example.com");
    window()->usersView()->newAction()->trigger();
    auto *dialog = window()->findChild<UserDialog *>();
    ASSERT_NE(dialog, nullptr);
    SignedInWindow::type(dialog, "firstnameEdit", QStringLiteral("Sweep"));
    SignedInWindow::type(dialog, "lastnameEdit", QStringLiteral("Create"));
    SignedInWindow::type(dialog, "emailEdit", email);
    SignedInWindow::type(dialog, "passwordEdit", QStringLiteral("long-enough-1"));
    inject("POST");
    saveUntilClosed(dialog, [&](QDialog *d) {
        EXPECT_EQ(d->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text(), email);
        EXPECT_EQ(d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(),
                  QStringLiteral("long-enough-1"));
    });
    EXPECT_EQ(usersWithEmail(email), 1) << "made exactly once";
    QTableView *table = window()->usersView()->table();
    EXPECT_TRUE(QTest::qWaitFor([&] { return rowOf(table, UsersModel::EmailColumn, email) >= 0; },
                                budget::kServerMs))
        << "the table shows it";
}

TEST_P(FaultSweep, UserEdit)
{
    const auto &state = sandbox().state();
    const QString id = state.userOrder().at(3);
    const QString email = state.user(id)->email;
    QTableView *table = window()->usersView()->table();
    const int row = rowOf(table, UsersModel::EmailColumn, email);
    ASSERT_GE(row, 0);
    table->selectRow(row);
    window()->usersView()->editAction()->trigger();
    auto *dialog = window()->findChild<UserDialog *>();
    ASSERT_NE(dialog, nullptr);
    SignedInWindow::type(dialog, "lastnameEdit", QStringLiteral("Swept"));
    inject("PUT");
    saveUntilClosed(dialog, [&](QDialog *d) {
        EXPECT_EQ(d->findChild<QLineEdit *>(QStringLiteral("lastnameEdit"))->text(),
                  QStringLiteral("Swept"));
    });
    EXPECT_EQ(state.user(id)->lastname, QStringLiteral("Swept"));
    EXPECT_EQ(usersWithEmail(email), 1);
}

TEST_P(FaultSweep, UserDelete)
{
    const auto &state = sandbox().state();
    const int before = int(state.userOrder().size());
    const QString id = state.userOrder().at(5);
    const QString email = state.user(id)->email;
    QTableView *table = window()->usersView()->table();
    auto *banner = window()->usersView()->findChild<MessageBanner *>(QStringLiteral("usersBanner"));
    for (int attempt = 0; attempt < 3 && state.user(id); ++attempt) {
        const int row = rowOf(table, UsersModel::EmailColumn, email);
        ASSERT_GE(row, 0) << fault().name << ": still there, so still in the table";
        table->selectRow(row);
        if (attempt == 0)
            inject("DELETE");
        banner->clear();
        window()->usersView()->deleteAction()->trigger();
        auto *box = window()->findChild<QMessageBox *>(QStringLiteral("deleteUsersConfirmation"));
        ASSERT_NE(box, nullptr);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                          Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, budget::kServerMs))
            << fault().name << ": no outcome shown";
    }
    EXPECT_EQ(state.user(id), nullptr) << fault().name;
    EXPECT_EQ(int(state.userOrder().size()), before - 1) << "exactly one deleted";
    EXPECT_TRUE(QTest::qWaitFor([&] { return rowOf(table, UsersModel::EmailColumn, email) < 0; },
                                budget::kServerMs));
    EXPECT_EQ(banner->tone(), MessageBanner::Tone::Success)
        << fault().name << ": " << banner->text().toStdString();
}

TEST_P(FaultSweep, GroupCreate)
{
    const QString name = QStringLiteral("Sweep Group");
    window()->showPage(MainWindow::Page::Groups);
    window()->groupsView()->newAction()->trigger();
    auto *dialog = window()->findChild<GroupDialog *>();
    ASSERT_NE(dialog, nullptr);
    SignedInWindow::type(dialog, "nameEdit", name);
    dialog->findChild<QCheckBox *>(QStringLiteral("createSnapshot"))->setChecked(true);
    inject("POST");
    saveUntilClosed(dialog, [&](QDialog *d) {
        EXPECT_EQ(d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), name);
        EXPECT_TRUE(d->findChild<QCheckBox *>(QStringLiteral("createSnapshot"))->isChecked());
    });
    int made = 0;
    for (const QString &id : sandbox().state().groupOrder()) {
        const auto *g = sandbox().state().group(id);
        if (g->name == name) {
            ++made;
            EXPECT_TRUE(g->privileges.value(QStringLiteral("createSnapshot")));
        }
    }
    EXPECT_EQ(made, 1) << fault().name << ": made exactly once";
}

TEST_P(FaultSweep, GroupEdit)
{
    const QString id = sandbox().state().groupOrder().at(1);
    const QString name = sandbox().state().group(id)->name;
    const bool reserveIp =
        sandbox().state().group(id)->privileges.value(QStringLiteral("reserveIp"));
    window()->showPage(MainWindow::Page::Groups);
    QTableView *table = window()->groupsView()->table();
    const int row = rowOf(table, GroupsModel::NameColumn, name);
    ASSERT_GE(row, 0);
    table->selectRow(row);
    window()->groupsView()->editAction()->trigger();
    auto *dialog = window()->findChild<GroupDialog *>();
    ASSERT_NE(dialog, nullptr);
    SignedInWindow::type(dialog, "nameEdit", name + QStringLiteral(" swept"));
    dialog->findChild<QCheckBox *>(QStringLiteral("reserveIp"))->setChecked(!reserveIp);
    inject("PUT");
    saveUntilClosed(
        dialog,
        [&](QDialog *d) {
            EXPECT_EQ(d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
                      name + QStringLiteral(" swept"));
            EXPECT_EQ(d->findChild<QCheckBox *>(QStringLiteral("reserveIp"))->isChecked(),
                      !reserveIp);
        },
        QStringLiteral("saveButton"), "saveGroupConfirmation");
    EXPECT_EQ(sandbox().state().group(id)->name, name + QStringLiteral(" swept"));
    EXPECT_EQ(sandbox().state().group(id)->privileges.value(QStringLiteral("reserveIp")),
              !reserveIp);
}

TEST_P(FaultSweep, GroupDelete)
{
    const auto &state = sandbox().state();
    const int before = int(state.groupOrder().size());
    const QString id = state.groupOrder().at(2);
    const QString name = state.group(id)->name;
    window()->showPage(MainWindow::Page::Groups);
    QTableView *table = window()->groupsView()->table();
    auto *banner =
        window()->groupsView()->findChild<MessageBanner *>(QStringLiteral("groupsBanner"));
    for (int attempt = 0; attempt < 3 && state.group(id); ++attempt) {
        const int row = rowOf(table, GroupsModel::NameColumn, name);
        ASSERT_GE(row, 0) << fault().name;
        table->selectRow(row);
        if (attempt == 0)
            inject("DELETE");
        banner->clear();
        window()->groupsView()->deleteAction()->trigger();
        auto *box = window()->findChild<QMessageBox *>(QStringLiteral("deleteGroupsConfirmation"));
        ASSERT_NE(box, nullptr);
        EXPECT_TRUE(box->text().startsWith(QStringLiteral("Delete this group?")))
            << "one group is asked about in the singular";
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                          Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, budget::kServerMs))
            << fault().name << ": no outcome shown";
    }
    EXPECT_EQ(state.group(id), nullptr) << fault().name;
    EXPECT_EQ(int(state.groupOrder().size()), before - 1) << "exactly one deleted";
    EXPECT_EQ(banner->tone(), MessageBanner::Tone::Success)
        << fault().name << ": " << banner->text().toStdString();
}

TEST_P(FaultSweep, MatrixApply)
{
    const QString id = sandbox().state().groupOrder().at(0);
    const bool before = sandbox().state().group(id)->privileges.value(QStringLiteral("createPcc"));
    window()->showPage(MainWindow::Page::Matrix);
    QTableView *table = window()->matrixView()->table();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(PrivilegeMatrixModel::GroupIdRole).toString() == id)
            row = r;
    }
    ASSERT_GE(row, 0);
    int column = -1;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        if (table->model()->index(row, c).data(PrivilegeMatrixModel::PrivilegeKeyRole).toString() ==
            QStringLiteral("createPcc"))
            column = c;
    }
    ASSERT_GE(column, 0);
    // Toggled with the keyboard, as the matrix is meant to be used.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_Space);
    auto *apply = window()->matrixView()->findChild<QAction *>(QStringLiteral("applyMatrixAction"));
    auto *banner =
        window()->matrixView()->findChild<MessageBanner *>(QStringLiteral("matrixBanner"));
    inject("PUT");
    for (int attempt = 0; attempt < 3 && apply->isEnabled(); ++attempt) {
        banner->clear();
        apply->trigger();
        ASSERT_TRUE(SignedInWindow::confirmWhenAsked(window(), "applyMatrixConfirmation", [&] {
            return banner->text().contains(QStringLiteral("Applying"));
        })) << fault().name;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return banner->isVisible() && banner->tone() != MessageBanner::Tone::Info; },
            budget::kServerMs))
            << fault().name << ": no outcome shown";
        if (apply->isEnabled()) {
            EXPECT_EQ(table->model()->index(row, column).data(Qt::CheckStateRole).toInt() ==
                          Qt::Checked,
                      !before)
                << "the change stays marked to apply again";
        }
    }
    EXPECT_FALSE(apply->isEnabled()) << fault().name << ": never applied";
    EXPECT_EQ(sandbox().state().group(id)->privileges.value(QStringLiteral("createPcc")), !before);
}

TEST_P(FaultSweep, MemberAdd)
{
    const QString groupId = sandbox().state().groupOrder().at(0);
    showGroupTab(groupId, 1);
    MembersPanel *panel = window()->groupsView()->members();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return panel->table()->model()->rowCount() ==
                   sandbox().state().membersOf(groupId).size();
        },
        budget::kServerMs));
    auto *banner = panel->findChild<MessageBanner *>(QStringLiteral("membersBanner"));
    QString userId;
    inject("POST");
    for (int attempt = 0; attempt < 3; ++attempt) {
        banner->clear();
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addMembersButton")),
                          Qt::LeftButton);
        auto *picker = window()->findChild<MemberPicker *>();
        ASSERT_NE(picker, nullptr);
        const QModelIndex first = picker->list()->model()->index(0, 0);
        if (userId.isEmpty())
            userId = first.data(UsersModel::IdRole).toString();
        EXPECT_EQ(first.data(UsersModel::IdRole).toString(), userId)
            << "a user not added is offered again";
        picker->list()->selectionModel()->select(first, QItemSelectionModel::Select);
        QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("addButton")),
                          Qt::LeftButton);
        ASSERT_TRUE(SignedInWindow::confirmWhenAsked(window(), "addMembersConfirmation", [&] {
            return banner->text().contains(QStringLiteral("Adding"));
        })) << fault().name;
        if (bulkOutcome(banner))
            break;
    }
    EXPECT_EQ(banner->tone(), MessageBanner::Tone::Success) << banner->text().toStdString();
    EXPECT_TRUE(sandbox().state().isMember(groupId, userId));
}

TEST_P(FaultSweep, MemberRemove)
{
    const QString groupId = sandbox().state().groupOrder().at(0);
    const QString userId = sandbox().state().membersOf(groupId).first();
    showGroupTab(groupId, 1);
    MembersPanel *panel = window()->groupsView()->members();
    auto *banner = panel->findChild<MessageBanner *>(QStringLiteral("membersBanner"));
    inject("DELETE");
    for (int attempt = 0; attempt < 3 && sandbox().state().isMember(groupId, userId); ++attempt) {
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return rowOf(panel->table(), UsersModel::EmailColumn,
                             sandbox().state().user(userId)->email) >= 0;
            },
            budget::kServerMs));
        panel->table()->selectRow(
            rowOf(panel->table(), UsersModel::EmailColumn, sandbox().state().user(userId)->email));
        banner->clear();
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("removeMembersButton")),
                          Qt::LeftButton);
        ASSERT_TRUE(SignedInWindow::confirm(window(), "removeMembersConfirmation"));
        bulkOutcome(banner);
    }
    EXPECT_EQ(banner->tone(), MessageBanner::Tone::Success) << banner->text().toStdString();
    EXPECT_FALSE(sandbox().state().isMember(groupId, userId));
}

TEST_P(FaultSweep, ShareAdd)
{
    const QString groupId = sandbox().state().groupOrder().at(0);
    showGroupTab(groupId, 2);
    auto *panel = window()->groupsView()->findChild<SharesPanel *>();
    ASSERT_NE(panel, nullptr);
    auto *banner = panel->findChild<MessageBanner *>(QStringLiteral("sharesBanner"));
    const int before = int(sandbox().state().sharesOf(groupId).size());
    inject("POST");
    for (int attempt = 0; attempt < 3; ++attempt) {
        // The shares of the group are in before the picker offers what is not shared yet.
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return !window()->workspace()->shares().isReadingShownGroup(); },
                            budget::kServerMs));
        banner->clear();
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addSharesButton")),
                          Qt::LeftButton);
        auto *picker = window()->findChild<QDialog *>(QStringLiteral("resourcePicker"));
        ASSERT_NE(picker, nullptr);
        auto *list = picker->findChild<QListView *>(QStringLiteral("resourceList"));
        list->selectionModel()->select(list->model()->index(0, 0), QItemSelectionModel::Select);
        picker->findChild<QCheckBox *>(QStringLiteral("editCheck"))->setChecked(true);
        QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("shareButton")),
                          Qt::LeftButton);
        ASSERT_TRUE(SignedInWindow::confirmWhenAsked(window(), "shareResourcesConfirmation", [&] {
            return banner->text().contains(QStringLiteral("Sharing"));
        })) << fault().name;
        if (bulkOutcome(banner))
            break;
    }
    EXPECT_EQ(banner->tone(), MessageBanner::Tone::Success) << banner->text().toStdString();
    const QList<sandbox::SbShare> shares = sandbox().state().sharesOf(groupId);
    EXPECT_EQ(int(shares.size()), before + 1) << fault().name << ": shared exactly once";
    EXPECT_TRUE(!shares.isEmpty() && shares.last().editPrivilege);
}

TEST_P(FaultSweep, ShareEdit)
{
    QString groupId;
    for (const QString &id : sandbox().state().groupOrder()) {
        if (groupId.isEmpty() && !sandbox().state().sharesOf(id).isEmpty())
            groupId = id;
    }
    ASSERT_FALSE(groupId.isEmpty());
    const sandbox::SbShare share = sandbox().state().sharesOf(groupId).first();
    showGroupTab(groupId, 2);
    auto *panel = window()->groupsView()->findChild<SharesPanel *>();
    auto *table = panel->findChild<QTableView *>(QStringLiteral("sharesTable"));
    auto *banner = panel->findChild<MessageBanner *>(QStringLiteral("sharesBanner"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, budget::kServerMs));
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(SharesModel::ResourceIdRole).toString() ==
            share.resourceId)
            row = r;
    }
    ASSERT_GE(row, 0);
    inject("PUT");
    for (int attempt = 0;
         attempt < 3 &&
         sandbox().state().share(groupId, share.resourceId)->sharePrivilege == share.sharePrivilege;
         ++attempt) {
        banner->clear();
        // Toggled in place with the keyboard.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, SharesModel::ShareColumn));
        if (table->model()->index(row, SharesModel::ShareColumn).data(Qt::CheckStateRole).toInt() ==
            (share.sharePrivilege ? Qt::Checked : Qt::Unchecked)) {
            QTest::keyClick(table, Qt::Key_Space);
            ASSERT_TRUE(SignedInWindow::confirmWhenAsked(window(), "changeShareConfirmation", [&] {
                return table->model()->index(row, 0).data(SharesModel::PendingRole).toBool() ||
                       banner->isVisible();
            })) << fault().name;
        }
        [[maybe_unused]] const bool settled = QTest::qWaitFor(
            [&] {
                return !table->model()->index(row, 0).data(SharesModel::PendingRole).toBool() &&
                       (banner->isVisible() ||
                        sandbox().state().share(groupId, share.resourceId)->sharePrivilege !=
                            share.sharePrivilege);
            },
            budget::kServerMs);
        if (banner->isVisible()) {
            EXPECT_EQ(banner->tone(), MessageBanner::Tone::Error);
            EXPECT_FALSE(banner->text().isEmpty());
        }
        QTest::qWait(200);
    }
    EXPECT_EQ(sandbox().state().share(groupId, share.resourceId)->sharePrivilege,
              !share.sharePrivilege)
        << fault().name;
    EXPECT_EQ(sandbox().state().share(groupId, share.resourceId)->editPrivilege,
              share.editPrivilege);
}

TEST_P(FaultSweep, ShareRemove)
{
    QString groupId;
    for (const QString &id : sandbox().state().groupOrder()) {
        if (groupId.isEmpty() && !sandbox().state().sharesOf(id).isEmpty())
            groupId = id;
    }
    ASSERT_FALSE(groupId.isEmpty());
    const QString resourceId = sandbox().state().sharesOf(groupId).first().resourceId;
    showGroupTab(groupId, 2);
    auto *panel = window()->groupsView()->findChild<SharesPanel *>();
    auto *table = panel->findChild<QTableView *>(QStringLiteral("sharesTable"));
    auto *banner = panel->findChild<MessageBanner *>(QStringLiteral("sharesBanner"));
    inject("DELETE");
    for (int attempt = 0; attempt < 3 && sandbox().state().share(groupId, resourceId); ++attempt) {
        int row = -1;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                for (int r = 0; r < table->model()->rowCount(); ++r) {
                    if (table->model()->index(r, 0).data(SharesModel::ResourceIdRole).toString() ==
                        resourceId)
                        row = r;
                }
                return row >= 0;
            },
            budget::kServerMs));
        table->selectRow(row);
        banner->clear();
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("removeSharesButton")),
                          Qt::LeftButton);
        ASSERT_TRUE(SignedInWindow::confirm(window(), "stopSharingConfirmation"));
        bulkOutcome(banner);
    }
    EXPECT_FALSE(sandbox().state().share(groupId, resourceId).has_value()) << fault().name;
    EXPECT_EQ(banner->tone(), MessageBanner::Tone::Success) << banner->text().toStdString();
}

TEST_P(FaultSweep, AdminCreate)
{
    window()->showPage(MainWindow::Page::Reseller);
    const int before = int(sandbox().state().admins(1).size());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window()->resellerView()->table()->model()->rowCount() == before; },
        budget::kServerMs));
    window()->resellerView()->newAction()->trigger();
    auto *dialog = window()->findChild<QDialog *>(QStringLiteral("adminDialog"));
    ASSERT_NE(dialog, nullptr);
    const QString email = QStringLiteral("sweep.admin@example.com");
    SignedInWindow::type(dialog, "firstNameEdit", QStringLiteral("Sweep"));
    SignedInWindow::type(dialog, "lastNameEdit", QStringLiteral("Admin"));
    SignedInWindow::type(dialog, "emailEdit", email);
    SignedInWindow::type(dialog, "passwordEdit", QStringLiteral("reseller-pass-1"));
    SignedInWindow::type(dialog, "confirmEdit", QStringLiteral("reseller-pass-1"));
    inject("POST");
    saveUntilClosed(dialog, [&](QDialog *d) {
        EXPECT_EQ(d->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text(), email);
        EXPECT_EQ(d->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(),
                  QStringLiteral("reseller-pass-1"));
    });
    int made = 0;
    for (const sandbox::SbAdmin &a : sandbox().state().admins(1))
        made += a.email == email;
    EXPECT_EQ(made, 1) << fault().name << ": made exactly once";
}

TEST_P(FaultSweep, AdminEdit)
{
    window()->showPage(MainWindow::Page::Reseller);
    const sandbox::SbAdmin admin = sandbox().state().admins(1).first();
    QTableView *table = window()->resellerView()->table();
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, budget::kServerMs));
    table->selectRow(rowOf(table, 3, admin.email));
    window()->resellerView()->editAction()->trigger();
    auto *dialog = window()->findChild<QDialog *>(QStringLiteral("adminDialog"));
    ASSERT_NE(dialog, nullptr);
    SignedInWindow::type(dialog, "lastNameEdit", QStringLiteral("Swept"));
    inject("PUT");
    saveUntilClosed(dialog, [&](QDialog *d) {
        EXPECT_EQ(d->findChild<QLineEdit *>(QStringLiteral("lastNameEdit"))->text(),
                  QStringLiteral("Swept"));
    });
    EXPECT_EQ(sandbox().state().admin(1, admin.id)->lastName, QStringLiteral("Swept"));
}

TEST_P(FaultSweep, AdminDelete)
{
    window()->showPage(MainWindow::Page::Reseller);
    const int before = int(sandbox().state().admins(1).size());
    const sandbox::SbAdmin admin = sandbox().state().admins(1).first();
    QTableView *table = window()->resellerView()->table();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return table->model()->rowCount() == before; }, budget::kServerMs));
    table->selectRow(rowOf(table, 3, admin.email));
    window()->resellerView()->deleteAction()->trigger();
    auto *dialog = window()->findChild<QDialog *>(QStringLiteral("deleteAdminDialog"));
    ASSERT_NE(dialog, nullptr);
    SignedInWindow::type(dialog, "confirmEmailEdit", admin.email);
    inject("DELETE");
    saveUntilClosed(
        dialog,
        [&](QDialog *d) {
            EXPECT_EQ(d->findChild<QLineEdit *>(QStringLiteral("confirmEmailEdit"))->text(),
                      admin.email);
        },
        QStringLiteral("deleteButton"));
    EXPECT_FALSE(sandbox().state().admin(1, admin.id).has_value());
    EXPECT_EQ(int(sandbox().state().admins(1).size()), before - 1);
}

INSTANTIATE_TEST_SUITE_P(EveryFault, FaultSweep, ::testing::Range(0, int(faultCases().size())),
                         caseName);
