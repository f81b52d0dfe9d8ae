// The Changes screen against the sandbox: a snapshot saved from the window, changes made in the
// console afterwards, and the comparison listing exactly those, by kind, with the navigation
// marking the screens that differ; two snapshot files compared; a file that is not a snapshot
// refused in plain words.
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/membershipcontroller.h"
#include "models/snapshot/snapshotdiffmodel.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "sandboxharness.h"
#include "signedinwindow.h"
#include "ui/common/messagebanner.h"
#include "ui/mainwindow.h"
#include "ui/navigationtree.h"
#include "ui/snapshot/changesview.h"
#include "ui/snapshot/snapshotsaver.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class ChangesScreen : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(console.startLoaded());
        window = console.window();
        view = window->findChild<ChangesView *>();
        saver = window->findChild<SnapshotSaver *>();
        ASSERT_NE(view, nullptr);
        ASSERT_NE(saver, nullptr);
    }

    QString save(const QString &name)
    {
        const QString path = dir.filePath(name);
        QSignalSpy saved(saver, &SnapshotSaver::saved);
        saver->saveTo(path);
        EXPECT_TRUE(saved.count() == 1 || saved.wait(10000));
        return path;
    }
    QStringList shown() const
    {
        QStringList lines;
        QAbstractItemModel *m = view->table()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            QStringList cells;
            for (int c = 0; c < m->columnCount(); ++c)
                cells << m->index(row, c).data().toString();
            lines << cells.join(QStringLiteral(" | "));
        }
        return lines;
    }

    SignedInWindow console;
    MainWindow *window = nullptr;
    ChangesView *view = nullptr;
    SnapshotSaver *saver = nullptr;
    QTemporaryDir dir;
};

TEST_F(ChangesScreen, ListsWhatChangedSinceASnapshotAndMarksTheScreens)
{
    const QString before = save(QStringLiteral("before.json"));
    QFile file(before);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("\"format\": \"ionos-admin-snapshot\""));

    // In the console: a privilege of a group, and a member added to another.
    Workspace &ws = *window->workspace();
    const Group first = ws.groups().at(0);
    GroupChange change;
    change.privileges.insert(QStringLiteral("reserveIp"),
                             !first.privileges.value(QStringLiteral("reserveIp")));
    bool updated = false;
    ws.groupsController().update(first.id, change, window,
                                 [&](const Result<Group> &r) { updated = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return updated; }, 10000));
    const Group second = ws.groups().at(1);
    const QStringList members = console.sandbox().state().membersOf(second.id);
    User newcomer;
    for (const User &u : ws.users().users()) {
        if (!members.contains(u.id))
            newcomer = u;
    }
    bool added = false;
    ws.membership().add(second.id, {newcomer},
                        [&](const QList<ItemResult> &r) { added = r.size() == 1 && r[0].ok; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return added; }, 10000));

    window->showPage(MainWindow::Page::Changes);
    ASSERT_TRUE(view->isVisible()) << "the navigation leads to it";
    QSignalSpy compared(view, &ChangesView::compared);
    view->compareWithNow(before);
    ASSERT_TRUE(compared.count() == 1 || compared.wait(10000));
    const QStringList lines = shown();
    ASSERT_EQ(lines.size(), 2) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(
        QStringLiteral("Privilege | Changed | %1 | Reserve IP").arg(first.name)))
        << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("Member | Added | ")))
        << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).contains(newcomer.email)) << lines.at(1).toStdString();

    // The navigation marks the groups, the matrix (the privilege) and nothing else.
    NavigationTree *tree = window->navigation();
    auto bold = [&](NavigationTree::Page page) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)
                    ->data(0, NavigationTree::PageRole)
                    .value<NavigationTree::Page>() == page)
                return tree->topLevelItem(i)->font(0).bold();
        }
        return false;
    };
    EXPECT_TRUE(bold(NavigationTree::Page::Groups));
    EXPECT_TRUE(bold(NavigationTree::Page::Matrix));
    EXPECT_FALSE(bold(NavigationTree::Page::Users));
    EXPECT_FALSE(bold(NavigationTree::Page::Resources));

    // By kind: members only.
    QComboBox *kinds = view->kindFilter();
    const int memberKind = kinds->findData(int(SnapshotChange::Kind::Member));
    ASSERT_GE(memberKind, 0);
    EXPECT_EQ(kinds->itemText(memberKind), QStringLiteral("Members (1)"));
    kinds->setCurrentIndex(memberKind);
    EXPECT_EQ(view->table()->model()->rowCount(), 1);
    kinds->setCurrentIndex(0);

    // Two files: the one from before and one from now say the same.
    const QString after = save(QStringLiteral("after.json"));
    view->compareFiles(before, after);
    EXPECT_EQ(shown(), lines);
    view->compareFiles(after, after);
    EXPECT_EQ(view->table()->model()->rowCount(), 0);
    EXPECT_TRUE(view->findChild<QLabel *>(QStringLiteral("changesWhat"))
                    ->text()
                    .contains(QStringLiteral("Nothing changed")));
    EXPECT_FALSE(bold(NavigationTree::Page::Groups)) << "nothing differs: no marks";
}

TEST_F(ChangesScreen, AFileThatIsNotASnapshotIsRefusedInPlainWords)
{
    const QString path = dir.filePath(QStringLiteral("other.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[1, 2, 3]");
    file.close();
    window->showPage(MainWindow::Page::Changes);
    view->compareWithNow(path);
    auto *banner = view->findChild<MessageBanner *>(QStringLiteral("changesBanner"));
    EXPECT_EQ(banner->tone(), MessageBanner::Tone::Error);
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("This is not a snapshot")))
        << banner->text().toStdString();
    EXPECT_EQ(view->table()->model()->rowCount(), 0);
}

} // namespace
