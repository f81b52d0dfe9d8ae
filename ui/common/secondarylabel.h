#pragma once

#include <QLabel>

namespace ionos {

// A label for what says less than the text beside it (an explanation, a hint): quieter than the
// text, readable still, in the light and the dark palette and after either changes.
class SecondaryLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SecondaryLabel(const QString &text, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();
};

} // namespace ionos
