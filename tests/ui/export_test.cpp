// Every table of the console exports as CSV and JSON, all rows or the shown ones, from its
// context menu and from File > Export, against the sandbox.
#include "budgets.h"
#include "models/users/usersmodel.h"
#include "signedinscreen.h"
#include "ui/common/tableexporter.h"
#include "ui/users/usersview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class TableExport : public SignedInScreen
{
protected:
    TableExporter *exporter(const QString &viewName) const
    {
        return window->findChild<TableExporter *>(viewName + QStringLiteral("Exporter"));
    }
    QJsonArray exportJson(TableExporter *e, TableExporter::Scope scope)
    {
        const QString path = dir.filePath(QStringLiteral("rows.json"));
        QString error;
        EXPECT_TRUE(e->exportTo(path, scope, &error)) << error.toStdString();
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll()).array();
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(TableExport, EveryTableOffersBothExportsInItsContextMenu)
{
    const QStringList tables = {QStringLiteral("usersTable"),     QStringLiteral("groupsTable"),
                                QStringLiteral("membersTable"),   QStringLiteral("sharesTable"),
                                QStringLiteral("resourcesTree"),  QStringLiteral("reachTable"),
                                QStringLiteral("ownershipTable"), QStringLiteral("adminsTable"),
                                QStringLiteral("matrixTable"),    QStringLiteral("activityTable")};
    for (const QString &name : tables) {
        TableExporter *e = exporter(name);
        ASSERT_NE(e, nullptr) << name.toStdString();
        EXPECT_EQ(e->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        EXPECT_TRUE(e->view()->actions().contains(e->exportAllAction())) << name.toStdString();
        EXPECT_TRUE(e->view()->actions().contains(e->exportFilteredAction())) << name.toStdString();
    }
}

TEST_F(TableExport, AllRowsAndShownRowsOfTheUsers)
{
    TableExporter *e = exporter(QStringLiteral("usersTable"));
    ASSERT_NE(e, nullptr);
    const int users = console.sandbox().server().options().users;
    EXPECT_EQ(exportJson(e, TableExporter::Scope::AllRows).size(), users);

    const QString email =
        console.sandbox().state().user(console.sandbox().state().userOrder().front())->email;
    SignedInWindow::type(window->usersView(), "usersFilter", email);
    ASSERT_EQ(window->usersView()->table()->model()->rowCount(), 1);
    const QJsonArray shown = exportJson(e, TableExporter::Scope::FilteredRows);
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.at(0).toObject().value(QStringLiteral("email")).toString(), email);
    EXPECT_EQ(exportJson(e, TableExporter::Scope::AllRows).size(), users)
        << "all rows ignore the filter";
}

TEST_F(TableExport, OwnershipAndAdminsExportEveryRowTheSandboxHas)
{
    // The resources load in the background after the sign-in: every one of them first.
    const int resources = console.sandbox().server().options().resourcesPerType * 7;
    TableExporter *owners = exporter(QStringLiteral("ownershipTable"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return owners->view()->model()->rowCount() == resources; },
                                budget::kServerMs));
    const QJsonArray ownership = exportJson(owners, TableExporter::Scope::AllRows);
    EXPECT_EQ(ownership.size(), resources);
    QSet<QString> ids;
    for (const QJsonValue &row : ownership)
        ids.insert(row.toObject().value(QStringLiteral("id")).toString());
    EXPECT_EQ(ids.size(), resources);

    window->showPage(MainWindow::Page::Reseller);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return exporter(QStringLiteral("adminsTable"))->view()->model()->rowCount() ==
                   console.sandbox().server().options().adminsPerContract;
        },
        budget::kServerMs));
    const QJsonArray admins =
        exportJson(exporter(QStringLiteral("adminsTable")), TableExporter::Scope::AllRows);
    ASSERT_EQ(admins.size(), console.sandbox().server().options().adminsPerContract);
    EXPECT_TRUE(admins.at(0).toObject().value(QStringLiteral("id")).isDouble());
    EXPECT_TRUE(admins.at(0)
                    .toObject()
                    .value(QStringLiteral("email"))
                    .toString()
                    .contains(QLatin1Char('@')));
}

TEST_F(TableExport, FileMenuExportsTheFocusedTableThroughTheFileDialog)
{
    window->showPage(MainWindow::Page::Users);
    window->usersView()->table()->setFocus();
    auto *action = window->findChild<QAction *>(QStringLiteral("exportAllAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    QFileDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            dialog = window->findChild<QFileDialog *>(QStringLiteral("exportFileDialog"));
            return dialog && dialog->isVisible();
        },
        budget::kServerMs));
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept");
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(path); }, budget::kServerMs));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(csv.count("\r\n"), console.sandbox().server().options().users + 1);
}
