#pragma once

#include <QProxyStyle>

namespace ionos {

// The console's style: Fusion, with check boxes and radio buttons whose box and state read at
// 3:1 or more in the light and the dark palette alike (Fusion draws a box's edge barely apart
// from the window, which on a dark palette all but vanishes, and a ticked box as a bare tick),
// and icons of a selected row drawn in the selection's text colour instead of tinted into it.
class ConsoleStyle : public QProxyStyle
{
    Q_OBJECT
public:
    ConsoleStyle();

    // Makes it the application's style, with a readable palette.
    static void install();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    QPixmap generatedIconPixmap(QIcon::Mode mode, const QPixmap &pixmap,
                                const QStyleOption *option) const override;

private:
    static void drawCheckBox(const QStyleOption *option, QPainter *painter);
    static void drawRadioButton(const QStyleOption *option, QPainter *painter);
};

} // namespace ionos
