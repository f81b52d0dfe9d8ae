// Every main screen and dialog in the light and the dark palette, saved as PNG under the build
// directory and checked not to be blank, nothing on them clipped, every control and text on them
// readable as measured from their pixels. With IONOS_GALLERY_DIR set, the
// same pictures are written there too: that is how docs/screenshots is made (see the README).
#include "celloptions.h"
#include "clippednames.h"
#include "models/access/findings.h"
#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/membershipcontroller.h"
#include "models/groups/privilegematrixmodel.h"
#include "models/import/importreportmodel.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "network/privileges.h"
#include "pixelcontrast.h"
#include "screenshots.h"
#include "signedinwindow.h"
#include "ui/access/dormantusersdialog.h"
#include "ui/access/findingsview.h"
#include "ui/activitydock.h"
#include "ui/common/colorscheme.h"
#include "ui/common/confirmation.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/translations.h"
#include "ui/connection/connectiondialog.h"
#include "ui/groups/clonegroupdialog.h"
#include "ui/groups/groupdialog.h"
#include "ui/groups/groupsview.h"
#include "ui/groups/matrixview.h"
#include "ui/groups/memberpicker.h"
#include "ui/groups/memberspanel.h"
#include "ui/groups/roletemplatesdialog.h"
#include "ui/help/gettingstarteddialog.h"
#include "ui/import/importdialog.h"
#include "ui/import/newpasswordsdialog.h"
#include "ui/navigationtree.h"
#include "ui/reseller/admindialogs.h"
#include "ui/reseller/resellerview.h"
#include "ui/snapshot/changesview.h"
#include "ui/snapshot/restoredialog.h"
#include "ui/users/effectiveaccesspane.h"
#include "ui/users/newkeydialog.h"
#include "ui/users/objectstoragekeyspane.h"
#include "ui/users/offboarddialog.h"
#include "ui/users/userdialog.h"
#include "ui/users/usersview.h"
#include "visibletext.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class Gallery : public ::testing::Test
{
protected:
    // Opens the console in a language (its texts are made in it).
    void start(const QString &language)
    {
        ASSERT_TRUE(Translations::use(language));
        m_language = language;
        console = std::make_unique<SignedInWindow>();
        ASSERT_TRUE(console->start());
        window = console->window();
        window->resize(1200, 780);
        ASSERT_TRUE(console->waitUntilIdle());
    }
    void TearDown() override
    {
        console.reset();
        Translations::use(QStringLiteral("en"));
    }

    void save(QWidget *widget, const QString &name)
    {
        QTest::qWait(150);
        const QString file = m_language == QStringLiteral("en")
                                 ? QStringLiteral("%1-%2.png").arg(name, m_palette)
                                 : QStringLiteral("%1-%2-%3.png").arg(name, m_palette, m_language);
        saveScreenshot(widget, QStringLiteral("gallery-") + file);
        const QStringList unreadable = unreadableParts(widget);
        EXPECT_TRUE(unreadable.isEmpty()) << file.toStdString() << ":\n  "
                                          << unreadable.join(QStringLiteral("\n  ")).toStdString();
        const QString dir = qEnvironmentVariable("IONOS_GALLERY_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            EXPECT_TRUE(widget->grab().save(QDir(dir).filePath(file))) << file.toStdString();
        }
    }

    // Opens a dialog with open, saves it, closes it.
    template <typename Dialog> void dialog(const QString &name, const std::function<void()> &open)
    {
        open();
        QDialog *shown = nullptr;
        ASSERT_TRUE(QTest::qWaitFor([&] {
            shown = window->findChild<Dialog *>();
            return shown && shown->isVisible() &&
                   !shown->property(Confirmation::kPreviewPending).toBool();
        }));
        save(shown, name);
        if (auto *box = qobject_cast<QMessageBox *>(shown)) {
            // The console's own icon; the safe answer is what Enter gives.
            EXPECT_EQ(box->icon(), QMessageBox::NoIcon) << name.toStdString();
            EXPECT_FALSE(box->iconPixmap().isNull()) << name.toStdString();
            ASSERT_NE(box->defaultButton(), nullptr) << name.toStdString();
            EXPECT_EQ(box->buttonRole(box->defaultButton()), QMessageBox::RejectRole)
                << name.toStdString();
        }
        const QStringList found = clippedTexts(shown);
        EXPECT_TRUE(found.isEmpty())
            << name.toStdString() << ": " << found.join(QStringLiteral("; ")).toStdString();
        shown->reject();
        QTest::qWait(50);
    }

    void walk(const QString &palette)
    {
        m_palette = palette;
        using Page = MainWindow::Page;
        for (const auto &[name, page] : SignedInWindow::mainScreens()) {
            SignedInWindow::showWithSelection(window, page);
            save(window, QLatin1String(name));
            const QStringList selection =
                unreadableSelection(window->findChild<NavigationTree *>());
            EXPECT_TRUE(selection.isEmpty()) << name << ", " << m_palette.toStdString() << ": "
                                             << selection.join(QStringLiteral("; ")).toStdString();
        }
        window->showPage(Page::Users);
        // The selected user's effective access.
        window->usersView()->table()->selectRow(0);
        auto *details = window->usersView()->findChild<QTabWidget *>(QStringLiteral("userDetails"));
        details->setCurrentWidget(window->usersView()->findChild<EffectiveAccessPane *>());
        save(window, QStringLiteral("users-access"));
        // A user's Object Storage keys, and a new key's secret shown once.
        const auto &sandboxState = console->sandbox().state();
        QString withKeys;
        for (const QString &id : sandboxState.userOrder()) {
            if (withKeys.isEmpty() && sandboxState.keysOf(id).size() == 2)
                withKeys = id;
        }
        window->usersView()->table()->selectRow(
            SignedInWindow::rowOf(window->usersView()->table(), UsersModel::EmailColumn,
                                  sandboxState.user(withKeys)->email));
        ObjectStorageKeysPane *keys = window->usersView()->keysPane();
        details->setCurrentWidget(keys);
        ASSERT_TRUE(QTest::qWaitFor([&] { return keys->table()->model()->rowCount() == 2; }));
        save(window, QStringLiteral("users-keys"));
        dialog<NewKeyDialog>(QStringLiteral("dialog-new-key"), [&] { keys->generateKey(); });
        details->setCurrentIndex(0);
        dialog<OffboardDialog>(QStringLiteral("dialog-offboard"), [&] {
            OffboardDialog *offboard = window->usersView()->offboard();
            ASSERT_NE(offboard, nullptr);
            EXPECT_TRUE(QTest::qWaitFor([&] { return !offboard->isPlanning(); }));
        });
        dialog<UserDialog>(QStringLiteral("dialog-user"),
                           [&] { window->usersView()->editAction()->trigger(); });
        window->usersView()->table()->selectAll();
        dialog<QMessageBox>(QStringLiteral("dialog-delete-users"),
                            [&] { window->usersView()->deleteAction()->trigger(); });
        window->showPage(Page::Groups);
        window->groupsView()->table()->selectRow(0);
        dialog<GroupDialog>(QStringLiteral("dialog-group"),
                            [&] { window->groupsView()->editAction()->trigger(); });
        dialog<CloneGroupDialog>(QStringLiteral("dialog-clone-group"),
                                 [&] { window->groupsView()->cloneGroup(); });
        window->groupsView()->saveRoleTemplate(QStringLiteral("Platform"));
        dialog<RoleTemplatesDialog>(QStringLiteral("dialog-role-templates"),
                                    [&] { window->groupsView()->roleTemplates(); });
        QSettings().remove(QStringLiteral("roleTemplates"));
        dialog<MemberPicker>(QStringLiteral("dialog-member-picker"),
                             [&] { window->groupsView()->members()->pickMembers(); });
        // What a change of privileges does, before it is applied.
        window->showPage(Page::Matrix);
        QAbstractItemModel *matrix = window->matrixView()->table()->model();
        const GroupsModel &groups = window->workspace()->groups();
        int row = -1;
        for (int r = 0; r < matrix->rowCount() && row < 0; ++r) {
            const QString id =
                matrix->index(r, 0).data(PrivilegeMatrixModel::GroupIdRole).toString();
            if (groups.state().memberCount(id) > 0)
                row = r;
        }
        ASSERT_GE(row, 0);
        int column = -1;
        for (int c = 0; c < matrix->columnCount() && column < 0; ++c) {
            const QModelIndex cell = matrix->index(row, c);
            if (!cell.data(PrivilegeMatrixModel::PrivilegeKeyRole).toString().isEmpty() &&
                cell.data(Qt::CheckStateRole).toInt() == Qt::Unchecked)
                column = c;
        }
        ASSERT_GE(column, 0);
        matrix->setData(matrix->index(row, column), Qt::Checked, Qt::CheckStateRole);
        dialog<QMessageBox>(QStringLiteral("dialog-apply-preview"),
                            [&] { window->matrixView()->apply(); });
        window->workspace()->matrix().discard();
        window->showPage(Page::Reseller);
        dialog<AdminDialog>(QStringLiteral("dialog-admin"),
                            [&] { window->resellerView()->newAction()->trigger(); });
        // Every dormant user, to deactivate but the exceptions.
        window->showPage(Page::Findings);
        auto *findings = window->findChild<FindingsView *>();
        ASSERT_TRUE(QTest::qWaitFor([&] {
            return findings->findChild<QAction *>(QStringLiteral("deactivateInactiveAction"))
                ->isEnabled();
        }));
        dialog<DormantUsersDialog>(QStringLiteral("dialog-deactivate-inactive"),
                                   [&] { findings->deactivateDormantUsers(); });
        dialog<ConnectionDialog>(QStringLiteral("dialog-connection"),
                                 [&] { window->openConnectionDialog(); });
        dialog<GettingStartedDialog>(QStringLiteral("dialog-getting-started"),
                                     [&] { window->showGettingStarted(); });
        // An import planned: an update, a creation and a refusal; and the passwords made.
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("team.csv"));
            QFile csv(path);
            ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
            Workspace &loaded = *window->workspace();
            csv.write(QStringLiteral("email,firstname,lastname,active,groups,password\n"
                                     "%1,,,false,%2,\n"
                                     "ada.lovelace@example.com,Ada,Lovelace,,%2,long-enough-1\n"
                                     "not-an-address,Alan,Turing,,,long-enough-2\n")
                          .arg(loaded.users().users().first().email, loaded.groups().at(0).name)
                          .toUtf8());
            csv.close();
            dialog<ImportDialog>(QStringLiteral("dialog-import"), [&] {
                window->findChild<QAction *>(QStringLiteral("importUsersAction"))->trigger();
                auto *import = window->findChild<ImportDialog *>();
                ASSERT_NE(import, nullptr);
                import->openFile(path);
                EXPECT_TRUE(QTest::qWaitFor([&] {
                    return !import->isPlanning() && import->report()->rowCount() == 3 &&
                           import->isAccessShown();
                }));
            });
            dialog<NewPasswordsDialog>(QStringLiteral("dialog-new-passwords"), [&] {
                auto *made = new NewPasswordsDialog({{QStringLiteral("ada.lovelace@example.com"),
                                                      QStringLiteral("gW7vVdRYGr%S?k7Qx2Yb")},
                                                     {QStringLiteral("alan.turing@example.com"),
                                                      QStringLiteral("Cia#h4Pv%5?XENBY49Zq")}},
                                                    window);
                made->setAttribute(Qt::WA_DeleteOnClose);
                made->open();
            });
        }
        // Undo of a bulk change from the activity log: a member added, then its undo.
        Workspace &ws = *window->workspace();
        const Group group = ws.groups().at(0);
        const QStringList members = console->sandbox().state().membersOf(group.id);
        User newcomer;
        for (const User &u : ws.users().users()) {
            if (!members.contains(u.id))
                newcomer = u;
        }
        bool added = false;
        ws.membership().add(group.id, {newcomer}, [&](const QList<ItemResult> &) { added = true; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return added; }));
        int entry = -1;
        for (int r = 0; r < ws.activity().rowCount(); ++r) {
            if (ws.activity().index(r, 0).data(ActivityModel::UndoableRole).toBool())
                entry = ws.activity().index(r, 0).data(ActivityModel::IdRole).toInt();
        }
        ASSERT_GE(entry, 0);
        // The log open under the screen: what changed, on what and when, whole; the server's
        // message gives way.
        auto *dock = window->findChild<ActivityDock *>();
        dock->setExpanded(true);
        save(window, QStringLiteral("activity"));
        using Kind = TableColumns::Kind;
        const QStringList cut = clippedCells(dock, {Kind::Date, Kind::Label, Kind::Name});
        EXPECT_TRUE(cut.isEmpty())
            << m_palette.toStdString() << ":\n  " << cut.join(QStringLiteral("\n  ")).toStdString();
        dock->setExpanded(false);
        dialog<RestoreDialog>(QStringLiteral("dialog-undo"), [&] {
            window->findChild<ChangesView *>()->undo(entry);
            EXPECT_TRUE(QTest::qWaitFor([&] {
                auto *undo = window->findChild<RestoreDialog *>();
                return undo &&
                       undo->findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled();
            }));
        });
    }

    std::unique_ptr<SignedInWindow> console;
    MainWindow *window = nullptr;
    QString m_palette;
    QString m_language;
};

} // namespace

