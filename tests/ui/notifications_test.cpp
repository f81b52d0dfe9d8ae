// The notification area of a screen: success fades, errors stay until closed (button or Esc) or
// settled, a newer message replaces an older one about the same thing, details wait behind
// "Details", and every message is read by a screen reader as an alert carrying its text. The
// activity log starts as a one-line summary and opens when something fails.
#include "budgets.h"
#include "models/activity/activitymodel.h"
#include "network/apierror.h"
#include "ui/activitydock.h"
#include "ui/common/confirmation.h"
#include "ui/common/messagebanner.h"

#include <QAccessible>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

// A screen with a notification area above a field that has the focus.
struct Screen
{
    Screen()
    {
        auto *layout = new QVBoxLayout(&widget);
        banner = new MessageBanner(&widget);
        field = new QLineEdit(&widget);
        layout->addWidget(banner);
        layout->addWidget(field);
        widget.resize(600, 300);
        widget.show();
        widget.activateWindow();
        field->setFocus();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&widget));
    }
    QWidget widget;
    MessageBanner *banner;
    QLineEdit *field;
};

bool gone(MessageBanner *banner, int ms)
{
    return QTest::qWaitFor([&] { return banner->notices().isEmpty() && !banner->isVisible(); }, ms);
}

} // namespace

TEST(Notifications, SuccessFadesAndErrorsStay)
{
    Screen s;
    s.banner->setFadeDelay(50);
    s.banner->post(MessageBanner::Tone::Error, QStringLiteral("Could not load."), kLoadTopic);
    s.banner->post(MessageBanner::Tone::Success, QStringLiteral("Deleted 2 users."),
                   QStringLiteral("delete"));
    ASSERT_EQ(s.banner->notices().size(), 2);
    EXPECT_EQ(s.banner->text(), QStringLiteral("Deleted 2 users.")) << "newest first";
    ASSERT_TRUE(QTest::qWaitFor([&] { return s.banner->notices().size() == 1; }, budget::kServerMs))
        << "the success faded";
    QTest::qWait(200);
    ASSERT_EQ(s.banner->notices().size(), 1) << "the error stays";
    EXPECT_EQ(s.banner->tone(), MessageBanner::Tone::Error);
    EXPECT_TRUE(s.banner->isVisible());
}

TEST(Notifications, ClosedByItsButtonOrEscOnTheScreen)
{
    Screen s;
    s.banner->post(MessageBanner::Tone::Error, QStringLiteral("First."), QStringLiteral("a"));
    s.banner->post(MessageBanner::Tone::Error, QStringLiteral("Second."), QStringLiteral("b"));
    auto *close =
        s.banner->notices().first()->findChild<QToolButton *>(QStringLiteral("noticeCloseButton"));
    ASSERT_NE(close, nullptr);
    EXPECT_FALSE(close->accessibleName().isEmpty());
    QTest::mouseClick(close, Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return s.banner->notices().size() == 1; }, budget::kServerMs));
    EXPECT_EQ(s.banner->text(), QStringLiteral("First."));
    QTest::keyClick(s.field, Qt::Key_Escape);
    EXPECT_TRUE(gone(s.banner, 2000)) << "Esc closes the newest message";
}

TEST(Notifications, ANewerMessageReplacesTheOlderAboutTheSameThing)
{
    Screen s;
    s.banner->post(MessageBanner::Tone::Error, QStringLiteral("Load failed."), kLoadTopic);
    s.banner->post(MessageBanner::Tone::Info, QStringLiteral("Adding 3 members…"),
                   QStringLiteral("members"));
    s.banner->post(MessageBanner::Tone::Error, QStringLiteral("Load failed again."), kLoadTopic);
    ASSERT_EQ(s.banner->notices().size(), 2);
    EXPECT_EQ(s.banner->text(), QStringLiteral("Load failed again."));
    s.banner->settle(kLoadTopic);
    ASSERT_EQ(s.banner->notices().size(), 1) << "the load succeeded: its error goes";
    EXPECT_EQ(s.banner->text(), QStringLiteral("Adding 3 members…"));
    for (int i = 0; i < 5; ++i)
        s.banner->post(MessageBanner::Tone::Warning, QString::number(i), QString::number(i));
    EXPECT_EQ(s.banner->notices().size(), MessageBanner::kMostShown) << "older ones make way";
    EXPECT_EQ(s.banner->text(), QStringLiteral("4"));
}

