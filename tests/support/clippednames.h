#pragma once

#include "ui/common/tablecolumns.h"

#include <QList>
#include <QStringList>

class QWidget;

// Whether a cut cell whose tool tip holds its whole text counts as readable.
enum class Tooltips
{
    Ignore,
    Count,
};

// The cells of the given kinds on screen under a widget whose text is cut or scrolled out of
// sight, one line each with the table, the row, the text and the column.
QStringList clippedCells(QWidget *under, const QList<ionos::TableColumns::Kind> &kinds,
                         Tooltips tooltips = Tooltips::Ignore);

// The cells that name their row (a user, a group, a resource, an admin: the columns a table
// declares as names and e-mails) that are cut.
QStringList clippedNames(QWidget *window);

// The free text on screen (a finding's why, a review row's reason) that is cut and cannot be
// read whole in its tool tip either.
QStringList unreadableExplanations(QWidget *window);