TEST_F(Gallery, EveryMainScreenAndDialogInBothPalettes)
{
    start(QStringLiteral("en"));
    ColorScheme scheme;
    walk(QStringLiteral("light"));
    scheme.apply(ColorScheme::Scheme::Dark);
    walk(QStringLiteral("dark"));
    scheme.apply(ColorScheme::Scheme::Light);
}

TEST_F(Gallery, EveryMainScreenAndDialogInGermanInBothPalettes)
{
    start(QStringLiteral("de"));
    ColorScheme scheme;
    walk(QStringLiteral("light"));
    scheme.apply(ColorScheme::Scheme::Dark);
    walk(QStringLiteral("dark"));
    scheme.apply(ColorScheme::Scheme::Light);
}

// What names a row stays whole, at the default window and at 1280x800, in English and German.
class NamesWhole : public Gallery,
                   public ::testing::WithParamInterface<std::tuple<const char *, QSize>>
{};

TEST_P(NamesWhole, NothingIsClippedAndNoNameIsCut)
{
    const auto &[language, size] = GetParam();
    start(QString::fromLatin1(language));
    if (size.isValid())
        window->resize(size);
    for (const auto &[name, page] : SignedInWindow::mainScreens()) {
        SignedInWindow::showWithSelection(window, page);
        QTest::qWait(200);
        const QStringList found = clippedTexts(window);
        EXPECT_TRUE(found.isEmpty())
            << name << ": " << found.join(QStringLiteral("; ")).toStdString();
        const QStringList cut = clippedNames(window);
        EXPECT_TRUE(cut.isEmpty())
            << name << ":\n  " << cut.join(QStringLiteral("\n  ")).toStdString();
        const QStringList unreadable = unreadableExplanations(window);
        EXPECT_TRUE(unreadable.isEmpty())
            << name << ":\n  " << unreadable.join(QStringLiteral("\n  ")).toStdString();
        // Every action of the screen on the toolbar, none in its overflow; where words give
        // way, Refresh's go first.
        auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        bool wordless = false;
        QAction *refresh = nullptr;
        for (QAction *a : toolBar->actions()) {
            auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(a));
            if (!button)
                continue;
            EXPECT_TRUE(button->isVisible()) << name << ": " << a->text().toStdString();
            wordless = wordless || button->toolButtonStyle() == Qt::ToolButtonIconOnly;
            if (a->objectName() == QStringLiteral("refreshAction"))
                refresh = a;
        }
        ASSERT_NE(refresh, nullptr);
        const auto *refreshButton = qobject_cast<QToolButton *>(toolBar->widgetForAction(refresh));
        EXPECT_TRUE(!wordless || refreshButton->toolButtonStyle() == Qt::ToolButtonIconOnly)
            << name;
    }
}

