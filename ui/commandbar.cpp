#include "ui/commandbar.h"

#include "ui/common/icons.h"
#include "ui/common/screencommands.h"

#include <QAction>
#include <QEvent>
#include <QLayout>
#include <QMainWindow>
#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

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
    // Find has a place in the Edit menu on every screen, with its key; where a screen has
    // nothing to find in, it stays there unavailable.
    m_findStandIn = new QAction(tr("Find"), this);
    m_findStandIn->setEnabled(false);
    m_findStandIn->setToolTip(tr("Nothing to find on this screen"));
    m_toolBar->installEventFilter(this);
    rebuild();
}

bool CommandBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_toolBar && event->type() == QEvent::Resize)
        fitToWidth();
    return QObject::eventFilter(watched, event);
}

void CommandBar::fitToWidth()
{
    // What every button needs with its text; then, least used first, buttons show their icon
    // only until the rest fits.
    const auto buttonOf = [this](QAction *a) {
        return qobject_cast<QToolButton *>(m_toolBar->widgetForAction(a));
    };
    for (QAction *a : std::as_const(m_byUse)) {
        if (QToolButton *button = buttonOf(a))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    const int spacing = m_toolBar->layout()->spacing();
    const QMargins margins = m_toolBar->layout()->contentsMargins();
    const int available = m_toolBar->width() - margins.left() - margins.right() -
                          m_toolBar->style()->pixelMetric(QStyle::PM_ToolBarHandleExtent);
    const auto needed = [&] {
        int width = 0;
        for (QAction *a : m_toolBar->actions()) {
            if (const QWidget *w = m_toolBar->widgetForAction(a))
                width += w->sizeHint().width() + spacing;
        }
        return width;
    };
    for (auto it = m_byUse.crbegin(); it != m_byUse.crend() && needed() > available; ++it) {
        if (QToolButton *button = buttonOf(*it))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
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
    // Only what the screen offers: a screen that creates, edits or deletes nothing shows no
    // New, Edit or Delete at all, rather than buttons that never work there.
    const ScreenCommands *commands = ScreenCommands::find(m_screen);
    QList<QAction *> basics;
    for (auto slot :
         {ScreenCommands::Slot::New, ScreenCommands::Slot::Edit, ScreenCommands::Slot::Delete}) {
        if (QAction *a = commands ? commands->action(slot) : nullptr)
            basics << a;
    }
    const QList<QAction *> own = commands ? commands->own() : QList<QAction *>();
    QAction *find = commands ? commands->action(ScreenCommands::Slot::Find) : nullptr;

    for (QAction *a : basics + own)
        trimButtonText(a);
    m_toolBar->clear();
    m_editMenu.clear();
    m_toolBar->addActions(basics);
    m_editMenu.addActions(basics);
    if (!basics.isEmpty())
        m_toolBar->addSeparator();
    m_toolBar->addAction(m_refresh);
    if (!own.isEmpty()) {
        m_toolBar->addSeparator();
        m_toolBar->addActions(own);
        if (!basics.isEmpty())
            m_editMenu.addSeparator();
        m_editMenu.addActions(own);
    }
    if (!m_editMenu.isEmpty())
        m_editMenu.addSeparator();
    m_editMenu.addAction(find ? find : m_findStandIn);
    m_editMenu.addAction(m_refresh);
    // Most used first: New, Edit, Delete, the screen's own in their order, Refresh (F5 and its
    // icon say it without words).
    m_byUse = basics + own;
    m_byUse << m_refresh;
    fitToWidth();
}

} // namespace ionos
