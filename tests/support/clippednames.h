#pragma once

#include <QStringList>

class QWidget;

// The cells that name their row (a user, a group, a resource, an admin: the columns a table
// declares as names and e-mails) on screen whose text is cut or scrolled out of sight, one line
// each with the table, the row and the text.
QStringList clippedNames(QWidget *window);
