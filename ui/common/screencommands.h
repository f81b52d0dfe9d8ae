#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace ionos {

// What a screen offers the toolbar and the Edit menu: its New, Edit, Delete and Find, and its
// own actions (Add Members…, Stop Sharing, Apply Changes). The same actions as in the screen's
// context menus and behind its buttons, so that enabling by the selection happens once.
class ScreenCommands : public QObject
{
    Q_OBJECT

public:
    enum class Slot
    {
        New,
        Edit,
        Delete,
        Find,
    };

    // The commands of this screen, made on first use.
    static ScreenCommands *of(QWidget *screen);
    // The commands of this screen, or null when it offers none.
    static ScreenCommands *find(const QWidget *screen);

    void set(Slot slot, QAction *action);
    QAction *action(Slot slot) const;
    void addOwn(const QList<QAction *> &actions);
    QList<QAction *> own() const;

signals:
    void changed();

private:
    explicit ScreenCommands(QWidget *screen);

    QPointer<QAction> m_slots[4];
    QList<QPointer<QAction>> m_own;
};

} // namespace ionos
