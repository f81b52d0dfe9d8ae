#include "ui/common/consolestyle.h"

#include "ui/common/colorscheme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>
#include <QStyleOption>

namespace ionos {

ConsoleStyle::ConsoleStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{}

void ConsoleStyle::install()
{
    QApplication::setStyle(new ConsoleStyle);
    QApplication::setPalette(ColorScheme::readable(QApplication::palette()));
}

void ConsoleStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                 QPainter *painter, const QWidget *widget) const
{
    switch (element) {
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
        drawCheckBox(option, painter);
        return;
    case PE_IndicatorRadioButton:
        drawRadioButton(option, painter);
        return;
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
}

void ConsoleStyle::drawCheckBox(const QStyleOption *option, QPainter *painter)
{
    const bool enabled = option->state & State_Enabled;
    const ColorScheme::ControlColors colors = ColorScheme::controls(option->palette, enabled);
    const bool on = option->state & State_On;
    const bool partly = option->state & State_NoChange;
    // A square in the middle of the space given, on whole pixels so that the edge is sharp.
    const int side = std::min(option->rect.width(), option->rect.height()) - 1;
    QRectF box(0, 0, side, side);
    box.moveCenter(QRectF(option->rect).center());
    box = QRectF(std::round(box.x()) + 0.5, std::round(box.y()) + 0.5, side - 1, side - 1);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool hovered = enabled && (option->state & State_MouseOver);
    if (on || partly) {
        painter->setPen(QPen(colors.fill, 1));
        painter->setBrush(colors.fill);
    } else {
        painter->setPen(QPen(hovered ? colors.fill : colors.edge, 1));
        painter->setBrush(
            option->palette.brush(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Base));
    }
    painter->drawRoundedRect(box, 2, 2);
    QPen mark(colors.mark, std::max(1.6, side / 7.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(mark);
    painter->setBrush(Qt::NoBrush);
    if (on) {
        QPainterPath tick;
        tick.moveTo(box.left() + box.width() * 0.24, box.top() + box.height() * 0.52);
        tick.lineTo(box.left() + box.width() * 0.42, box.top() + box.height() * 0.72);
        tick.lineTo(box.left() + box.width() * 0.78, box.top() + box.height() * 0.30);
        painter->drawPath(tick);
    } else if (partly) {
        const qreal y = box.center().y();
        painter->drawLine(QPointF(box.left() + box.width() * 0.25, y),
                          QPointF(box.right() - box.width() * 0.25, y));
    }
    painter->restore();
}

void ConsoleStyle::drawRadioButton(const QStyleOption *option, QPainter *painter)
{
    const bool enabled = option->state & State_Enabled;
    const ColorScheme::ControlColors colors = ColorScheme::controls(option->palette, enabled);
    const bool on = option->state & State_On;
    const int side = std::min(option->rect.width(), option->rect.height()) - 1;
    QRectF circle(0, 0, side - 1, side - 1);
    circle.moveCenter(QRectF(option->rect).center());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool hovered = enabled && (option->state & State_MouseOver);
    // A ring of one pixel is mostly half-covered pixels: half a pixel more keeps it whole.
    painter->setPen(QPen(on || hovered ? colors.fill : colors.edge, 1.5));
    painter->setBrush(
        option->palette.brush(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Base));
    painter->drawEllipse(circle);
    if (on) {
        const qreal inset = circle.width() * 0.27;
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.fill);
        painter->drawEllipse(circle.adjusted(inset, inset, -inset, -inset));
    }
    painter->restore();
}

QPixmap ConsoleStyle::generatedIconPixmap(QIcon::Mode mode, const QPixmap &pixmap,
                                          const QStyleOption *option) const
{
    if (mode != QIcon::Selected || !option)
        return QProxyStyle::generatedIconPixmap(mode, pixmap, option);
    // The drawing in the selected text's colour, so that it reads on the highlight as the text
    // beside it does; its light details (a tick, a mark drawn white on the shape) are cut out
    // of it, so that they still show, now in the highlight's colour.
    QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    const QColor ink = option->palette.color(QPalette::HighlightedText);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QColor drawn = QColor::fromRgba(line[x]);
            const qreal darkness = std::clamp((1.0 - drawn.lightnessF()) * 2.0, 0.0, 1.0);
            QColor shown = ink;
            shown.setAlphaF(drawn.alphaF() * darkness);
            line[x] = shown.rgba();
        }
    }
    QPixmap shape = QPixmap::fromImage(image);
    shape.setDevicePixelRatio(pixmap.devicePixelRatio());
    return shape;
}

} // namespace ionos
