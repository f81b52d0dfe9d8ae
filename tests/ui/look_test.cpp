// The look: an SVG icon set drawn sharp at any scale, and the main screen in the light and the
// dark palette, following the desktop's preference as the XDG portal reports it.
#include "budgets.h"
#include "models/activity/activitymodel.h"
#include "screenshots.h"
#include "signedinwindow.h"
#include "ui/activitydock.h"
#include "ui/common/colorscheme.h"
#include "ui/common/icons.h"
#include "ui/common/messagebanner.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusVariant>
#include <QImage>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

double meanLightness(const QImage &image)
{
    qint64 sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5, ++n)
            sum += QColor(image.pixel(x, y)).lightness();
    }
    return n ? double(sum) / n : 0;
}

// A stand-in for the desktop portal's Settings interface on its own bus connection, as the
// desktop offers it.
class FakePortalSettings : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    uint colorScheme = 1;

public slots:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (group == QStringLiteral("org.freedesktop.appearance") &&
            key == QStringLiteral("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(colorScheme)));
        return QDBusVariant(QString());
    }

signals:
    void SettingChanged(const QString &group, const QString &key, const QDBusVariant &value);
};

} // namespace

TEST(Look, EveryIconIsAVectorDrawingSharpAtAnyScale)
{
    for (const QString &name : Icons::names()) {
        const QIcon icon = Icons::named(name);
        ASSERT_FALSE(icon.isNull()) << name.toStdString();
        for (const qreal ratio : {1.0, 2.0}) {
            // A raster icon never grows past its largest picture; a vector one is drawn anew.
            const QPixmap pixmap = icon.pixmap(QSize(64, 64), ratio);
            EXPECT_EQ(pixmap.size(), QSize(64, 64) * ratio) << name.toStdString();
            const QImage image = pixmap.toImage();
            int painted = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    painted += qAlpha(image.pixel(x, y)) > 0;
            }
            const double share = double(painted) / (image.width() * image.height());
            EXPECT_GT(share, 0.15) << name.toStdString() << " is nearly empty";
            EXPECT_LT(share, 0.999) << name.toStdString() << " has no shape";
        }
    }
    EXPECT_NE(Icons::resourceType(QStringLiteral("k8s")).cacheKey(),
              Icons::resourceType(QStringLiteral("datacenter")).cacheKey());
    EXPECT_EQ(Icons::resourceType(QStringLiteral("networkloadbalancer")).cacheKey(),
              Icons::named(QStringLiteral("resource")).cacheKey());
}

TEST(Look, APaletteThatDrawsTooFaintlyIsMadeReadableAndAReadableOneIsLeftAlone)
{
    // As a theme may give it: white on a light blue selection, half-transparent hints.
    QPalette faint = ColorScheme::darkPalette();
    faint.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    faint.setColor(QPalette::Base, Qt::white);
    faint.setColor(QPalette::Text, Qt::black);
    faint.setColor(QPalette::WindowText, Qt::black);
    faint.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    faint.setColor(QPalette::HighlightedText, Qt::white);
    faint.setColor(QPalette::PlaceholderText, QColor(0, 0, 0, 90));
    ASSERT_LT(ColorScheme::contrast(Qt::white, faint.color(QPalette::Highlight)), 4.5);

    const QPalette readable = ColorScheme::readable(faint);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        EXPECT_GE(ColorScheme::contrast(readable.color(group, QPalette::HighlightedText),
                                        readable.color(group, QPalette::Highlight)),
                  4.5);
        EXPECT_GE(ColorScheme::contrast(readable.color(group, QPalette::PlaceholderText),
                                        readable.color(group, QPalette::Base)),
                  4.5);
        EXPECT_LT(ColorScheme::contrast(readable.color(group, QPalette::PlaceholderText),
                                        readable.color(group, QPalette::Base)),
                  ColorScheme::contrast(Qt::black, Qt::white))
            << "a hint stays quieter than the text";
    }
    EXPECT_EQ(ColorScheme::readable(readable), readable);
    EXPECT_EQ(ColorScheme::readable(ColorScheme::darkPalette()), ColorScheme::darkPalette());
    for (const QPalette &p : {readable, ColorScheme::darkPalette()}) {
        const ColorScheme::ControlColors c = ColorScheme::controls(p, true);
        EXPECT_GE(ColorScheme::contrast(c.edge, p.color(QPalette::Window)), 3.0);
        EXPECT_GE(ColorScheme::contrast(c.edge, p.color(QPalette::Base)), 3.0);
        EXPECT_GE(ColorScheme::contrast(c.fill, p.color(QPalette::Base)), 3.0);
        EXPECT_GE(ColorScheme::contrast(c.mark, c.fill), 3.0);
        EXPECT_GE(ColorScheme::contrast(ColorScheme::secondaryText(p), p.color(QPalette::Window)),
                  4.5);
    }
}

