#include "pixelcontrast.h"

#include "celloptions.h"

#include "screenshots.h"
#include "ui/common/colorscheme.h"
#include "ui/common/icons.h"
#include "ui/common/tablecolumns.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStyleOption>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

using ionos::ColorScheme;

namespace {

constexpr double kControl = 3.0; // WCAG 1.4.11
constexpr double kText = 4.5;    // WCAG 1.4.3

// The colour most pixels of the area have, the area without the part left out.
QRgb commonest(const QImage &image, const QRect &area, const QRect &leftOut = QRect())
{
    QHash<QRgb, int> counts;
    const QRect inside = area & image.rect();
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            if (!leftOut.contains(x, y))
                ++counts[image.pixel(x, y)];
        }
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return best;
}

double strongest(const QImage &image, const QRect &area, QRgb background)
{
    double best = 1;
    const QRect inside = area & image.rect();
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            best = std::max(best,
                            ColorScheme::contrast(QColor(image.pixel(x, y)), QColor(background)));
    }
    return best;
}

int countAtLeast(const QImage &image, const QRect &area, QRgb against, double ratio)
{
    int n = 0;
    const QRect inside = area & image.rect();
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            n += ColorScheme::contrast(QColor(image.pixel(x, y)), QColor(against)) >= ratio;
    }
    return n;
}

// A box or circle at [indicator] on [background]: its edge drawn at 3:1 (at least one and a half
// of its side's length in pixels of that contrast, an outline has four), and when ticked, most of
// its inside standing out from an empty box's inside (the base colour) too.
QString judgeIndicator(const QImage &image, const QRect &indicator, QRgb background, bool ticked,
                       const QColor &emptyInside)
{
    const int side = std::min(indicator.width(), indicator.height());
    const int edge = countAtLeast(image, indicator, background, kControl);
    if (edge < side * 3 / 2)
        return QStringLiteral("its box has %1 pixels at 3:1 against %2, %3 wanted")
            .arg(edge)
            .arg(QColor(background).name())
            .arg(side * 3 / 2);
    if (ticked) {
        const QRect inside = indicator.adjusted(3, 3, -3, -3);
        const int marked = countAtLeast(image, inside, emptyInside.rgb(), kControl);
        const int area = std::max(1, inside.width() * inside.height());
        if (marked * 4 < area)
            return QStringLiteral("ticked, but only %1 of %2 pixels inside differ at 3:1 from an "
                                  "empty box")
                .arg(marked)
                .arg(area);
    }
    return QString();
}

QRect placed(QWidget *widget, QWidget *window, const QRect &rect)
{
    return QRect(widget->mapTo(window, rect.topLeft()), rect.size());
}

// The part of a widget not hidden by its parents (a scroll area's viewport), in the window.
QRect visiblePart(QWidget *widget, QWidget *window)
{
    return placed(widget, window, widget->visibleRegion().boundingRect());
}

// Disabled controls are exempt from the contrast minimum (WCAG 1.4.3 and 1.4.11).
bool shown(QWidget *widget, QWidget *window)
{
    return isShownOn(widget, window) && widget->isEnabled();
}

QString nameOf(const QWidget *widget, const QString &text)
{
    return QStringLiteral("%1 '%2'").arg(
        widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                       : widget->objectName(),
        text.left(60));
}

void judgeText(QStringList &found, const QImage &image, const QRect &area, const QString &what,
               const QRect &leftOut = QRect())
{
    if (area.width() < 4 || area.height() < 4)
        return;
    const QRgb background = commonest(image, area, leftOut);
    const double ratio = strongest(image, area, background);
    if (ratio < kText)
        found << QStringLiteral("%1: text at %2:1 on %3")
                     .arg(what)
                     .arg(ratio, 0, 'f', 2)
                     .arg(QColor(background).name());
}

void judgeView(QStringList &found, QAbstractItemView *view, QWidget *window, const QImage &image)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QRect viewport = visiblePart(view->viewport(), window);
    const CellOptions cells;
    // Every cell on screen, down the tree too.
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                const QRect rect = view->visualRect(index);
                if (rect.isEmpty())
                    continue;
                const QRect cell = placed(view->viewport(), window, rect);
                if (!viewport.contains(cell))
                    continue;
                const QStyleOptionViewItem option = cells.of(view, index);
                QStyle *style = view->style();
                QRect box;
                if (option.features & QStyleOptionViewItem::HasCheckIndicator) {
                    box = placed(view->viewport(), window,
                                 style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator,
                                                       &option, view));
                    const QString problem = judgeIndicator(image, box, commonest(image, cell, box),
                                                           option.checkState != Qt::Unchecked,
                                                           option.palette.color(QPalette::Base));
                    if (!problem.isEmpty())
                        found << QStringLiteral("%1 row %2 column %3 check box: %4")
                                     .arg(nameOf(view, QString()))
                                     .arg(row)
                                     .arg(column)
                                     .arg(problem);
                }
                if (!option.text.isEmpty()) {
                    const QRect text =
                        placed(view->viewport(), window,
                               style->subElementRect(QStyle::SE_ItemViewItemText, &option, view));
                    judgeText(found, image, text & cell,
                              QStringLiteral("%1 row %2 column %3 '%4'")
                                  .arg(nameOf(view, QString()))
                                  .arg(row)
                                  .arg(column)
                                  .arg(option.text.left(40)));
                }
            }
            const QModelIndex first = model->index(row, 0, parent);
            if (model->hasChildren(first)) {
                auto *tree = qobject_cast<QTreeView *>(view);
                if (tree && tree->isExpanded(first))
                    walk(first);
            }
        }
    };
    walk(view->rootIndex());
}

} // namespace

