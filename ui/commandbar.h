#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class QWidget;

namespace ionos {

// The main window's toolbar and Edit menu: New, Edit and Delete of the screen shown where it has
// them, Refresh, then the screen's own actions, and Find in the menu. They are the screen's
// actions themselves, so they are enabled by its selection; a read-only screen shows none of
// New, Edit and Delete.
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
    QAction *m_findStandIn;
    QPointer<QWidget> m_screen;
    QMetaObject::Connection m_changed;
};

} // namespace ionos
