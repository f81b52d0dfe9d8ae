// The console in German: every visible text of the main screens comes from the German
// translation, none is left in English (names, e-mails and API terms aside).
#include "models/users/usersmodel.h"
#include "screenshots.h"
#include "signedinwindow.h"
#include "ui/common/tablecolumns.h"
#include "ui/common/translations.h"
#include "ui/groups/groupsview.h"
#include "ui/navigationtree.h"
#include "ui/users/usersview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

QString plain(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    text.remove(QRegularExpression(QStringLiteral("&(?=[^&\\s])")));
    return text.simplified();
}

// The English texts of the catalogue whose German differs, as patterns (%1 matches anything).
QList<QRegularExpression> englishSources()
{
    QFile file(QStringLiteral(IONOS_SOURCE_DIR "/resources/translations/ionos-admin_de.ts"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QList<QRegularExpression> patterns;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QStringLiteral("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QStringLiteral("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (plain(source) == plain(translation) || plain(source).size() < 2)
                continue;
            QString pattern = QRegularExpression::escape(plain(source));
            pattern.replace(QRegularExpression(QStringLiteral("%(n|[0-9])")), QStringLiteral(".*"));
            patterns << QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"));
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(patterns.size(), 400);
    return patterns;
}

// Words of English that German console texts never contain.
const QRegularExpression &englishWords()
{
    static const QRegularExpression words(QStringLiteral(
        "\\b(the|and|of|to|with|is|are|not|this|for|from|you|your|Loading|Filter|Select|New|"
        "Edit|Delete|Users|Groups|Members|Resources|Owner|Contracts?|Privileges|Shares|Refresh|"
        "Apply|Discard|Cancel|Remove|Add|Search|Yes|No|Never|Created|Active|Connect|Sign|Quit|"
        "View|Help|File|Export|Rows|Activity)\\b"));
    return words;
}

class GermanConsole : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Translations::use(QStringLiteral("de")));
        console = std::make_unique<SignedInWindow>();
        ASSERT_TRUE(console->start());
    }
    void TearDown() override
    {
        console.reset();
        Translations::use(QStringLiteral("en"));
    }

    // The visible texts of the window's chrome, with the data the views show taken out.
    QStringList visibleTexts() const
    {
        MainWindow *w = console->window();
        QStringList texts{w->windowTitle()};
        for (QMenu *menu : w->menuBar()->findChildren<QMenu *>()) {
            texts << menu->title();
            for (QAction *action : menu->actions())
                texts << action->text();
        }
        for (QWidget *widget : w->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget))
                texts << label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                texts << button->text() << button->toolTip();
            else if (auto *edit = qobject_cast<QLineEdit *>(widget))
                texts << edit->placeholderText();
            else if (auto *box = qobject_cast<QGroupBox *>(widget))
                texts << box->title();
            else if (auto *dock = qobject_cast<QDockWidget *>(widget))
                texts << dock->windowTitle();
            if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    texts << tabs->tabText(i);
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
                for (int c = 0; c < view->model()->columnCount(); ++c)
                    texts << view->model()->headerData(c, Qt::Horizontal).toString();
                texts << labelCells(view);
            }
            texts << widget->accessibleName() << widget->toolTip();
        }
        auto *nav = w->navigation();
        for (int i = 0; i < nav->topLevelItemCount(); ++i)
            texts << nav->topLevelItem(i)->text(0);
        return texts;
    }

    // The console's own words in the cells: states, kinds, rules, severities (the columns a
    // view declares as labels), in trees those of every branch.
    static QStringList labelCells(const QAbstractItemView *view)
    {
        QStringList texts;
        const QAbstractItemModel *m = view->model();
        const QList<int> columns = TableColumns::columnsOf(view, TableColumns::Kind::Label);
        QModelIndexList parents{QModelIndex()};
        while (!parents.isEmpty() && texts.size() < 500) {
            const QModelIndex parent = parents.takeLast();
            for (int r = 0; r < m->rowCount(parent); ++r) {
                for (const int c : columns)
                    texts << m->index(r, c, parent).data().toString();
                if (m->hasChildren(m->index(r, 0, parent)))
                    parents << m->index(r, 0, parent);
            }
        }
        return texts;
    }

    QStringList dataTexts() const
    {
        QSet<QString> data;
        for (auto *view : console->window()->findChildren<QAbstractItemView *>()) {
            const QAbstractItemModel *m = view->model();
            if (!m || qobject_cast<QTreeWidget *>(view))
                continue;
            for (int r = 0; r < m->rowCount(); ++r) {
                for (int c = 0; c < m->columnCount(); ++c) {
                    const QString text = m->index(r, c).data().toString();
                    if (text.size() > 2)
                        data.insert(text);
                }
            }
        }
        for (const QString &id : console->sandbox().state().groupOrder())
            data.insert(console->sandbox().state().group(id)->name);
        QStringList sorted(data.begin(), data.end());
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return sorted;
    }

    void expectGerman(const char *screen)
    {
        static const QList<QRegularExpression> english = englishSources();
        const QStringList data = dataTexts();
        int checked = 0;
        for (const QString &raw : visibleTexts()) {
            QString text = plain(raw);
            if (text.isEmpty())
                continue;
            ++checked;
            for (const QRegularExpression &source : english)
                EXPECT_FALSE(source.match(text).hasMatch())
                    << screen << ": left in English: " << text.toStdString();
            for (const QString &d : data)
                text.replace(d, QStringLiteral(" "));
            const QRegularExpressionMatch word = englishWords().match(text);
            EXPECT_FALSE(word.hasMatch())
                << screen << ": English word '" << word.captured().toStdString()
                << "' in: " << plain(raw).toStdString();
        }
        EXPECT_GT(checked, 20) << screen;
    }

    std::unique_ptr<SignedInWindow> console;
};

} // namespace

