// Users screen, Offboard…: the selected users deactivated, out of every group and their Object
// Storage keys off, in one step: the plan with each write and what they created, the question
// with the what-if, each step's outcome, and one Activity log entry that Undo takes back.
#include "budgets.h"
#include "models/restore/restorereportmodel.h"
#include "models/users/usersmodel.h"
#include "screenshots.h"
#include "signedinscreen.h"
#include "ui/users/offboarddialog.h"
#include "ui/users/usersview.h"

#include <QAction>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace ionos;

namespace {

class OffboardScreen : public SignedInScreen
{
protected:
    OffboardScreen()
        : SignedInScreen(Start::EverythingLoaded)
    {}

    // An active user in a group or more, with an active Object Storage key.
    const sandbox::SbUser *leaver() const
    {
        for (const QString &id : h->state().userOrder()) {
            const sandbox::SbUser *u = h->state().user(id);
            const auto keys = h->state().keysOf(id);
            if (u->active && !u->administrator && !h->state().groupsOf(id).isEmpty() &&
                std::any_of(keys.begin(), keys.end(), [](const auto &k) { return k.active; }))
                return u;
        }
        return nullptr;
    }
};

} // namespace

TEST_F(OffboardScreen, DeactivatesRemovesAndTurnsOffKeysAsOneChangeThatUndoTakesBack)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return ws().areKeysLoaded(); }, budget::kServerMs));
    const sandbox::SbUser *u = leaver();
    ASSERT_NE(u, nullptr);
    const QString id = u->id;
    const QString email = u->email;
    QStringList groups = h->state().groupsOf(id);
    std::sort(groups.begin(), groups.end());
    window->showPage(MainWindow::Page::Users);
    UsersView *users = window->usersView();
    users->table()->selectRow(rowOf(users->table(), UsersModel::EmailColumn, email));
    auto *action = users->findChild<QAction *>(QStringLiteral("offboardUsersAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());
    action->trigger();
    auto *dialog = users->findChild<OffboardDialog *>(QStringLiteral("offboardDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isPlanning(); }, budget::kServerMs));

    // One step to deactivate, one per active key, one per group.
    const OffboardUser &plan = dialog->plan().users().at(0);
    EXPECT_EQ(plan.user.id, id);
    const auto activeKeysOf = [this](const QString &user) {
        const QList<sandbox::SbS3Key> keys = h->state().keysOf(user);
        return int(std::count_if(keys.begin(), keys.end(), [](const auto &k) { return k.active; }));
    };
    const int activeKeys = activeKeysOf(id);
    EXPECT_EQ(dialog->steps()->rowCount(), 1 + activeKeys + groups.size());
    EXPECT_EQ(dialog->steps()->index(0, RestoreReportModel::StepColumn).data().toString(),
              QStringLiteral("Deactivate %1").arg(email));
    EXPECT_EQ(dialog->owned()->rowCount(), h->state().resourcesOwnedBy(id).size());
    QTest::qWait(100); // laid out for the plan's text
    EXPECT_TRUE(clippedTexts(dialog).isEmpty()) << clippedTexts(dialog).join(u'\n').toStdString();
    saveScreenshot(dialog, QStringLiteral("offboard.png"));

    bool offboarded = false;
    QObject::connect(dialog, &OffboardDialog::offboarded, [&offboarded] { offboarded = true; });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("offboardButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(SignedInWindow::confirmWhenAsked(dialog, "confirmOffboard"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return offboarded; }, budget::kServerMs));
    for (int r = 0; r < dialog->steps()->rowCount(); ++r)
        EXPECT_EQ(dialog->steps()->outcome(r).state, RestoreOutcome::State::Done)
            << dialog->steps()->outcome(r).message.toStdString();
    EXPECT_FALSE(h->state().user(id)->active);
    EXPECT_TRUE(h->state().groupsOf(id).isEmpty());
    EXPECT_EQ(activeKeysOf(id), 0);
    dialog->close();

    ASSERT_TRUE(SignedInWindow::undo(window, QStringLiteral("Offboard 1 user")));
    EXPECT_TRUE(h->state().user(id)->active);
    QStringList back = h->state().groupsOf(id);
    std::sort(back.begin(), back.end());
    EXPECT_EQ(back, groups);
    EXPECT_EQ(activeKeysOf(id), activeKeys);
}
