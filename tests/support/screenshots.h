#pragma once

#include <QImage>
#include <QString>

class QWidget;

// Screens saved as PNG under the build directory, each checked not to be blank.
bool looksDrawn(const QImage &image);
// Saves widget as screenshots/<name> and checks it shows something (GoogleTest expectations).
void saveScreenshot(QWidget *widget, const QString &name);
