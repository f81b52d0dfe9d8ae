// File > Import Users…: a spreadsheet planned against the loaded account before anything is
// sent (every row with what it does, refusals with their reasons, the what-if), then imported
// through the console's write paths with an outcome per row, the generated passwords shown once
// (Copy All, Save to File into a new file readable by its owner alone), one Activity log entry
// that Undo takes back, and a Stop whose rest Run Again does.
#include "budgets.h"
#include "models/import/importreportmodel.h"
#include "models/workspace.h"
#include "screenshots.h"
#include "signedinscreen.h"
#include "testfiles.h"
#include "ui/import/importdialog.h"
#include "ui/import/newpasswordsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace ionos;

namespace {

using Action = ImportRow::Action;

class ImportScreen : public SignedInScreen
{
protected:
    explicit ImportScreen(const sandbox::SandboxOptions &options = SandboxHarness::testOptions())
        : SignedInScreen(options, Start::EverythingLoaded)
    {}

    QTemporaryDir files;

    QString csv(const QString &name, const QByteArray &content)
    {
        return writeTestFile(files, name, content);
    }
    ImportDialog *openDialog()
    {
        auto *action = window->findChild<QAction *>(QStringLiteral("importUsersAction"));
        EXPECT_NE(action, nullptr);
        if (!action)
            return nullptr;
        action->trigger();
        auto *dialog = window->findChild<ImportDialog *>(QStringLiteral("importDialog"));
        EXPECT_NE(dialog, nullptr);
        return dialog;
    }
    static bool plan(ImportDialog *dialog, const QString &path)
    {
        bool planned = false;
        const auto connection =
            QObject::connect(dialog, &ImportDialog::planned, [&planned] { planned = true; });
        dialog->openFile(path);
        const bool done = QTest::qWaitFor([&] { return planned; }, budget::kServerMs);
        QObject::disconnect(connection);
        return done;
    }
    static bool importAll(ImportDialog *dialog)
    {
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        if (!button || !button->isEnabled())
            return false;
        bool imported = false;
        QObject::connect(dialog, &ImportDialog::imported, [&imported] { imported = true; });
        QTest::mouseClick(button, Qt::LeftButton);
        if (!SignedInWindow::confirm(dialog, "confirmImport"))
            return false;
        return QTest::qWaitFor([&] { return imported; }, budget::kServerMs * 2);
    }
    static Action actionOf(const ImportDialog *dialog, int row)
    {
        return Action(dialog->report()
                          ->index(row, ImportReportModel::ActionColumn)
                          .data(ImportReportModel::ActionRole)
                          .toInt());
    }
    static QString cell(const ImportDialog *dialog, int row, int column)
    {
        return dialog->report()->index(row, column).data().toString();
    }

    // A user who is active and in a group, and a group they are not in.
    std::pair<const sandbox::SbUser *, QString> memberAndOtherGroup() const
    {
        for (const QString &id : h->state().userOrder()) {
            const sandbox::SbUser *u = h->state().user(id);
            const QStringList groups = h->state().groupsOf(id);
            if (!u->active || u->administrator || groups.isEmpty())
                continue;
            for (const QString &g : h->state().groupOrder()) {
                if (!groups.contains(g))
                    return {u, g};
            }
        }
        return {nullptr, {}};
    }
};

} // namespace

