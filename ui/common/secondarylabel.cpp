#include "ui/common/secondarylabel.h"

#include "ui/common/colorscheme.h"

#include <QEvent>

namespace ionos {

ToneLabel::ToneLabel(Colour colour, const QString &text, QWidget *parent)
    : QLabel(text, parent)
    , m_colour(colour)
{
    followPalette();
}

QColor ToneLabel::warning(const QPalette &window)
{
    return ColorScheme::colors(ColorScheme::Tone::Warning, window).accent;
}

void ToneLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
        followPalette();
}

void ToneLabel::followPalette()
{
    // Only the text's colour is the label's own; the rest comes from its window as before. Set
    // only when it differs, so that the change it makes does not come back here for ever.
    QPalette own = palette();
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor wanted = m_colour(inherited);
    if (own.color(QPalette::WindowText) == wanted)
        return;
    own.setColor(QPalette::WindowText, wanted);
    setPalette(own);
}

SecondaryLabel::SecondaryLabel(const QString &text, QWidget *parent)
    : ToneLabel(&ColorScheme::secondaryText, text, parent)
{}

} // namespace ionos