QStringList unreadableParts(QWidget *window)
{
    QStringList found;
    const QImage image = window->grab().toImage().convertToFormat(QImage::Format_RGB32);
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!shown(button, window) || button->text().isEmpty())
            continue;
        const QRect whole = visiblePart(button, window);
        const bool radio = qobject_cast<QRadioButton *>(button);
        if (radio || qobject_cast<QCheckBox *>(button)) {
            QStyleOptionButton option;
            option.initFrom(button);
            option.state |= button->isChecked() ? QStyle::State_On : QStyle::State_Off;
            const QRect box =
                placed(button, window,
                       button->style()->subElementRect(radio ? QStyle::SE_RadioButtonIndicator
                                                             : QStyle::SE_CheckBoxIndicator,
                                                       &option, button));
            if (whole.contains(box)) {
                const QString problem =
                    judgeIndicator(image, box, commonest(image, whole, box), button->isChecked(),
                                   button->palette().color(QPalette::Base));
                if (!problem.isEmpty())
                    found << nameOf(button, button->text()) + QStringLiteral(": ") + problem;
            }
            judgeText(found, image, whole, nameOf(button, button->text()), box);
            continue;
        }
        if (auto *tool = qobject_cast<QToolButton *>(button);
            tool && !tool->icon().isNull() &&
            tool->toolButtonStyle() != Qt::ToolButtonTextBesideIcon) {
            continue; // an icon alone, its text a tool tip
        }
        QRect text = whole;
        if (!button->icon().isNull()) // the text right of the icon
            text.setLeft(whole.left() + button->iconSize().width() + 8);
        judgeText(found, image, text, nameOf(button, button->text()));
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!shown(label, window) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        judgeText(found, image,
                  visiblePart(label, window) & placed(label, window, label->contentsRect()),
                  nameOf(label, label->text()));
    }
    for (QGroupBox *group : window->findChildren<QGroupBox *>()) {
        if (!shown(group, window) || group->title().isEmpty())
            continue;
        QStyleOptionGroupBox option;
        option.initFrom(group);
        option.text = group->title();
        option.subControls = QStyle::SC_GroupBoxLabel;
        const QRect title = group->style()->subControlRect(QStyle::CC_GroupBox, &option,
                                                           QStyle::SC_GroupBoxLabel, group);
        judgeText(found, image, placed(group, window, title) & visiblePart(group, window),
                  nameOf(group, group->title()));
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!shown(tabs, window))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            judgeText(found, image, placed(tabs, window, tabs->tabRect(i)),
                      nameOf(tabs, tabs->tabText(i)));
    }
    for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
        if (!shown(header, window) || header->orientation() != Qt::Horizontal)
            continue;
        const QRect visible = visiblePart(header->viewport(), window);
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical))
                continue;
            const QRect section = placed(header->viewport(), window,
                                         QRect(header->sectionViewportPosition(logical), 0,
                                               header->sectionSize(logical), header->height()));
            if (visible.contains(section))
                judgeText(found, image, section,
                          nameOf(header,
                                 header->model()->headerData(logical, Qt::Horizontal).toString()));
        }
    }
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (shown(view, window))
            judgeView(found, view, window, image);
    }
    return found;
}

QStringList unreadableSelection(QAbstractItemView *view)
{
    QStringList found;
    const QModelIndex current = view->currentIndex();
    if (!current.isValid() || !view->selectionModel()->isSelected(current))
        return {QStringLiteral("nothing is selected")};
    const QImage image = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const CellOptions cells;
    QStyleOptionViewItem option = cells.of(view, current);
    option.state |= QStyle::State_Selected;
    const QRect icon =
        view->style()->subElementRect(QStyle::SE_ItemViewItemDecoration, &option, view);
    const QRect text = view->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, view);
    const QRgb highlight = commonest(image, option.rect, icon);
    const int drawn = countAtLeast(image, icon, highlight, kControl);
    // Most icons of the set cover a third or more of their square.
    if (drawn * 8 < icon.width() * icon.height())
        found << QStringLiteral("the icon of '%1' has %2 pixels at 3:1 on the highlight %3")
                     .arg(option.text)
                     .arg(drawn)
                     .arg(QColor(highlight).name());
    judgeText(found, image, text & option.rect, QStringLiteral("the text of the selection"));
    return found;
}