TEST(Look, TheMainScreenInTheLightAndTheDarkPalette)
{
    const QPalette light = QApplication::palette();
    ColorScheme scheme;
    SignedInWindow console;
    ASSERT_TRUE(console.start());
    console.window()->showPage(MainWindow::Page::Users);
    console.window()->resize(1200, 780);
    auto *note = console.window()->findChild<MessageBanner *>(QStringLiteral("sessionNote"));
    ASSERT_NE(note, nullptr);
    note->post(MessageBanner::Tone::Warning, QStringLiteral("A note in the palette's colours."));
    QTest::qWait(200);
    saveScreenshot(console.window(), QStringLiteral("main-light.png"));
    const double lightness = meanLightness(console.window()->grab().toImage());
    ASSERT_EQ(note->notices().size(), 1);
    Notice *shown = note->notices().first();
    const QString lightNote = shown->styleSheet();

    scheme.apply(ColorScheme::Scheme::Dark);
    QTest::qWait(200);
    saveScreenshot(console.window(), QStringLiteral("main-dark.png"));
    const double darkness = meanLightness(console.window()->grab().toImage());
    EXPECT_LT(darkness + 80, lightness) << "the dark screen is clearly darker";
    EXPECT_NE(shown->styleSheet(), lightNote) << "the banner follows the palette";
    EXPECT_TRUE(ColorScheme::isDark(console.window()->palette()));

    scheme.apply(ColorScheme::Scheme::Light);
    QTest::qWait(100);
    EXPECT_EQ(QApplication::palette(), light) << "back to the palette of the start";
    EXPECT_EQ(shown->styleSheet(), lightNote);
}

TEST(Look, TheBannerAndTheActivityLogTakeTheirColoursFromTheColourScheme)
{
    ColorScheme scheme;
    ActivityModel log;
    log.setFailed(log.record(QStringLiteral("Delete user"), QStringLiteral("a@example.com")),
                  QStringLiteral("refused"));
    ActivityDock dock;
    dock.setModel(&log);
    MessageBanner banner;
    banner.post(MessageBanner::Tone::Error, QStringLiteral("Could not."));
    ASSERT_EQ(banner.notices().size(), 1);
    for (const ColorScheme::Scheme s : {ColorScheme::Scheme::Light, ColorScheme::Scheme::Dark}) {
        scheme.apply(s);
        QTest::qWait(50);
        const ColorScheme::ToneColors error =
            ColorScheme::colors(ColorScheme::Tone::Error, QApplication::palette());
        const QString style = banner.notices().first()->styleSheet();
        EXPECT_TRUE(style.contains(error.background.name()) && style.contains(error.text.name()))
            << style.toStdString();
        auto *status = qobject_cast<IconDelegate *>(
            dock.table()->itemDelegateForColumn(ActivityModel::StatusColumn));
        ASSERT_NE(status, nullptr);
        const QModelIndex failed = log.index(0, ActivityModel::StatusColumn);
        EXPECT_EQ(status->styleOf(failed, dock.table()).palette.color(QPalette::Text), error.accent)
            << "a failed change says so in the error tone, light and dark alike";
    }
    scheme.apply(ColorScheme::Scheme::Light);
}

TEST(Look, TheDesktopsDarkPreferenceIsFollowedAndItsChangesToo)
{
    if (!QDBusConnection::sessionBus().isConnected()) {
        // The test command runs the suite on a private session bus; a plain run may have none.
        if (qEnvironmentVariableIsSet("IONOS_REQUIRE_KEYRING"))
            FAIL() << "no session bus";
        GTEST_SKIP() << "no D-Bus session bus to offer a portal on";
    }
    QDBusConnection portalBus =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fakePortal"));
    ASSERT_TRUE(portalBus.isConnected());
    FakePortalSettings settings;
    ASSERT_TRUE(portalBus.registerObject(
        QStringLiteral("/org/freedesktop/portal/desktop"), &settings,
        QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
    if (!portalBus.registerService(QStringLiteral("org.freedesktop.portal.Desktop"))) {
        QDBusConnection::disconnectFromBus(QStringLiteral("fakePortal"));
        if (qEnvironmentVariableIsSet("IONOS_REQUIRE_KEYRING"))
            FAIL() << "the private session bus should have no portal of its own";
        GTEST_SKIP() << "a real desktop portal runs on this bus";
    }

    const QPalette light = QApplication::palette();
    {
        ColorScheme scheme;
        QSignalSpy changed(&scheme, &ColorScheme::schemeChanged);
        scheme.follow();
        ASSERT_TRUE(changed.wait(budget::kServerMs)) << "the preference is read at start";
        EXPECT_EQ(scheme.scheme(), ColorScheme::Scheme::Dark);
        EXPECT_TRUE(ColorScheme::isDark(QApplication::palette()));

        emit settings.SettingChanged(QStringLiteral("org.freedesktop.appearance"),
                                     QStringLiteral("color-scheme"), QDBusVariant(uint(2)));
        ASSERT_TRUE(changed.wait(budget::kServerMs))
            << "a change on the desktop arrives while running";
        EXPECT_EQ(scheme.scheme(), ColorScheme::Scheme::Light);
        EXPECT_EQ(QApplication::palette(), light);
    }
    portalBus.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
    QDBusConnection::disconnectFromBus(QStringLiteral("fakePortal"));
}

#include "look_test.moc"
