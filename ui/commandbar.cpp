#include "ui/commandbar.h"

#include "ui/common/icons.h"
#include "ui/common/screencommands.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QToolBar>

namespace ionos {
namespace {

// A button says "New User", not "New User…": the ellipsis belongs to the menu.
void trimButtonText(QAction *action)
{
    QString text = action->iconText();
    if (text.endsWith(QChar(0x2026)))
        action->setIconText(text.chopped(1));
}

} // namespace

CommandBar::CommandBar(QMainWindow &window, QMenu &editMenu, QAction *refresh)
    : QObject(&window)
    , m_toolBar(new QToolBar(tr("Toolbar"), &window))
    , m_editMenu(editMenu)
    , m_refresh(refresh)
{
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setAccessibleName(tr("Actions of the screen"));
    // Icons with their text beside them, so that every action says what it does.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    window.addToolBar(Qt::TopToolBarArea, m_toolBar);
    const struct
    {
        const char *text;
        const char *icon;
    } standIns[] = {
        {QT_TR_NOOP("New"), "new"},
        {QT_TR_NOOP("Edit"), "edit"},
        {QT_TR_NOOP("Delete"), "delete"},
        {QT_TR_NOOP("Find"), ""},
    };
    for (int i = 0; i < 4; ++i) {
        m_standIns[i] = new QAction(tr(standIns[i].text), this);
        if (*standIns[i].icon)
            m_standIns[i]->setIcon(Icons::named(QLatin1String(standIns[i].icon)));
        m_standIns[i]->setEnabled(false);
        m_standIns[i]->setToolTip(tr("Not on this screen"));
    }
    rebuild();
}

void CommandBar::follow(QWidget *screen)
{
    if (screen == m_screen)
        return;
    disconnect(m_changed);
    m_screen = screen;
    if (ScreenCommands *commands = ScreenCommands::find(screen))
        m_changed = connect(commands, &ScreenCommands::changed, this, &CommandBar::rebuild);
    rebuild();
}

void CommandBar::rebuild()
{
    const ScreenCommands *commands = ScreenCommands::find(m_screen);
    auto slotAction = [&](ScreenCommands::Slot slot) {
        QAction *a = commands ? commands->action(slot) : nullptr;
        return a ? a : m_standIns[int(slot)];
    };
    const QList<QAction *> own = commands ? commands->own() : QList<QAction *>();
    QAction *find = slotAction(ScreenCommands::Slot::Find);

    for (QAction *a : own)
        trimButtonText(a);
    m_toolBar->clear();
    m_editMenu.clear();
    for (auto slot :
         {ScreenCommands::Slot::New, ScreenCommands::Slot::Edit, ScreenCommands::Slot::Delete}) {
        trimButtonText(slotAction(slot));
        m_toolBar->addAction(slotAction(slot));
        m_editMenu.addAction(slotAction(slot));
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refresh);
    if (!own.isEmpty()) {
        m_toolBar->addSeparator();
        m_toolBar->addActions(own);
        m_editMenu.addSeparator();
        m_editMenu.addActions(own);
    }
    m_editMenu.addSeparator();
    m_editMenu.addAction(find);
    m_editMenu.addAction(m_refresh);
}

} // namespace ionos