TEST_F(ImportScreen, ThePreviewListsEveryRowWithWhatItDoesAndTheWhatIf)
{
    const auto [user, group] = memberAndOtherGroup();
    ASSERT_NE(user, nullptr);
    const QString groupName = h->state().group(group)->name;
    const QString path = csv(QStringLiteral("team.csv"),
                             QStringLiteral("email,firstname,lastname,active,groups,password\n"
                                            "%1,,,false,%2,\n"
                                            "ada@example.com,Ada,Lovelace,,%2,long-enough-1\n"
                                            "bad-address,B,A,,,long-enough-2\n"
                                            "carl@example.com,Carl,Gauss,maybe,Nowhere,\n")
                                 .arg(user->email, groupName)
                                 .toUtf8());
    ImportDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(plan(dialog, path));
    ASSERT_EQ(dialog->report()->rowCount(), 4);
    EXPECT_EQ(actionOf(dialog, 0), Action::Update);
    EXPECT_EQ(cell(dialog, 0, ImportReportModel::DetailsColumn),
              QStringLiteral("active yes → no; joins %1").arg(groupName));
    EXPECT_EQ(actionOf(dialog, 1), Action::Create);
    EXPECT_EQ(cell(dialog, 1, ImportReportModel::ActionColumn), QStringLiteral("Create"));
    EXPECT_EQ(actionOf(dialog, 2), Action::Refused);
    EXPECT_TRUE(cell(dialog, 2, ImportReportModel::DetailsColumn)
                    .contains(QStringLiteral("not a valid e-mail address")));
    const QString carl = cell(dialog, 3, ImportReportModel::DetailsColumn);
    EXPECT_TRUE(carl.contains(QStringLiteral("\"maybe\""))) << carl.toStdString();
    EXPECT_TRUE(carl.contains(QStringLiteral("no group \"Nowhere\""))) << carl.toStdString();
    EXPECT_TRUE(carl.contains(QStringLiteral("needs a password"))) << carl.toStdString();

    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"));
    EXPECT_EQ(summary->text(),
              QStringLiteral("4 rows: 1 to create, 1 to update, 0 with nothing to do, 2 refused."));
    auto *access = dialog->findChild<QLabel *>(QStringLiteral("importAccess"));
    EXPECT_TRUE(access->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->isAccessShown(); }, budget::kServerMs));
    EXPECT_TRUE(access->text().contains(QStringLiteral(" gain "))) << access->text().toStdString();
    EXPECT_TRUE(dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());

    // Only the refused rows, then all again.
    auto *shown = dialog->findChild<QComboBox *>(QStringLiteral("importRowsShown"));
    shown->setCurrentIndex(2);
    EXPECT_EQ(dialog->table()->model()->rowCount(), 2);
    shown->setCurrentIndex(0);
    EXPECT_EQ(dialog->table()->model()->rowCount(), 4);
    EXPECT_TRUE(clippedTexts(dialog).isEmpty()) << clippedTexts(dialog).join(u'\n').toStdString();
    saveScreenshot(dialog, QStringLiteral("import-preview.png"));

    // Nothing was sent.
    EXPECT_TRUE(h->state().user(user->id)->active);
    EXPECT_EQ(h->state().userByEmail(QStringLiteral("ada@example.com")), nullptr);
}

TEST_F(ImportScreen, AFileThatIsNotATableSaysWhyAndTheTemplateIsOne)
{
    ImportDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(plan(dialog, csv(QStringLiteral("odd.csv"), "email,phone\na@example.com,1\n")));
    auto *banner = dialog->findChild<QWidget *>(QStringLiteral("importBanner"));
    const QStringList texts = [&] {
        QStringList out;
        for (const QLabel *l : banner->findChildren<QLabel *>())
            out << l->text();
        return out;
    }();
    EXPECT_TRUE(texts.join(u' ').contains(QStringLiteral("\"phone\" is not known")))
        << texts.join(u'\n').toStdString();
    EXPECT_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());

    const QString templatePath = files.filePath(QStringLiteral("template.csv"));
    ASSERT_TRUE(dialog->saveTemplate(templatePath).isEmpty());
    QFile saved(templatePath);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_EQ(saved.readAll(), ImportPlan::templateCsv());
    ASSERT_TRUE(plan(dialog, templatePath));
    EXPECT_EQ(dialog->report()->rowCount(), 2); // the template is a file the import reads
}

