#pragma once

#include <QString>
#include <QStringList>

namespace ionos {

// What became of one item of a batch change (a row of an import, a user offboarded): done when
// every write it took is done; failed with the server's words when one failed.
struct ItemOutcome
{
    enum class State
    {
        NotRun, // it took no write
        Waiting,
        Done,
        Failed,
        Cancelled, // some of its writes were not sent: the change was cancelled first
    };

    State state = State::NotRun;
    QString message;        // failed or cancelled: why
    QStringList requestIds; // the server's ids of its changes
    QString createdId;      // a user it created: the new id

    // done, failed, cancelled; empty for the others.
    static QString stateName(State state)
    {
        switch (state) {
        case State::Done:
            return QStringLiteral("done");
        case State::Failed:
            return QStringLiteral("failed");
        case State::Cancelled:
            return QStringLiteral("cancelled");
        case State::NotRun:
        case State::Waiting:
            break;
        }
        return {};
    }
};

} // namespace ionos
