#include "visibletext.h"

#include "screenshots.h"

#include "celloptions.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabBar>
#include <QTextDocument>
#include <QTreeView>

namespace {

QString placeOf(const QWidget *widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

void cells(QStringList &found, QAbstractItemView *view)
{
    QAbstractItemModel *model = view->model();
    const QRect viewport = view->viewport()->rect();
    const CellOptions options;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                if (!viewport.intersects(view->visualRect(index)))
                    continue;
                const QString text = options.of(view, index).text;
                if (!text.isEmpty())
                    found << placeOf(view) + QStringLiteral(": ") + text;
            }
            const QModelIndex first = model->index(row, 0, parent);
            auto *tree = qobject_cast<QTreeView *>(view);
            if (tree && model->hasChildren(first) && tree->isExpanded(first))
                walk(first);
        }
    };
    walk(view->rootIndex());
}

} // namespace

QStringList visibleTexts(QWidget *window)
{
    QStringList found;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (isShownOn(label, window) && !label->text().isEmpty())
            found << placeOf(label) + QStringLiteral(": ") + plain(label->text());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (isShownOn(button, window) && !button->text().isEmpty())
            found << placeOf(button) + QStringLiteral(": ") + button->text();
    }
    for (QGroupBox *group : window->findChildren<QGroupBox *>()) {
        if (isShownOn(group, window) && !group->title().isEmpty())
            found << placeOf(group) + QStringLiteral(": ") + group->title();
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!isShownOn(tabs, window))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            found << placeOf(tabs) + QStringLiteral(": ") + tabs->tabText(i);
    }
    for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
        if (!isShownOn(header, window) || !header->model())
            continue;
        for (int logical = 0; logical < header->count(); ++logical) {
            if (!header->isSectionHidden(logical))
                found << placeOf(header) + QStringLiteral(": ") +
                             header->model()->headerData(logical, header->orientation()).toString();
        }
    }
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (isShownOn(view, window) && view->model() && !qobject_cast<QHeaderView *>(view))
            cells(found, view);
    }
    return found;
}
