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
//
// When the window is too narrow for every button with its text, the least used give up their
// text first (Refresh, then the screen's own actions from the last, then Delete and Edit), so
// that every action stays on the toolbar, with its name in the tool tip.
class CommandBar : public QObject
{
    Q_OBJECT

public:
    CommandBar(QMainWindow &window, QMenu &editMenu, QAction *refresh);

    QToolBar *toolBar() const { return m_toolBar; }
    // Shows the commands of this screen (null: none).
    void follow(QWidget *screen);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    // Gives buttons their text as far as the width allows, least used first without.
    void fitToWidth();

    QToolBar *m_toolBar;
    QMenu &m_editMenu;
    QAction *m_refresh;
    QAction *m_findStandIn;
    QPointer<QWidget> m_screen;
    QMetaObject::Connection m_changed;
    QList<QAction *> m_byUse; // the toolbar's actions, most used first
};

} // namespace ionos
