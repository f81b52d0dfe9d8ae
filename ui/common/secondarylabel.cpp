#include "ui/common/secondarylabel.h"

#include "ui/common/colorscheme.h"

#include <QEvent>

namespace ionos {

SecondaryLabel::SecondaryLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    followPalette();
}

void SecondaryLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void SecondaryLabel::followPalette()
{
    // Only the text's colour is the label's own; the rest comes from its window as before. Set
    // only when it differs, so that the change it makes does not come back here for ever.
    QPalette own = palette();
    QPalette inherited = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor wanted = ColorScheme::secondaryText(inherited);
    if (own.color(QPalette::WindowText) == wanted)
        return;
    own.setColor(QPalette::WindowText, wanted);
    setPalette(own);
}

} // namespace ionos
