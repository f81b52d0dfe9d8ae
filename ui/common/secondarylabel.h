#pragma once

#include <QLabel>

namespace ionos {

// A label whose text takes a colour made from its window's palette, and takes it again when
// the palette changes (light to dark and back); the rest of its palette is its window's.
class ToneLabel : public QLabel
{
    Q_OBJECT
public:
    using Colour = QColor (*)(const QPalette &window);
    ToneLabel(Colour colour, const QString &text, QWidget *parent = nullptr);

    // A warning's colour, readable on the window in either palette.
    static QColor warning(const QPalette &window);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();

    Colour m_colour;
};

// A label for what says less than the text beside it (an explanation, a hint): quieter than the
// text, readable still, in the light and the dark palette and after either changes.
class SecondaryLabel : public ToneLabel
{
    Q_OBJECT
public:
    explicit SecondaryLabel(const QString &text, QWidget *parent = nullptr);
};

} // namespace ionos
