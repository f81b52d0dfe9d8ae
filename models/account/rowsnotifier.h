#pragma once

#include <QObject>

namespace ionos {

// What a change to a keyed list of rows says, before and after, so that a table showing the rows
// can follow it (begin and end of an insertion, a removal or a reset; a changed row).
class RowsNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void aboutToReset();
    void wasReset();
    void aboutToInsert(int first, int last);
    void inserted();
    void aboutToRemove(int row);
    void removed();
    void changed(int row);
    // A change to the row is in progress, or no longer.
    void pendingChanged(int row);
};

} // namespace ionos
