#include "mainwindow.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace {

// True when the picture has more than a handful of distinct colours: something was drawn.
bool looksDrawn(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return colours.size() > 8;
}

} // namespace

TEST(MainWindow, ShowsTheConnectionAndFiltersThePrivileges)
{
    ionos::MainWindow window;
    window.setConnection(QStringLiteral("Demo"),
                         QUrl(QStringLiteral("http://127.0.0.1:1234/cloudapi/v6")),
                         QUrl(QStringLiteral("http://127.0.0.1:1234/reseller/v2")));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    auto *label = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("http://127.0.0.1:1234/cloudapi/v6")));

    auto *table = window.findChild<QTableView *>(QStringLiteral("privilegeTable"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    ASSERT_NE(table, nullptr);
    ASSERT_NE(filter, nullptr);
    EXPECT_EQ(table->model()->rowCount(), 25);
    QTest::keyClicks(filter, QStringLiteral("kubernetes"));
    EXPECT_EQ(table->model()->rowCount(), 2) << "case-insensitive over every column";

    const QImage shot = window.grab().toImage();
    const QString path = QStringLiteral(IONOS_BINARY_DIR "/screenshots/main-window.png");
    QDir().mkpath(QStringLiteral(IONOS_BINARY_DIR "/screenshots"));
    ASSERT_TRUE(shot.save(path));
    EXPECT_TRUE(looksDrawn(QImage(path)));
}
