#include "signedinwindow.h"

#include "budgets.h"
#include "models/restore/restorereportmodel.h"
#include "quietworkspace.h"

#include "models/access/accessengine.h"
#include "models/activity/activitymodel.h"
#include "models/groups/groupsmodel.h"
#include "models/resources/resourcesmodel.h"
#include "models/workspace.h"
#include "network/apiclient.h"
#include "ui/access/accessreviewview.h"
#include "ui/activitydock.h"
#include "ui/groups/groupsview.h"
#include "ui/resources/resourcesview.h"
#include "ui/snapshot/restoredialog.h"
#include "ui/users/usersview.h"

#include <QLineEdit>
#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace ionos;

SignedInWindow::SignedInWindow(const sandbox::SandboxOptions &options)
    : m_settings(m_dir.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat)
    , m_profiles(m_settings)
    , m_sandbox(std::make_unique<SandboxHarness>(options))
    , m_session(std::make_unique<SessionController>(&m_manager, m_profiles, m_secrets,
                                                    EnvironmentOverrides()))
    , m_window(std::make_unique<MainWindow>(m_session.get()))
{}

SignedInWindow::~SignedInWindow()
{
    m_window.reset();
    m_session.reset();
}

bool SignedInWindow::start()
{
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    signIn();
    const int users = m_sandbox->server().options().users;
    const int groups = m_sandbox->server().options().groups;
    const bool loaded = QTest::qWaitFor(
        [&] {
            return m_window->usersView() && m_window->groupsView() &&
                   m_window->usersView()->table()->model()->rowCount() == users &&
                   m_window->groupsView()->table()->model()->rowCount() == groups;
        },
        budget::kServerMs);
    // The screen tests start from the users list; the first screen the console showed is kept.
    m_firstPage = m_window->navigation()->destination().page;
    m_window->showPage(ionos::MainWindow::Page::Users);
    QCoreApplication::processEvents(); // the users table fits its columns once shown
    return loaded;
}

void SignedInWindow::signIn()
{
    ConnectionProfile p;
    p.name = QStringLiteral("Sandbox");
    p.cloudUrl = m_sandbox->server().cloudBaseUrl().toString();
    p.resellerUrl = m_sandbox->server().resellerBaseUrl().toString();
    p.resellerContracts = {1, 2};
    m_session->signIn(p, m_sandbox->server().options().token, false);
}

bool SignedInWindow::signInAgain()
{
    const QPointer<ionos::Workspace> before = m_window->workspace();
    signIn();
    return QTest::qWaitFor(
        [&] {
            ionos::Workspace *ws = m_window->workspace();
            return !before && ws && ws->isEverythingLoaded();
        },
        budget::kServerMs);
}

bool SignedInWindow::startLoaded()
{
    if (!start())
        return false;
    ionos::Workspace &workspace = *m_window->workspace();
    if (!QTest::qWaitFor([&] { return workspace.isEverythingLoaded(); }, budget::kServerMs))
        return false;
    workspace.accessEngine().current();
    return QTest::qWaitFor([&] { return workspace.accessEngine().isSettled(); }, budget::kServerMs);
}

MainWindow *SignedInWindow::reopen()
{
    m_window->close();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_session.get());
    return m_window.get();
}

bool SignedInWindow::waitUntilIdle()
{
    return QTest::qWaitFor(
        [&] {
            ionos::Workspace *ws = m_window->workspace();
            return ws && isQuiet(*ws);
        },
        budget::kServerMs);
}

QList<std::pair<const char *, ionos::MainWindow::Page>> SignedInWindow::mainScreens()
{
    using Page = ionos::MainWindow::Page;
    return {{"overview", Page::Overview},   {"users", Page::Users},
            {"groups", Page::Groups},       {"matrix", Page::Matrix},
            {"resources", Page::Resources}, {"ownership", Page::Ownership},
            {"findings", Page::Findings},   {"review", Page::Review},
            {"changes", Page::Changes},     {"reseller", Page::Reseller},
            {"reference", Page::Reference}};
}

