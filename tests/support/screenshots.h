#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

class QWidget;

// Whether a widget is on screen in the window: shown, and not wholly covered by its parents
// (scrolled out of a scroll area).
bool isShownOn(QWidget *widget, QWidget *window);

// Screens saved as PNG under the build directory, each checked not to be blank.
bool looksDrawn(const QImage &image);
// Saves widget as screenshots/<name> and checks it shows something (GoogleTest expectations).
void saveScreenshot(QWidget *widget, const QString &name);
// What a person cannot read whole on the window as shown: a label, a button or a tab whose text
// is wider than its room, or a column header narrower than its title. Eliding on purpose (the
// free-text columns, which stretch) is not clipping.
QStringList clippedTexts(QWidget *window);
