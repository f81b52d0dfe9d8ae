#pragma once

#include "models/access/findings.h"
#include "ui/common/colorscheme.h"

#include <QWidget>

class QPainter;

#include <optional>

namespace ionos {

// A ring that shows a part of a whole (users with 2-factor authentication of all active users),
// with the share in its middle. Its colours come from the window's palette when it is painted, so
// it follows a switch between light and dark; screen readers hear the figures as text.
class RingChart : public QWidget
{
    Q_OBJECT

public:
    explicit RingChart(QWidget *parent = nullptr);

    void setValue(int part, int whole);
    int part() const { return m_part; }
    int whole() const { return m_whole; }
    // The share in whole percent, rounded down so that 99.6 % never reads as all; -1 without a
    // whole.
    int percent() const { return percentOf(m_part, m_whole); }
    static int percentOf(int part, int whole);
    // Paints a ring into the square of `area` in the colours of `palette` (for a page too).
    static void paint(QPainter &painter, const QRectF &area, int part, int whole,
                      const QPalette &palette, const QFont &font);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_part = 0;
    int m_whole = 0;
};

// A bar whose length is its value's share of the largest value beside it, in a tone's colour
// (a finding's severity) or the quiet colour of plain counts.
class BarGauge : public QWidget
{
    Q_OBJECT

public:
    explicit BarGauge(QWidget *parent = nullptr);

    void setValue(int value, int maximum);
    // No tone: the quiet colour of secondary text.
    void setTone(std::optional<ColorScheme::Tone> tone);
    int value() const { return m_value; }
    // Paints a bar into `area` (for a page too).
    static void paint(QPainter &painter, const QRectF &area, int value, int maximum,
                      const QColor &colour);
    static QColor colourOf(std::optional<ColorScheme::Tone> tone, const QPalette &palette);
    // A finding's severity as a tone: high an error, medium a warning, low information; info
    // none.
    static std::optional<ColorScheme::Tone> toneOf(Finding::Severity severity);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_value = 0;
    int m_maximum = 0;
    std::optional<ColorScheme::Tone> m_tone;
};

} // namespace ionos