// A group's members and shares, as the main tables: names and e-mails whole.
TEST_P(NamesWhole, AGroupsMembersAndSharesShowTheirNamesWhole)
{
    const auto &[language, size] = GetParam();
    start(QString::fromLatin1(language));
    if (size.isValid())
        window->resize(size);
    window->showPage(MainWindow::Page::Groups);
    // The group with the most members.
    const GroupsModel &groups = window->workspace()->groups();
    int most = 0;
    for (int row = 1; row < groups.rowCount(); ++row) {
        if (groups.state().memberCount(groups.at(row).id) >
            groups.state().memberCount(groups.at(most).id))
            most = row;
    }
    window->groupsView()->selectGroup(groups.at(most).id);
    QTabWidget *details = window->groupsView()->details();
    int checked = 0;
    for (int tab = 1; tab < details->count(); ++tab) {
        details->setCurrentIndex(tab);
        QTest::qWait(150);
        const QStringList cut = clippedNames(window);
        EXPECT_TRUE(cut.isEmpty()) << details->tabText(tab).toStdString() << ":\n  "
                                   << cut.join(QStringLiteral("\n  ")).toStdString();
        for (QTableView *table : details->currentWidget()->findChildren<QTableView *>())
            checked += table->isVisible() && table->model() && table->model()->rowCount() > 0;
    }
    EXPECT_GE(checked, 2) << "the members and the shares had rows to check";
}

