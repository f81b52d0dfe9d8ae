#include "ui/common/colorscheme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

#include <cmath>

namespace ionos {
namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kGroup = QStringLiteral("org.freedesktop.appearance");
const QString kKey = QStringLiteral("color-scheme");

double luminance(const QColor &colour)
{
    auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

QColor blend(const QColor &from, const QColor &to, qreal share)
{
    const QColor a = from.toRgb(), b = to.toRgb();
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * share,
                            a.greenF() + (b.greenF() - a.greenF()) * share,
                            a.blueF() + (b.blueF() - a.blueF()) * share);
}

// From the colour furthest from the backgrounds towards the nearest, as far as every background
// keeps the contrast asked for.
QColor furthestTowards(const QColor &strong, const QColor &faint,
                       std::initializer_list<QColor> backgrounds, double wanted)
{
    QColor best = strong;
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = blend(strong, faint, step / 20.0);
        for (const QColor &background : backgrounds) {
            if (ColorScheme::contrast(candidate, background) < wanted)
                return best;
        }
        best = candidate;
    }
    return best;
}

} // namespace

ColorScheme::ColorScheme(QObject *parent)
    : QObject(parent)
    , m_startPalette(readable(QApplication::palette()))
{}

ColorScheme::Scheme ColorScheme::fromPortal(const QVariant &value)
{
    // The portal wraps the value in one or two variants, depending on its version.
    QVariant v = value;
    while (v.userType() == qMetaTypeId<QDBusVariant>())
        v = v.value<QDBusVariant>().variant();
    switch (v.toUInt()) {
    case 1:
        return Scheme::Dark;
    case 2:
        return Scheme::Light;
    default:
        return Scheme::NoPreference;
    }
}

void ColorScheme::follow()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage read =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Read"));
    read << kGroup << kKey;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(read, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QVariant> reply = *call;
                if (reply.isError()) // no portal, or it does not know the key: keep the theme's
                    return;
                apply(fromPortal(reply.value()));
                // Listening only once the bus has answered: a signal hook asked for while the
                // session bus connection is still being set up can be refused.
                QDBusConnection::sessionBus().connect(
                    kService, kPath, kInterface, QStringLiteral("SettingChanged"), this,
                    SLOT(settingChanged(QString, QString, QDBusVariant)));
            });
}

void ColorScheme::settingChanged(const QString &group, const QString &key,
                                 const QDBusVariant &value)
{
    if (group == kGroup && key == kKey)
        apply(fromPortal(QVariant::fromValue(value)));
}

void ColorScheme::apply(Scheme scheme)
{
    const bool changed = scheme != m_scheme;
    m_scheme = scheme;
    QApplication::setPalette(scheme == Scheme::Dark ? darkPalette() : m_startPalette);
    if (changed)
        emit schemeChanged(scheme);
}

QPalette ColorScheme::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x84, 0x8a), highlight(0x2b, 0x63, 0xc6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.lighter(110));
    p.setColor(QPalette::Dark, base.darker(130));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

bool ColorScheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

ColorScheme::ToneColors ColorScheme::colors(Tone tone, const QPalette &palette)
{
    struct Colors
    {
        QRgb background, text, border, tint, accent;
    };
    struct Row
    {
        Colors light, dark;
    };
    // By tone: info, success, warning, error, working; each light, then dark.
    static constexpr Row rows[] = {
        {{0xe8f0fe, 0x0b2a5b, 0x9bb8ef, 0xd2e3fc, 0x0b57d0},
         {0x0f2a52, 0xd6e4ff, 0x3d6bb3, 0x1c3a66, 0xa8c7fa}},
        {{0xe6f4ea, 0x0d3b1e, 0x8cc79f, 0xceead6, 0x146c2e},
         {0x0f3a22, 0xcdeed8, 0x3f8f5c, 0x1f5533, 0x9cd6ad}},
        {{0xfef7e0, 0x4d3800, 0xe8c66a, 0xfde293, 0x7a5900},
         {0x3d2f05, 0xfde9a8, 0xa07d1c, 0x6b520a, 0xf2d27a}},
        {{0xfce8e6, 0x5c0d07, 0xe59a92, 0xfad2cf, 0xb3261e},
         {0x4a1410, 0xfbd5d0, 0xb0473d, 0x73221c, 0xf2b8b5}},
        {{0xf3edfd, 0x2d1a52, 0xb9a3e6, 0xe4d7fb, 0x6a3fb5},
         {0x2e1b4d, 0xe9ddff, 0x7a5cc0, 0x4a2f7a, 0xcfbcff}},
    };
    const Colors &r = isDark(palette) ? rows[int(tone)].dark : rows[int(tone)].light;
    return {QColor(r.background), QColor(r.text), QColor(r.border), QColor(r.tint),
            QColor(r.accent)};
}

double ColorScheme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ColorScheme::ControlColors ColorScheme::controls(const QPalette &palette, bool enabled)
{
    const QPalette::ColorGroup group = enabled ? QPalette::Active : QPalette::Disabled;
    const QColor base = palette.color(group, QPalette::Base);
    const QColor window = palette.color(group, QPalette::Window);
    if (!enabled) {
        // An unavailable control needs no contrast (WCAG 1.4.11), only to look unavailable.
        const QColor faint = palette.color(QPalette::Disabled, QPalette::Text);
        return {faint, faint, base};
    }
    const QColor text = palette.color(group, QPalette::Text);
    const QColor edge = furthestTowards(text, window, {base, window}, 4.5);
    const QColor fill = colors(Tone::Info, palette).accent;
    const QColor mark = contrast(base, fill) >= contrast(text, fill) ? base : text;
    return {edge, fill, mark};
}

QColor ColorScheme::secondaryText(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return furthestTowards(palette.color(QPalette::WindowText), window,
                           {window, palette.color(QPalette::Base)}, 5.0);
}

QPalette ColorScheme::readable(QPalette palette)
{
    // Only what falls short changes, so that a readable palette comes back as it went in.
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor selectedText = palette.color(group, QPalette::HighlightedText);
        const QColor given = palette.color(group, QPalette::Highlight);
        const QColor away = luminance(selectedText) > 0.5 ? Qt::black : Qt::white;
        QColor highlight = given;
        for (int step = 1; contrast(selectedText, highlight) < 5.5 && step <= 12; ++step)
            highlight = blend(given, away, step / 20.0);
        if (highlight != given)
            palette.setColor(group, QPalette::Highlight, highlight);
        const QColor base = palette.color(group, QPalette::Base);
        // A theme may give it as translucent text: what counts is what shows on the base.
        const QColor hint = palette.color(group, QPalette::PlaceholderText);
        if (contrast(blend(base, QColor(hint.rgb()), hint.alphaF()), base) < 4.6)
            palette.setColor(group, QPalette::PlaceholderText,
                             furthestTowards(palette.color(group, QPalette::Text), base,
                                             {base, palette.color(group, QPalette::Window)}, 4.6));
    }
    return palette;
}

} // namespace ionos