void SignedInWindow::showWithSelection(ionos::MainWindow *window, ionos::MainWindow::Page page)
{
    window->showPage(page);
    if (page == ionos::MainWindow::Page::Users)
        window->usersView()->table()->selectRow(0);
    if (page == ionos::MainWindow::Page::Groups)
        window->groupsView()->table()->selectRow(0);
    if (page == ionos::MainWindow::Page::Resources) {
        // A 2FA-protected resource when there is one: its list of who can reach it shows
        // every kind of row, blocked ones too.
        const QList<ionos::Resource> resources = window->workspace()->resources().resources();
        const auto protectedOne =
            std::find_if(resources.begin(), resources.end(),
                         [](const ionos::Resource &r) { return r.secAuthProtection; });
        if (!resources.isEmpty())
            window->resourcesView()->selectResource(
                protectedOne != resources.end() ? protectedOne->id : resources.first().id);
    }
    if (page == ionos::MainWindow::Page::Review) {
        // A review of the first three groups.
        auto *review = window->findChild<ionos::AccessReviewView *>();
        const ionos::GroupsModel &groups = window->workspace()->groups();
        QStringList ids;
        for (int row = 0; row < groups.rowCount() && row < 3; ++row)
            ids << groups.at(row).id;
        review->chooseGroups(ids);
        review->startReview();
    }
}

bool SignedInWindow::confirm(QWidget *root, const char *confirmationName)
{
    auto *box = root->window()->findChild<QMessageBox *>(QLatin1String(confirmationName));
    if (!box)
        return false;
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    return true;
}

bool SignedInWindow::confirmWhenAsked(QWidget *root, const char *confirmationName,
                                      const std::function<bool()> &wentAhead, int timeoutMs)
{
    QPointer<QWidget> scope = root->window();
    bool asked = false;
    const bool settled = QTest::qWaitFor(
        [&] {
            if (!scope)
                return wentAhead && wentAhead();
            auto *box = scope->findChild<QMessageBox *>(QLatin1String(confirmationName));
            asked = box && box->isVisible();
            return asked || (wentAhead && wentAhead());
        },
        timeoutMs);
    if (!settled)
        return false;
    return !asked || confirm(root, confirmationName);
}

void SignedInWindow::type(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QLatin1String(name));
    ASSERT_NE(edit, nullptr) << name;
    edit->clear();
    QTest::keyClicks(edit, text);
}

int SignedInWindow::rowOf(const QTableView *table, int column, const QString &text)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

ionos::RestoreDialog *SignedInWindow::openUndo(ionos::MainWindow *window, const QString &change)
{
    using ionos::ActivityModel;
    const ActivityModel &log = window->workspace()->activity();
    int row = -1;
    for (int r = 0; r < log.rowCount(); ++r) {
        if (log.index(r, ActivityModel::ChangeColumn).data().toString() == change)
            row = r;
    }
    EXPECT_GE(row, 0) << change.toStdString();
    if (row < 0)
        return nullptr;
    const bool undoable = QTest::qWaitFor(
        [&] { return log.index(row, 0).data(ActivityModel::UndoableRole).toBool(); },
        budget::kServerMs);
    EXPECT_TRUE(undoable) << change.toStdString();
    auto *dock = window->findChild<ionos::ActivityDock *>();
    dock->setExpanded(true);
    dock->table()->selectionModel()->select(log.index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
    auto *undo = dock->findChild<QPushButton *>(QStringLiteral("undoButton"));
    EXPECT_TRUE(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    ionos::RestoreDialog *dialog = nullptr;
    const bool ready = QTest::qWaitFor(
        [&] {
            dialog = window->findChild<ionos::RestoreDialog *>(QStringLiteral("undoDialog"));
            auto *restore = dialog
                                ? dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))
                                : nullptr;
            return restore && restore->isEnabled();
        },
        budget::kServerMs);
    EXPECT_TRUE(ready) << "the undo of " << change.toStdString() << " did not become ready";
    return ready ? dialog : nullptr;
}

bool SignedInWindow::undo(ionos::MainWindow *window, const QString &change)
{
    ionos::RestoreDialog *dialog = openUndo(window, change);
    if (!dialog)
        return false;
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")),
                      Qt::LeftButton);
    if (!confirm(dialog, "confirmRestore")) {
        ADD_FAILURE() << "the undo of " << change.toStdString() << " did not ask";
        return false;
    }
    const bool ran = QTest::qWaitFor(
        [&] {
            return !dialog->isRunning() && dialog->report()->rowCount() > 0 &&
                   dialog->report()->outcome(0).state != ionos::RestoreOutcome::State::Waiting;
        },
        budget::kServerMs);
    EXPECT_TRUE(ran) << "the undo of " << change.toStdString() << " did not end";
    return ran;
}
