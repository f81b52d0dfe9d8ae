#pragma once

#include "ui/common/celldelegate.h"

#include <QList>
#include <QString>

class QAbstractItemView;
class QHeaderView;

namespace ionos {

// How a table's (or a tree's) columns share the width: names and e-mails first, ids and yes/no
// columns narrow, yes/no drawn as check marks, no row wraps, e-mails and ids elided in the middle.
// The first fit follows the content (with a maximum per kind); widths the person sets are kept per
// language, so German headers never inherit English widths.
class TableColumns
{
public:
    enum class Kind
    {
        Name,    // a person's or a thing's name
        Email,   // elided in the middle
        Id,      // narrow, elided in the middle
        Boolean, // a check mark for yes, nothing for no
        Date,
        Number,
        Text,  // free text, the widest
        Label, // a short word or phrase of a few kinds (a type, a state, a severity)
    };
    struct Column
    {
        int column;
        Kind kind;
    };

    // Sets a table or a tree up (after its model); the widths are fitted when the first rows
    // arrive and saved under settingsKey and the language in use.
    static void install(QAbstractItemView *view, const QList<Column> &columns,
                        const QString &settingsKey);
    // Fits the columns to their content unless the person's widths were restored; call when
    // rows have arrived. Returns true when it fitted.
    static bool fitOnce(QAbstractItemView *view);
    // Widens the names and e-mails that the rows on screen would cut, unless the person set
    // the widths; called as rows arrive and scroll into sight.
    static void widenNames(QAbstractItemView *view);
    // The columns whose cells name the row (Name and Email): what is never cut.
    static QList<int> namingColumns(const QAbstractItemView *view);
    // The columns of a kind.
    static QList<int> columnsOf(const QAbstractItemView *view, Kind kind);
    // The header of a table's or a tree's columns.
    static QHeaderView *headerOf(const QAbstractItemView *view);
    // The settings key of the widths for the language in use.
    static QString widthsKey(const QString &settingsKey);
    // The most a column of this kind takes at the first fit, in pixels at the font's size.
    static int maximumWidth(Kind kind, const QFontMetrics &metrics);

private:
    // The free text that takes what the others leave; -1 for none.
    static int stretchingColumn(const QAbstractItemView *view);
    // Whether the column takes what the window leaves (it is resized with the window).
    static bool followsTheWindow(const QAbstractItemView *view, int logical);
    // The widest cell of a column: in a tree, of every row, collapsed ones too.
    static int contentWidth(const QAbstractItemView *view, int column);
};

// Draws a typed yes/no (ExportValueRole, else the check state) as a check mark, centred; the
// text stays in the model for screen readers and exports.
class BooleanDelegate : public CellDelegate
{
    Q_OBJECT
public:
    using CellDelegate::CellDelegate;
    static bool isYes(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// Right-aligns a cell's number, so that the digits of a column line up.
class NumberDelegate : public CellDelegate
{
    Q_OBJECT
public:
    using CellDelegate::CellDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// Elides a cell's text in the middle ("clara.a…@example.com"), where e-mails and ids differ.
class MiddleElideDelegate : public CellDelegate
{
    Q_OBJECT
public:
    using CellDelegate::CellDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ionos