TEST_F(GermanConsole, NoVisibleTextOfTheMainScreensIsLeftInEnglish)
{
    MainWindow *w = console->window();
    EXPECT_EQ(w->navigation()->topLevelItem(0)->text(0), QStringLiteral("Übersicht"));
    EXPECT_EQ(w->navigation()->topLevelItem(1)->text(0), QStringLiteral("Benutzer"));
    // The name the desktop puts after every window title, dialogs included.
    EXPECT_EQ(QGuiApplication::applicationDisplayName(),
              QStringLiteral("IONOS Cloud Verwaltungskonsole"));
    EXPECT_EQ(
        w->usersView()->table()->model()->headerData(UsersModel::LastLoginColumn, Qt::Horizontal),
        QStringLiteral("Letzte Anmeldung"));
    EXPECT_EQ(w->usersView()->table()->model()->index(0, UsersModel::ActiveColumn).data(),
              QStringLiteral("Ja"));

    for (const auto &[name, page] : SignedInWindow::mainScreens()) {
        SignedInWindow::showWithSelection(w, page);
        QTest::qWait(300);
        expectGerman(name);
    }
    // The group's tabs: members and shares.
    w->showPage(MainWindow::Page::Groups);
    for (int tab = 1; tab < w->groupsView()->details()->count(); ++tab) {
        w->groupsView()->details()->setCurrentIndex(tab);
        QTest::qWait(300);
        expectGerman("group details");
    }
}

TEST_F(GermanConsole, NothingIsClippedAtTheDefaultSize)
{
    MainWindow *w = console->window();
    w->resize(1200, 780);
    for (const auto &[name, page] : SignedInWindow::mainScreens()) {
        SignedInWindow::showWithSelection(w, page);
        QTest::qWait(200);
        const QStringList found = clippedTexts(w);
        EXPECT_TRUE(found.isEmpty())
            << name << ": " << found.join(QStringLiteral("; ")).toStdString();
    }
}

// One name for 2-factor authentication in every column, pane and dialog: spelled out as
// "2-factor authentication" ("2-Faktor-Authentifizierung"), or "2FA" where a column title
// has no room; never "two-factor", "Zwei-Faktor" or a bare "2-factor protected".
TEST(Vocabulary, TwoFactorAuthenticationHasOneNameInBothLanguages)
{
    QFile file(QStringLiteral(IONOS_SOURCE_DIR "/resources/translations/ionos-admin_de.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QRegularExpression english(
        QStringLiteral("[Tt]wo-[Ff]actor|2-[Ff]actor(?! [Aa]uthentication)"));
    const QRegularExpression german(QStringLiteral("Zwei-Faktor|2-Faktor(?!-Authentifizierung)"));
    QXmlStreamReader xml(&file);
    int mentions = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const bool source = xml.name() == QStringLiteral("source");
        if (!source && xml.name() != QStringLiteral("translation"))
            continue;
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        mentions += text.contains(QStringLiteral("2FA")) || text.contains(QStringLiteral("2-"));
        const QRegularExpressionMatch odd = (source ? english : german).match(text);
        EXPECT_FALSE(odd.hasMatch())
            << "'" << odd.captured().toStdString() << "' in: " << text.left(120).toStdString();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(mentions, 40);
}
