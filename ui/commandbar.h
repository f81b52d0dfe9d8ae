#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class QWidget;

namespace ionos {

// The main window's toolbar and Edit menu: New, Edit, Delete and Find of the screen shown,
// Refresh, then the screen's own actions. They are the screen's actions themselves, so they are
// enabled by its selection; where a screen has none, a disabled stand-in keeps the place.
class CommandBar : public QObject
{
    Q_OBJECT

public:
    CommandBar(QMainWindow &window, QMenu &editMenu, QAction *refresh);

    QToolBar *toolBar() const { return m_toolBar; }
    // Shows the commands of this screen (null: none).
    void follow(QWidget *screen);

private:
    void rebuild();

    QToolBar *m_toolBar;
    QMenu &m_editMenu;
    QAction *m_refresh;
    QAction *m_standIns[4];
    QPointer<QWidget> m_screen;
    QMetaObject::Connection m_changed;
};

} // namespace ionos
