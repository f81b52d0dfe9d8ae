#include "ui/common/screencommands.h"

#include <QAction>
#include <QWidget>

namespace ionos {

ScreenCommands::ScreenCommands(QWidget *screen)
    : QObject(screen)
{
    setObjectName(QStringLiteral("screenCommands"));
}

ScreenCommands *ScreenCommands::of(QWidget *screen)
{
    if (ScreenCommands *existing = find(screen))
        return existing;
    return new ScreenCommands(screen);
}

ScreenCommands *ScreenCommands::find(const QWidget *screen)
{
    return screen ? screen->findChild<ScreenCommands *>(QStringLiteral("screenCommands"),
                                                        Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ScreenCommands::set(Slot slot, QAction *action)
{
    m_slots[int(slot)] = action;
    emit changed();
}

QAction *ScreenCommands::action(Slot slot) const
{
    return m_slots[int(slot)];
}

void ScreenCommands::addOwn(const QList<QAction *> &actions)
{
    for (QAction *a : actions)
        m_own << a;
    emit changed();
}

QList<QAction *> ScreenCommands::own() const
{
    QList<QAction *> list;
    for (const QPointer<QAction> &a : m_own) {
        if (a)
            list << a;
    }
    return list;
}

} // namespace ionos
