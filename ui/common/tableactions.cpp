#include "ui/common/tableactions.h"

#include "ui/common/icons.h"
#include "ui/common/screencommands.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace ionos {

TableActions TableActions::install(QWidget *screen, QTableView *table, QLineEdit *filter,
                                   const QString &newText, const QString &editText,
                                   const QString &objectNoun)
{
    TableActions a;
    a.create = new QAction(
        QIcon::fromTheme(QStringLiteral("list-add"), Icons::named(QStringLiteral("new"))), newText,
        screen);
    a.create->setObjectName(QStringLiteral("new%1Action").arg(objectNoun));
    a.create->setShortcut(QKeySequence::New);
    a.edit = new QAction(
        QIcon::fromTheme(QStringLiteral("document-edit"), Icons::named(QStringLiteral("edit"))),
        editText, screen);
    a.edit->setObjectName(QStringLiteral("edit%1Action").arg(objectNoun));
    a.edit->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return)});
    a.remove = new QAction(
        QIcon::fromTheme(QStringLiteral("edit-delete"), Icons::named(QStringLiteral("delete"))),
        QCoreApplication::translate("TableActions", "&Delete…"), screen);
    a.remove->setObjectName(QStringLiteral("delete%1Action").arg(objectNoun));
    a.remove->setShortcut(QKeySequence::Delete);
    auto *find = new QAction(QCoreApplication::translate("TableActions", "&Find…"), screen);
    find->setObjectName(QStringLiteral("find%1Action").arg(objectNoun));
    find->setShortcut(QKeySequence::Find);
    QObject::connect(find, &QAction::triggered, filter, [filter] {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    });
    for (QAction *action : {a.create, a.edit, a.remove, find})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table->addActions({a.create, a.edit, a.remove});
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    screen->addActions({a.create, a.edit, a.remove, find});
    ScreenCommands *commands = ScreenCommands::of(screen);
    commands->set(ScreenCommands::Slot::New, a.create);
    commands->set(ScreenCommands::Slot::Edit, a.edit);
    commands->set(ScreenCommands::Slot::Delete, a.remove);
    commands->set(ScreenCommands::Slot::Find, find);
    return a;
}

QPushButton *actionButton(QAction *action, const char *objectName, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(QLatin1String(objectName));
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    });
    button->setEnabled(action->isEnabled());
    return button;
}

} // namespace ionos