INSTANTIATE_TEST_SUITE_P(
    Sizes, NamesWhole,
    ::testing::Values(std::make_tuple("en", QSize()), std::make_tuple("en", QSize(1280, 800)),
                      std::make_tuple("de", QSize()), std::make_tuple("de", QSize(1280, 800))),
    [](const ::testing::TestParamInfo<NamesWhole::ParamType> &param) {
        return std::string(std::get<0>(param.param)) +
               (std::get<1>(param.param).isValid() ? "At1280x800" : "AtTheDefaultSize");
    });

TEST_F(Gallery, NumbersAreRightAlignedAndEveryTablesTitlesStartAlike)
{
    start(QStringLiteral("en"));
    const CellOptions cells;
    int numbers = 0;
    for (const auto &[name, page] : SignedInWindow::mainScreens()) {
        SignedInWindow::showWithSelection(window, page);
        QTest::qWait(100);
        for (QTableView *table : window->findChildren<QTableView *>()) {
            if (!table->isVisible() || !table->model())
                continue;
            EXPECT_EQ(table->horizontalHeader()->defaultAlignment() & Qt::AlignHorizontal_Mask,
                      Qt::AlignLeft)
                << name << " " << table->objectName().toStdString();
            for (const int column : TableColumns::columnsOf(table, TableColumns::Kind::Number)) {
                for (int row = 0; row < table->model()->rowCount(); ++row) {
                    const QStyleOptionViewItem option =
                        cells.of(table, table->model()->index(row, column));
                    EXPECT_TRUE(option.displayAlignment & Qt::AlignRight)
                        << name << " " << table->objectName().toStdString() << " " << column;
                    ++numbers;
                }
            }
        }
    }
    EXPECT_GT(numbers, 0) << "the groups' counts at least";
}