TEST_F(ImportScreen, ImportsEachRowShowsTheMadePasswordsOnceAndUndoTakesItBack)
{
    const auto [user, group] = memberAndOtherGroup();
    ASSERT_NE(user, nullptr);
    const QString userId = user->id;
    const QStringList groupsBefore = h->state().groupsOf(userId);
    const QString groupName = h->state().group(group)->name;
    const QString path =
        csv(QStringLiteral("team.csv"), QStringLiteral("email,firstname,lastname,groups\n"
                                                       "%1,Renamed,,%2\n"
                                                       "ada@example.com,Ada,Lovelace,%2\n"
                                                       "alan@example.com,Alan,Turing,\n")
                                            .arg(user->email, groupName)
                                            .toUtf8());
    ImportDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(plan(dialog, path));
    EXPECT_EQ(actionOf(dialog, 1), Action::Refused); // no password, none generated
    dialog->findChild<QCheckBox *>(QStringLiteral("generatePasswordsCheck"))->setChecked(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isPlanning(); }, budget::kServerMs));
    ASSERT_EQ(actionOf(dialog, 1), Action::Create);
    EXPECT_TRUE(cell(dialog, 1, ImportReportModel::DetailsColumn)
                    .contains(QStringLiteral("password generated")));

    ASSERT_TRUE(importAll(dialog));
    for (int r = 0; r < 3; ++r) {
        EXPECT_EQ(cell(dialog, r, ImportReportModel::OutcomeColumn).left(4), QStringLiteral("Done"))
            << cell(dialog, r, ImportReportModel::OutcomeColumn).toStdString();
        EXPECT_FALSE(cell(dialog, r, ImportReportModel::RequestColumn).isEmpty());
    }
    EXPECT_EQ(h->state().user(userId)->firstname, QStringLiteral("Renamed"));
    EXPECT_TRUE(h->state().isMember(group, userId));
    const sandbox::SbUser *ada = h->state().userByEmail(QStringLiteral("ada@example.com"));
    ASSERT_NE(ada, nullptr);
    EXPECT_TRUE(h->state().isMember(group, ada->id));

    // The passwords made, once: each signs its user in; Copy All and Save to File.
    NewPasswordsDialog *passwords = dialog->passwords();
    ASSERT_NE(passwords, nullptr);
    auto *table = passwords->findChild<QTableWidget *>(QStringLiteral("passwordsTable"));
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("ada@example.com"));
    const QString adaPassword = table->item(0, 1)->text();
    EXPECT_EQ(ada->passwordHash, sandbox::SandboxState::hashPassword(adaPassword, ada->id));
    saveScreenshot(passwords, QStringLiteral("import-passwords.png"));
    QTest::mouseClick(passwords->findChild<QPushButton *>(QStringLiteral("copyPasswordsButton")),
                      Qt::LeftButton);
    EXPECT_TRUE(QApplication::clipboard()->text().startsWith(QStringLiteral("ada@example.com\t") +
                                                             adaPassword + QLatin1Char('\n')));
    QApplication::clipboard()->clear();
    const QString file = files.filePath(QStringLiteral("passwords.csv"));
    ASSERT_TRUE(passwords->saveTo(file).isEmpty());
    EXPECT_EQ(QFileInfo(file).permissions(),
              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll().contains("ada@example.com," + adaPassword.toUtf8()));
    EXPECT_TRUE(passwords->saveTo(file).contains(QStringLiteral("exists already")));
    passwords->close();
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->passwords() == nullptr; }, 2000));

    // Run Again finds nothing left to do.
    auto *again = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    EXPECT_EQ(again->text(), QStringLiteral("Run &Again…"));
    QTest::mouseClick(again, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isPlanning(); }, budget::kServerMs));
    for (int r = 0; r < 3; ++r)
        EXPECT_EQ(actionOf(dialog, r), Action::Same) << r;
    dialog->close();

    // One Activity log entry; its Undo takes the import back, the new users included.
    ASSERT_TRUE(SignedInWindow::undo(window, QStringLiteral("Import users from team.csv")));
    EXPECT_EQ(h->state().user(userId)->firstname, user->firstname);
    EXPECT_EQ(h->state().groupsOf(userId), groupsBefore);
    EXPECT_EQ(h->state().userByEmail(QStringLiteral("ada@example.com")), nullptr);
    EXPECT_EQ(h->state().userByEmail(QStringLiteral("alan@example.com")), nullptr);
}

namespace {

// Slow writes, so that Stop comes while most of them are still to be sent.
class ImportStopped : public ImportScreen
{
protected:
    ImportStopped()
        : ImportScreen(writesDoneAfter(400))
    {}
};

} // namespace

TEST_F(ImportStopped, StopKeepsWhatIsDoneAndRunAgainDoesTheRest)
{
    QByteArray rows = "email,firstname,lastname,password\n";
    constexpr int kRows = 120;
    for (int i = 0; i < kRows; ++i)
        rows += QStringLiteral("new%1@example.com,New,User %1,long-enough-%1\n").arg(i).toUtf8();
    ImportDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(plan(dialog, csv(QStringLiteral("many.csv"), rows)));
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    bool imported = false;
    QObject::connect(dialog, &ImportDialog::imported, [&imported] { imported = true; });
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_TRUE(SignedInWindow::confirm(dialog, "confirmImport"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->isRunning(); }, budget::kServerMs));
    auto *progress = dialog->findChild<QWidget *>(QStringLiteral("importProgress"));
    EXPECT_TRUE(progress->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("stopImportButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return imported; }, budget::kServerMs * 2));

    int done = 0;
    int cancelled = 0;
    for (int r = 0; r < kRows; ++r) {
        const QString outcome = cell(dialog, r, ImportReportModel::OutcomeColumn);
        done += outcome.startsWith(QStringLiteral("Done"));
        cancelled += outcome.startsWith(QStringLiteral("Cancelled"));
    }
    EXPECT_GT(cancelled, 0);
    EXPECT_EQ(done + cancelled, kRows);
    int made = 0;
    for (int i = 0; i < kRows; ++i)
        made += h->state().userByEmail(QStringLiteral("new%1@example.com").arg(i)) != nullptr;
    EXPECT_EQ(made, done); // what is done stays done, and nothing else was

    // Run Again plans the rest alone.
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isPlanning(); }, budget::kServerMs));
    EXPECT_EQ(dialog->report()->plan().count(Action::Create), cancelled);
    EXPECT_EQ(dialog->report()->plan().count(Action::Same), done);
}
