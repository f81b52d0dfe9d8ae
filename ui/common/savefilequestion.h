#pragma once

#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace ionos {

// Where to save a file of one kind, asked without blocking: a save dialog with the kind's filter,
// its suffix added when none is typed, and a name suggested (with the time, so that a second
// file does not replace the first).
struct SaveFileQuestion
{
    QString title;
    QString filter;     // "Snapshots (*.json)"
    QString suffix;     // "json"
    QString namePrefix; // "snapshot": suggests snapshot-2026-12-07-0930.json
    QString objectName; // of the dialog, for tests

    // chosen hears the path, not when context is gone.
    void ask(QWidget *window, QObject *context, std::function<void(const QString &)> chosen) const;
};

} // namespace ionos
