// The reseller section driven against the sandbox: two contracts, create, edit and delete
// (typing the e-mail to confirm), an unknown contract, a refusal (422), a server error with
// Retry, and a contract number that is not one.
#include "budgets.h"
#include "models/connection/sessioncontroller.h"
#include "models/reseller/adminsmodel.h"
#include "models/workspace.h"
#include "network/apiclient.h"
#include "sandboxharness.h"
#include "screenshots.h"
#include "signedinscreen.h"
#include "ui/common/messagebanner.h"
#include "ui/mainwindow.h"
#include "ui/reseller/resellerview.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class ResellerScreen : public SignedInScreen
{
protected:
    void SetUp() override
    {
        SignedInScreen::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return window->resellerView() != nullptr; }, budget::kServerMs));
        window->showPage(MainWindow::Page::Reseller);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return table()->model()->rowCount() == 3; }, budget::kServerMs));
    }

    ResellerView *view() const { return window->resellerView(); }
    QTableView *table() const { return view()->table(); }
    QString banner(const char *name) const
    {
        return view()->findChild<MessageBanner *>(QLatin1String(name))->text();
    }
    // What the newest message keeps behind "Details".
    QString details(const char *name) const
    {
        const QList<Notice *> notices =
            view()->findChild<MessageBanner *>(QLatin1String(name))->notices();
        return notices.isEmpty() ? QString() : notices.first()->details();
    }
    QDialog *dialog(const char *name) const
    {
        return window->findChild<QDialog *>(QLatin1String(name));
    }
    int rowOfEmail(const QString &email) const
    {
        return rowOf(table(), AdminsModel::EmailColumn, email);
    }
};

} // namespace

TEST_F(ResellerScreen, TwoContractsWithTheirOwnAdmins)
{
    EXPECT_EQ(view()->contracts()->count(), 2);
    QStringList first;
    for (int r = 0; r < 3; ++r)
        first << table()->model()->index(r, AdminsModel::EmailColumn).data().toString();
    view()->showContract(2);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return table()->model()->rowCount() == 3 &&
                   !first.contains(
                       table()->model()->index(0, AdminsModel::EmailColumn).data().toString());
        },
        budget::kServerMs));
    for (const sandbox::SbAdmin &a : h->state().admins(2))
        EXPECT_GE(rowOfEmail(a.email), 0);
    saveScreenshot(window, QStringLiteral("reseller.png"));
}

TEST_F(ResellerScreen, CreateEditAndDeleteAnAdmin)
{
    view()->newAction()->trigger();
    QDialog *create = dialog("adminDialog");
    ASSERT_NE(create, nullptr);
    EXPECT_TRUE(create->windowTitle().contains(QStringLiteral("Contract 1")));
    type(create, "firstNameEdit", QStringLiteral("Rita"));
    type(create, "lastNameEdit", QStringLiteral("Reseller"));
    type(create, "emailEdit", QStringLiteral("rita@reseller.example.net"));
    type(create, "passwordEdit", QStringLiteral("reseller-pass-1"));
    type(create, "confirmEdit", QStringLiteral("reseller-pass-2"));
    QTest::mouseClick(create->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    EXPECT_TRUE(create->findChild<MessageBanner *>(QStringLiteral("messageBanner"))
                    ->text()
                    .contains(QStringLiteral("differ")));
    type(create, "confirmEdit", QStringLiteral("reseller-pass-1"));
    QTest::mouseClick(create->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return dialog("adminDialog") == nullptr; }, budget::kServerMs));
    ASSERT_GE(rowOfEmail(QStringLiteral("rita@reseller.example.net")), 0);
    EXPECT_EQ(h->state().admins(1).size(), 4);
    const QModelIndexList selected = table()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1) << "the admin just created is selected";
    EXPECT_EQ(selected.first().row(), rowOfEmail(QStringLiteral("rita@reseller.example.net")));

    table()->selectRow(rowOfEmail(QStringLiteral("rita@reseller.example.net")));
    view()->editAction()->trigger();
    QDialog *edit = dialog("adminDialog");
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(edit->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), nullptr)
        << "PATCH never sends a password";
    type(edit, "emailEdit", QStringLiteral("rosa@reseller.example.net"));
    QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return dialog("adminDialog") == nullptr; }, budget::kServerMs));
    const int row = rowOfEmail(QStringLiteral("rosa@reseller.example.net"));
    ASSERT_GE(row, 0);

    table()->selectRow(row);
    view()->deleteAction()->trigger();
    QDialog *confirm = dialog("deleteAdminDialog");
    ASSERT_NE(confirm, nullptr);
    EXPECT_TRUE(confirm->findChild<QLabel *>(QStringLiteral("deleteText"))
                    ->text()
                    .contains(QStringLiteral("contract <b>1</b>")));
    auto *deleteButton = confirm->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    EXPECT_FALSE(deleteButton->isEnabled());
    type(confirm, "confirmEmailEdit", QStringLiteral("rosa@reseller.example"));
    EXPECT_FALSE(deleteButton->isEnabled()) << "only the exact e-mail unlocks it";
    type(confirm, "confirmEmailEdit", QStringLiteral("rosa@reseller.example.net"));
    ASSERT_TRUE(deleteButton->isEnabled());
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return dialog("deleteAdminDialog") == nullptr; }, budget::kServerMs));
    EXPECT_LT(rowOfEmail(QStringLiteral("rosa@reseller.example.net")), 0);
    EXPECT_EQ(h->state().admins(1).size(), 3);
}