TEST(Notifications, DetailsWaitBehindTheirButton)
{
    Screen s;
    const ApiError error =
        ApiError::network(QUrl(QStringLiteral("https://api.example.test/cloudapi/v6/um/users")),
                          QNetworkReply::ConnectionRefusedError);
    s.banner->showError(QStringLiteral("The users could not be loaded."), error, kLoadTopic);
    Notice *notice = s.banner->notices().first();
    EXPECT_TRUE(notice->text().startsWith(QStringLiteral("The users could not be loaded.")));
    EXPECT_FALSE(notice->text().contains(QStringLiteral("api.example.test")));
    auto *details = notice->findChild<QLabel *>(QStringLiteral("noticeDetails"));
    auto *toggle = notice->findChild<QToolButton *>(QStringLiteral("noticeDetailsButton"));
    ASSERT_TRUE(details && toggle);
    EXPECT_TRUE(toggle->isVisible());
    EXPECT_FALSE(details->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_TRUE(details->isVisible());
    EXPECT_TRUE(details->text().contains(QStringLiteral("api.example.test")));

    s.banner->post(MessageBanner::Tone::Success, QStringLiteral("Loaded."), kLoadTopic);
    EXPECT_FALSE(toggle->isVisible()) << "nothing more to say";
}

TEST(Notifications, ReadAsAnAlertWithItsText)
{
    Screen s;
    s.banner->post(MessageBanner::Tone::Error, QStringLiteral("The groups could not be loaded."));
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(s.banner->notices().first());
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->role(), QAccessible::AlertMessage);
    EXPECT_EQ(a->text(QAccessible::Name), QStringLiteral("The groups could not be loaded."));
    EXPECT_FALSE(a->text(QAccessible::Description).isEmpty()) << "the tone, e.g. Error";
}

TEST(Notifications, InADialogEscStaysTheDialogs)
{
    QDialog dialog;
    auto *layout = new QVBoxLayout(&dialog);
    auto *banner = new MessageBanner(&dialog);
    auto *field = new QLineEdit(&dialog);
    layout->addWidget(banner);
    layout->addWidget(field);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    field->setFocus();
    banner->post(MessageBanner::Tone::Error, QStringLiteral("Enter a name."));
    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible()) << "Esc closes the dialog as always";
}

TEST(ActivitySummary, StartsAsOneLineAndOpensWhenSomethingFails)
{
    QMainWindow window;
    window.setCentralWidget(new QWidget(&window));
    auto *dock = new ActivityDock(&window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    ActivityModel activity;
    dock->setModel(&activity);
    window.resize(900, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    EXPECT_FALSE(dock->isExpanded());
    EXPECT_FALSE(dock->table()->isVisible());
    EXPECT_LT(dock->height(), 60) << "a line, not a quarter of the window";
    EXPECT_EQ(dock->summary(), QStringLiteral("Activity: no changes yet"));

    const int first = activity.record(QStringLiteral("Create user"), QStringLiteral("a@b.c"));
    activity.setDone(first);
    const int second = activity.record(QStringLiteral("Delete user"), QStringLiteral("d@e.f"));
    EXPECT_EQ(dock->summary(), QStringLiteral("Activity: 2 changes, 1 in progress"));
    auto *toggle = dock->findChild<QToolButton *>(QStringLiteral("activitySummary"));
    ASSERT_NE(toggle, nullptr);
    EXPECT_EQ(toggle->text(), dock->summary());
    EXPECT_EQ(toggle->accessibleName(), dock->summary());
    EXPECT_FALSE(dock->isExpanded()) << "success and progress leave it closed";

    activity.setFailed(second, QStringLiteral("The server refused the input."));
    EXPECT_EQ(dock->summary(), QStringLiteral("Activity: 2 changes, 1 failed"));
    EXPECT_TRUE(dock->isExpanded()) << "a failure opens the log";
    QTest::qWait(50);
    EXPECT_TRUE(dock->table()->isVisible());
    EXPECT_GT(dock->height(), 100);

    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_FALSE(dock->isExpanded()) << "and a click closes it";
}

TEST(Confirmation, NamesTheFirstTenAndCountsTheRest)
{
    QStringList names;
    for (int i = 1; i <= 12; ++i)
        names << QStringLiteral("user%1@example.com").arg(i);
    QWidget parent;
    Confirmation confirmation;
    confirmation.title = QStringLiteral("Delete Users");
    confirmation.question = QStringLiteral("Delete 12 users?");
    confirmation.names = names;
    confirmation.confirmText = QStringLiteral("Delete");
    confirmation.objectName = QStringLiteral("deleteUsersConfirmation");
    bool confirmed = false;
    QMessageBox *box = confirmation.ask(&parent, [&] { confirmed = true; });
    EXPECT_TRUE(box->text().startsWith(QStringLiteral("Delete 12 users?")));
    EXPECT_EQ(box->text().count(QStringLiteral("• ")), 10);
    EXPECT_TRUE(box->text().contains(QStringLiteral("user10@example.com")));
    EXPECT_FALSE(box->text().contains(QStringLiteral("user11@example.com")));
    EXPECT_TRUE(box->text().endsWith(QStringLiteral("and 2 more")));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("cannot be undone")));
    EXPECT_EQ(box->defaultButton(), box->button(QMessageBox::Cancel)) << "Cancel is the default";
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    EXPECT_TRUE(confirmed);
}
