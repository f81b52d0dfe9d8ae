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
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const int side = std::min(width(), height());
    const qreal thickness = side / 8.0;
    const QRectF ring = QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side)
                            .adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2);
    // The track: what is not covered, thin, in the quiet text colour (3:1 or more on the window).
    QPen track(ColorScheme::secondaryText(pal), std::max<qreal>(1.5, thickness / 3));
    p.setPen(track);
    p.drawEllipse(ring);
    if (m_whole > 0 && m_part > 0) {
        QPen covered(ColorScheme::colors(ColorScheme::Tone::Success, pal).accent, thickness,
                     Qt::SolidLine, Qt::FlatCap);
        p.setPen(covered);
        const int span = -int(std::lround(360.0 * 16 * m_part / m_whole)); // clockwise
        p.drawArc(ring, 90 * 16, span);
    }
    p.setPen(pal.color(QPalette::WindowText));
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    p.setFont(f);
    const int share = percent();
    p.drawText(rect(), Qt::AlignCenter,
               share < 0 ? QStringLiteral("–") : tr("%1 %").arg(QLocale().toString(share)));
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
    if (m_value <= 0 || m_maximum <= 0)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = m_tone ? ColorScheme::colors(*m_tone, palette()).accent
                                 : ColorScheme::secondaryText(palette());
    const qreal thickness = std::max(4.0, height() * 0.6);
    // Even the smallest count shows as a sliver: a count of one is not nothing.
    const qreal length =
        std::max(thickness, qreal(width()) * std::min(m_value, m_maximum) / m_maximum);
    QPainterPath bar;
    bar.addRoundedRect(QRectF(0, (height() - thickness) / 2, length, thickness), 2, 2);
    p.fillPath(bar, colour);
}

} // namespace ionos