// What people read is in their words: no resource type, privilege key, rule id, state or field
// as the API spells it, on any screen, in English and German.
class PlainWords : public Gallery, public ::testing::WithParamInterface<const char *>
{};

TEST_P(PlainWords, NoScreenShowsTheApisSpellings)
{
    start(QString::fromLatin1(GetParam()));
    QStringList spellings = {QStringLiteral("datacenter"),
                             QStringLiteral("ipblock"),
                             QStringLiteral("k8s"),
                             QStringLiteral("pcc"),
                             QStringLiteral("backupunit"),
                             QStringLiteral("createDataCenter"),
                             QStringLiteral("forceSecAuth"),
                             QStringLiteral("secAuthActive"),
                             QStringLiteral("secAuthProtection"),
                             QStringLiteral("editPrivilege"),
                             QStringLiteral("sharePrivilege"),
                             QStringLiteral("AVAILABLE"),
                             QStringLiteral("INACTIVE"),
                             QStringLiteral("BUSY")};
    for (const Privilege &p : Privileges::all())
        spellings << p.key;
    spellings << FindingsRules::ruleIds();
    const QRegularExpression api(
        QStringLiteral("(?<![\\w-])(%1)(?![\\w-])").arg(spellings.join(QLatin1Char('|'))));
    ASSERT_TRUE(api.isValid());
    auto scan = [&](const std::string &screen) {
        for (const QString &text : visibleTexts(window)) {
            const QRegularExpressionMatch m = api.match(text);
            EXPECT_FALSE(m.hasMatch())
                << screen << ": '" << m.captured(1).toStdString() << "' in " << text.toStdString();
        }
    };
    for (const auto &[name, page] : SignedInWindow::mainScreens()) {
        SignedInWindow::showWithSelection(window, page);
        QTest::qWait(100);
        scan(name);
    }
    // The user's tabs: groups, resources, effective access.
    window->showPage(MainWindow::Page::Users);
    window->usersView()->table()->selectRow(0);
    auto *details = window->usersView()->findChild<QTabWidget *>(QStringLiteral("userDetails"));
    for (int tab = 0; tab < details->count(); ++tab) {
        details->setCurrentIndex(tab);
        QTest::qWait(100);
        scan("user tab " + std::to_string(tab));
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, PlainWords, ::testing::Values("en", "de"));
