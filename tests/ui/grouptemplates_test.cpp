// Groups from groups on the Groups screen: Clone Group… makes a group with the same privileges,
// shares and (when asked) members as one change Undo takes back; a group's privileges kept as a
// role template, exported, deleted, imported again, and a new group made from it.
#include "budgets.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/roletemplates.h"
#include "models/restore/restorereportmodel.h"
#include "screenshots.h"
#include "signedinscreen.h"
#include "testfiles.h"
#include "ui/groups/clonegroupdialog.h"
#include "ui/groups/groupdialog.h"
#include "ui/groups/groupsview.h"
#include "ui/groups/roletemplatesdialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

using namespace ionos;

namespace {

class GroupsFromGroups : public SignedInScreen
{
protected:
    GroupsFromGroups()
        : SignedInScreen(Start::EverythingLoaded)
    {}

    void SetUp() override
    {
        SignedInScreen::SetUp();
        if (HasFatalFailure())
            return;
        window->showPage(MainWindow::Page::Groups);
        view = window->groupsView();
        // A group with members, shares and privileges.
        for (const QString &id : h->state().groupOrder()) {
            const sandbox::SbGroup *g = h->state().group(id);
            const bool grants = std::any_of(g->privileges.begin(), g->privileges.end(),
                                            [](bool granted) { return granted; });
            if (grants && !h->state().membersOf(id).isEmpty() &&
                !h->state().sharesOf(id).isEmpty()) {
                source = id;
                break;
            }
        }
        ASSERT_FALSE(source.isEmpty());
        view->selectGroup(source);
        ASSERT_EQ(view->selectedId(), source);
    }
    QString groupNamed(const QString &name) const
    {
        for (const QString &id : h->state().groupOrder()) {
            if (h->state().group(id)->name == name)
                return id;
        }
        return {};
    }

    GroupsView *view = nullptr;
    QString source;
};

} // namespace

TEST_F(GroupsFromGroups, CloneGroupCopiesPrivilegesSharesAndMembersAndUndoTakesItBack)
{
    CloneGroupDialog *dialog = view->cloneGroup();
    ASSERT_NE(dialog, nullptr);
    const QString name = dialog->findChild<QLineEdit *>(QStringLiteral("cloneNameEdit"))->text();
    EXPECT_EQ(name, QStringLiteral("Copy of %1").arg(h->state().group(source)->name));
    dialog->findChild<QCheckBox *>(QStringLiteral("cloneMembersCheck"))->setChecked(true);
    const int members = int(h->state().membersOf(source).size());
    const int shares = int(h->state().sharesOf(source).size());
    EXPECT_EQ(dialog->steps()->rowCount(), 1 + shares + members);
    EXPECT_TRUE(clippedTexts(dialog).isEmpty()) << clippedTexts(dialog).join(u'\n').toStdString();
    saveScreenshot(dialog, QStringLiteral("clone-group.png"));

    bool finished = false;
    QObject::connect(dialog, &CloneGroupDialog::cloneFinished, [&] { finished = true; });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cloneButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(SignedInWindow::confirm(dialog, "confirmClone"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished; }, budget::kServerMs));
    for (int r = 0; r < dialog->steps()->rowCount(); ++r)
        EXPECT_EQ(dialog->steps()->outcome(r).state, RestoreOutcome::State::Done)
            << dialog->steps()->outcome(r).message.toStdString();
    const QString copy = groupNamed(name);
    ASSERT_FALSE(copy.isEmpty());
    EXPECT_EQ(h->state().group(copy)->privileges, h->state().group(source)->privileges);
    QStringList sourceMembers = h->state().membersOf(source);
    QStringList copyMembers = h->state().membersOf(copy);
    std::sort(sourceMembers.begin(), sourceMembers.end());
    std::sort(copyMembers.begin(), copyMembers.end());
    EXPECT_EQ(copyMembers, sourceMembers);
    ASSERT_EQ(h->state().sharesOf(copy).size(), shares);
    for (const sandbox::SbShare &s : h->state().sharesOf(source)) {
        const auto copied = h->state().share(copy, s.resourceId);
        ASSERT_TRUE(copied.has_value()) << s.resourceId.toStdString();
        EXPECT_EQ(copied->editPrivilege, s.editPrivilege);
        EXPECT_EQ(copied->sharePrivilege, s.sharePrivilege);
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return view->selectedId() == copy; }, budget::kServerMs));
    dialog->close();

    ASSERT_TRUE(SignedInWindow::undo(
        window, QStringLiteral("Clone group %1").arg(h->state().group(source)->name)));
    EXPECT_TRUE(groupNamed(name).isEmpty());
}

TEST_F(GroupsFromGroups, ARoleTemplateIsKeptExportedImportedAndMakesAGroup)
{
    QSettings().remove(QStringLiteral("roleTemplates"));
    view->saveRoleTemplate(QStringLiteral("Platform role"));
    const QList<RoleTemplate> kept = RoleTemplates::load(QSettings());
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.at(0).name, QStringLiteral("Platform role"));
    for (auto it = h->state().group(source)->privileges.begin();
         it != h->state().group(source)->privileges.end(); ++it)
        EXPECT_EQ(kept.at(0).privileges.value(it.key()), it.value()) << it.key().toStdString();

    RoleTemplatesDialog *templates = view->roleTemplates();
    ASSERT_NE(templates, nullptr);
    ASSERT_EQ(templates->list()->count(), 1);
    EXPECT_TRUE(templates->list()->item(0)->text().startsWith(QStringLiteral("Platform role (")));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("roles.json"));
    ASSERT_TRUE(templates->exportTo(file).isEmpty());
    templates->deleteSelected();
    EXPECT_EQ(templates->list()->count(), 0);
    EXPECT_TRUE(RoleTemplates::load(QSettings()).isEmpty());
    EXPECT_FALSE(
        templates->importFrom(writeTestFile(dir, QStringLiteral("bad.json"), "{}")).isEmpty());
    ASSERT_TRUE(templates->importFrom(file).isEmpty());
    ASSERT_EQ(templates->list()->count(), 1);
    EXPECT_EQ(RoleTemplates::load(QSettings()), kept);

    // New Group… opens the group dialog with the template's privileges.
    templates->list()->setCurrentRow(0);
    QTest::mouseClick(
        templates->findChild<QPushButton *>(QStringLiteral("newGroupFromTemplateButton")),
        Qt::LeftButton);
    GroupDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        dialog = view->findChild<GroupDialog *>();
        return dialog && dialog->isVisible();
    }));
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("New Group from Platform role"));
    EXPECT_EQ(dialog->chosenPrivileges(), kept.at(0).privileges);
    type(dialog, "nameEdit", QStringLiteral("Platform 2"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !groupNamed(QStringLiteral("Platform 2")).isEmpty(); },
                                budget::kServerMs));
    EXPECT_EQ(h->state().group(groupNamed(QStringLiteral("Platform 2")))->privileges,
              h->state().group(source)->privileges);
    QSettings().remove(QStringLiteral("roleTemplates"));
}
