#pragma once

#include <QStringList>

class QWidget;

// Every text a person sees on a window now: labels, buttons, group titles, tabs, table headers,
// the cells of lists, tables and trees on screen (expanded branches too), toolbar buttons, each
// with where it is, as "where: text".
QStringList visibleTexts(QWidget *window);
