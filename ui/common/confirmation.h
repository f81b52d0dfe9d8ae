#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QMessageBox;
class QWidget;

namespace ionos {

// The confirmation of a destructive change, the same on every screen: it asks with the count,
// names up to ten of the items and "and N more", says what follows and whether it can be undone,
// and offers a button named after the action beside Cancel, which is the default.
struct Confirmation
{
    QString title;       // "Delete Users"
    QString question;    // "Delete these 3 users?"
    QStringList names;   // what it changes, as a person recognises it
    QString consequence; // what follows
    QString undo;        // how it can be undone; empty: it cannot
    QString confirmText; // "Delete", "Remove", "Stop Sharing"
    QString objectName;
    // What the change does to who may do what (AccessDifference::lines()), when worked out:
    // the first lines with the question, all of them behind Show Details.
    std::optional<QStringList> effects;
    bool effectsComplete = true; // false while the account still loads

    static constexpr int kMostNamed = 10;
    static constexpr int kMostEffects = 6;
    // The names, one per line, the first ten and "and N more".
    static QString listed(const QStringList &names);
    // The effects as the question shows them: the first few, the number of the others.
    static QString effectsText(const QStringList &effects, bool complete);

    // Opens it (window-modal, without blocking); confirmed runs when the action's button is
    // pressed.
    QMessageBox *ask(QWidget *parent, std::function<void()> confirmed) const;
};

} // namespace ionos
