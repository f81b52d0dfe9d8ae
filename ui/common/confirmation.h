#pragma once

#include "models/access/whatif.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QMessageBox;
class QWidget;

namespace ionos {

// The confirmation of a change, the same on every screen: it asks with the count, names up to
// ten of the items and "and N more", says what follows and whether it can be undone, and offers a
// button named after the action beside Cancel, which is the default. With a preview it also says
// what the change does to who may do what, worked out on a worker thread while it asks.
struct Confirmation
{
    QString title;       // "Delete Users"
    QString question;    // "Delete these 3 users?"
    QStringList names;   // what it changes, as a person recognises it
    QString consequence; // what follows
    QString undo;        // how it can be undone; empty: it cannot
    QString confirmText; // "Delete", "Remove", "Stop Sharing"
    QString objectName;
    bool destructive = true; // false: a change that grants or alters rights
    // The change staged on the loaded access: what it does to who may do what is shown with the
    // question, the first lines there and all of them behind Show Details.
    std::optional<WhatIf> preview;
    bool previewComplete = true; // false while the account still loads

    // A property of the question while its preview is still being worked out.
    static constexpr const char *kPreviewPending = "previewPending";
    static constexpr int kMostNamed = 10;
    static constexpr int kMostEffects = 6;
    // The names, one per line, the first ten and "and N more".
    static QString listed(const QStringList &names);
    // The effects as the question shows them: the first few, the number of the others.
    static QString effectsText(const QStringList &effects, bool complete);

    // Opens it (window-modal, without blocking); confirmed runs when the action's button is
    // pressed.
    QMessageBox *ask(QWidget *parent, std::function<void()> confirmed) const;
    // For a change with a preview that needs no question of its own: the preview is worked out
    // first (off the main thread); when nobody's access changes, confirmed runs at once,
    // otherwise it asks. settled runs first in both cases (to end a busy state).
    void askIfAccessChanges(QWidget *parent, std::function<void()> confirmed,
                            std::function<void()> settled = {}) const;

private:
    QMessageBox *open(QWidget *parent, std::function<void()> confirmed,
                      const std::optional<QStringList> &effects) const;
    QString afterwards() const;
};

} // namespace ionos
