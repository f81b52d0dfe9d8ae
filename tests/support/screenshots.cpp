#include "screenshots.h"

#include <QAbstractButton>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTabBar>
#include <QTextDocument>
#include <QWidget>

#include <gtest/gtest.h>

bool isShownOn(QWidget *widget, QWidget *window)
{
    return widget->isVisibleTo(window) && widget->isVisible() && !widget->visibleRegion().isEmpty();
}

bool looksDrawn(const QImage &image)
{
    // More than a handful of distinct colours: something was drawn.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return colours.size() > 8;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(IONOS_BINARY_DIR "/screenshots"));
    const QString path = QStringLiteral(IONOS_BINARY_DIR "/screenshots/") + name;
    ASSERT_TRUE(widget->grab().save(path)) << path.toStdString();
    EXPECT_TRUE(looksDrawn(QImage(path))) << name.toStdString();
}
QStringList clippedTexts(QWidget *window)
{
    QStringList found;
    auto shown = [window](QWidget *w) { return isShownOn(w, window); };
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!shown(label) || label->wordWrap() || label->text().isEmpty() ||
            Qt::mightBeRichText(label->text()) || !label->pixmap().isNull())
            continue;
        // The widest line, without the mnemonic's ampersand, which is drawn as an underline.
        QString text = label->text();
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
            .remove(QLatin1Char('&'))
            .replace(QLatin1Char('\x01'), QLatin1Char('&'));
        int needed = 0;
        for (const QString &line : text.split(QLatin1Char('\n')))
            needed = std::max(needed, label->fontMetrics().horizontalAdvance(line));
        if (needed > label->contentsRect().width())
            found << QStringLiteral("label '%1': %2 of %3 px")
                         .arg(label->text())
                         .arg(label->contentsRect().width())
                         .arg(needed);
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!shown(button) || button->text().isEmpty())
            continue;
        if (button->width() < button->sizeHint().width())
            found << QStringLiteral("button '%1': %2 of %3 px")
                         .arg(button->text())
                         .arg(button->width())
                         .arg(button->sizeHint().width());
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!shown(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabRect(i).width() < tabs->fontMetrics().horizontalAdvance(tabs->tabText(i)))
                found << QStringLiteral("tab '%1'").arg(tabs->tabText(i));
        }
    }
    for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
        if (!shown(header) || header->orientation() != Qt::Horizontal)
            continue;
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical) ||
                header->sectionResizeMode(logical) == QHeaderView::Stretch ||
                (header->stretchLastSection() &&
                 logical == header->logicalIndex(header->count() - 1)))
                continue;
            const QString title = header->model()->headerData(logical, Qt::Horizontal).toString();
            // The title, the sort indicator and the margins.
            if (header->sectionSize(logical) < header->sectionSizeHint(logical))
                found << QStringLiteral("header '%1': %2 of %3 px")
                             .arg(title)
                             .arg(header->sectionSize(logical))
                             .arg(header->sectionSizeHint(logical));
        }
    }
    return found;
}