TEST_F(ResellerScreen, ARefusedCreateKeepsTheDialogOpenWithTheInput)
{
    const QString taken = h->state().admins(1).first().email;
    view()->newAction()->trigger();
    QDialog *create = dialog("adminDialog");
    type(create, "firstNameEdit", QStringLiteral("Dup"));
    type(create, "lastNameEdit", QStringLiteral("Licate"));
    type(create, "emailEdit", taken);
    type(create, "passwordEdit", QStringLiteral("long-enough-9"));
    type(create, "confirmEdit", QStringLiteral("long-enough-9"));
    QTest::mouseClick(create->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    auto *message = create->findChild<MessageBanner *>(QStringLiteral("messageBanner"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return message->tone() == MessageBanner::Tone::Error; },
                                budget::kServerMs));
    EXPECT_TRUE(message->text().contains(taken)) << "the server's words";
    EXPECT_FALSE(message->text().contains(QStringLiteral("422"))) << "no code in plain words";
    EXPECT_TRUE(message->notices().first()->details().contains(QStringLiteral("422")))
        << "the code behind Details";
    EXPECT_TRUE(create->isVisible());
    EXPECT_EQ(create->findChild<QLineEdit *>(QStringLiteral("firstNameEdit"))->text(),
              QStringLiteral("Dup"));
}

TEST_F(ResellerScreen, ContractsAreAddedInPlaceAndUnknownOnesSaidPlainly)
{
    EXPECT_FALSE(view()->addContract(QStringLiteral("abc")));
    EXPECT_TRUE(banner("contractBanner").contains(QStringLiteral("abc")));
    EXPECT_FALSE(view()->addContract(QStringLiteral("-5")));
    EXPECT_EQ(view()->contracts()->count(), 2);

    ASSERT_TRUE(view()->addContract(QStringLiteral("77")));
    EXPECT_EQ(view()->contracts()->count(), 3);
    EXPECT_EQ(session->activeProfile()->resellerContracts, (QList<qint64>{1, 2, 77}));
    EXPECT_EQ(console.profiles().profile(QStringLiteral("Sandbox"))->resellerContracts,
              (QList<qint64>{1, 2, 77}))
        << "kept with the profile";
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return banner("adminsBanner").contains(QStringLiteral("Contract 77")); },
        budget::kServerMs));
    EXPECT_TRUE(details("adminsBanner").contains(QStringLiteral("404")));
    EXPECT_FALSE(view()->findChild<QPushButton *>(QStringLiteral("retryAdminsButton"))->isVisible())
        << "trying again does not help an unknown contract";

    view()->removeSelectedContract();
    EXPECT_EQ(session->activeProfile()->resellerContracts, (QList<qint64>{1, 2}));
}

TEST_F(ResellerScreen, AServerErrorOffersRetry)
{
    // Once the rest of the workspace has loaded, so the fault meets the admins' request.
    ASSERT_TRUE(QTest::qWaitFor([&] { return isQuiet(); }, budget::kServerMs));
    h->server().injectFaultFor("GET", sandbox::Fault::ServerError);
    view()->showContract(2);
    auto *retry = view()->findChild<QPushButton *>(QStringLiteral("retryAdminsButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return retry->isVisible(); }, budget::kServerMs));
    EXPECT_TRUE(banner("adminsBanner").contains(QStringLiteral("try again later")));
    EXPECT_TRUE(details("adminsBanner").contains(QStringLiteral("500")));
    QTest::mouseClick(retry, Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return table()->model()->rowCount() == 3 && !retry->isVisible(); },
                        budget::kServerMs));
}
