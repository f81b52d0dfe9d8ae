#include "screenshots.h"

#include <QDir>
#include <QSet>
#include <QWidget>

#include <gtest/gtest.h>

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
