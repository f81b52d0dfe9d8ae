#include "ui/overview/glancecharts.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ionos {

RingChart::RingChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void RingChart::setValue(int part, int whole)
{
    m_part = std::clamp(part, 0, std::max(whole, 0));
    m_whole = std::max(whole, 0);
    update();
}

int RingChart::percentOf(int part, int whole)
{
    if (whole <= 0)
        return -1;
    return int(std::floor(100.0 * part / whole));
}

QSize RingChart::sizeHint() const
{
    const int side = fontMetrics().height() * 5;
    return {side, side};
}

QSize RingChart::minimumSizeHint() const
{
    return sizeHint();
}

void RingChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paint(p, rect(), m_part, m_whole, palette(), font());
}

void RingChart::paint(QPainter &p, const QRectF &area, int part, int whole, const QPalette &pal,
                      const QFont &font)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(area.width(), area.height());
    const qreal thickness = side / 8.0;
    const QRectF ring =
        QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side)
            .adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2);
    // The track: what is not covered, thin, in the quiet text colour (3:1 or more on the window).
    p.setPen(QPen(ColorScheme::secondaryText(pal), std::max<qreal>(1.5, thickness / 3)));
    p.drawEllipse(ring);
    if (whole > 0 && part > 0) {
        p.setPen(QPen(ColorScheme::colors(ColorScheme::Tone::Success, pal).accent, thickness,
                      Qt::SolidLine, Qt::FlatCap));
        const int span = -int(std::lround(360.0 * 16 * std::min(part, whole) / whole));
        p.drawArc(ring, 90 * 16, span); // clockwise from the top
    }
    p.setPen(pal.color(QPalette::WindowText));
    QFont f = font;
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.2);
    else
        f.setPixelSize(int(f.pixelSize() * 1.2));
    p.setFont(f);
    const int share = percentOf(part, whole);
    p.drawText(area, Qt::AlignCenter,
               share < 0 ? QStringLiteral("–") : tr("%1 %").arg(QLocale().toString(share)));
    p.restore();
}

BarGauge::BarGauge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BarGauge::setValue(int value, int maximum)
{
    m_value = std::max(value, 0);
    m_maximum = std::max(maximum, 0);
    update();
}

void BarGauge::setTone(std::optional<ColorScheme::Tone> tone)
{
    m_tone = tone;
    update();
}

QSize BarGauge::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 24, fontMetrics().height()};
}

QSize BarGauge::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, fontMetrics().height()};
}

void BarGauge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paint(p, rect(), m_value, m_maximum, colourOf(m_tone, palette()));
}

std::optional<ColorScheme::Tone> BarGauge::toneOf(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::High:
        return ColorScheme::Tone::Error;
    case Finding::Severity::Medium:
        return ColorScheme::Tone::Warning;
    case Finding::Severity::Low:
        return ColorScheme::Tone::Info;
    case Finding::Severity::Info:
        break;
    }
    return std::nullopt;
}

QColor BarGauge::colourOf(std::optional<ColorScheme::Tone> tone, const QPalette &palette)
{
    return tone ? ColorScheme::colors(*tone, palette).accent : ColorScheme::secondaryText(palette);
}

void BarGauge::paint(QPainter &p, const QRectF &area, int value, int maximum, const QColor &colour)
{
    if (value <= 0 || maximum <= 0)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal thickness = std::max(4.0, area.height() * 0.6);
    // Even the smallest count shows as a sliver: a count of one is not nothing.
    const qreal length = std::max(thickness, area.width() * std::min(value, maximum) / maximum);
    QPainterPath bar;
    bar.addRoundedRect(
        QRectF(area.left(), area.top() + (area.height() - thickness) / 2, length, thickness), 2, 2);
    p.fillPath(bar, colour);
    p.restore();
}

} // namespace ionos
