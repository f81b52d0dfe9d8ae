#pragma once

#include <QStringList>

class QWidget;

// What a person can make out on a window or dialog, measured from its pixels as drawn (WCAG 2.1):
// every check box and radio button, in a form or in a table's cell, shows its box at 3:1 or more
// against what is around it and, when ticked, a filled box (1.4.11); every text of a label, a
// button, a group's title, a header or a table's cell reaches 4.5:1 against its background
// (1.4.3). Unavailable (disabled) controls are left out, as WCAG leaves them out. Returns what
// falls short, one line each, naming the widget and the figure.
QStringList unreadableParts(QWidget *window);

// The icon and the text of the current item of a list or tree, drawn selected, against the
// highlight: the icon's drawing at 3:1, the text at 4.5:1. Empty when both read.
QStringList unreadableSelection(class QAbstractItemView *view);
