#pragma once

#include "models/bulkresult.h"
#include "models/snapshot/restoreplan.h"

#include <QHash>
#include <QObject>

namespace ionos {

class Workspace;

// What became of one step of a restore.
struct RestoreOutcome
{
    enum class State
    {
        Waiting,
        Done,
        Failed,    // message: the server's words
        Skipped,   // message: why it was not tried (it cannot be restored, or what it needs failed)
        Cancelled, // not sent: the restore was cancelled first
    };

    State state = State::Waiting;
    QString message;
    QString requestId; // the server's id of the change, once it accepted it
    QString createdId; // a group or user created again: its new id

    bool isLeft() const { return state != State::Done; }
};

// Runs the steps of a restore plan through the console's own write paths (the controllers of the
// workspace, so every write is in the activity log, marked on its row and retried like any
// other): first groups and users created again and properties set back, then members and shares
// (a group created again by its new id), then what was removed, last what is deleted. A step
// that needs a group or user whose creation failed is skipped. Every step gets its outcome.
class RestoreRunner : public QObject
{
    Q_OBJECT

public:
    explicit RestoreRunner(Workspace &workspace, QObject *parent = nullptr);

    // passwords: for the users to create again, by their id in the snapshot; descriptions: one
    // per step, for the activity log's entry of the whole restore (which can undo it).
    void run(const QList<RestoreStep> &steps, const QHash<QString, QString> &passwords = {},
             const QStringList &descriptions = {});
    // Steps not sent yet are cancelled; those on their way end as the server decides.
    void cancel();
    // The activity log's title of the run's entry ("Import users"); a restore's by default.
    void setJournal(const QString &title);
    bool isRunning() const { return m_running; }

    const QList<RestoreStep> &steps() const { return m_steps; }
    const QList<RestoreOutcome> &outcomes() const { return m_outcomes; }
    // The number of steps that are not done (failed, skipped, cancelled or waiting).
    int leftCount() const;
    // A step done, for the report: "what: new id X (request Y)", as much as is known.
    static QString doneText(const QString &what, const RestoreOutcome &outcome);

signals:
    void stepFinished(int index);
    void progress(int done, int total);
    // complete: every step is done.
    void finished(bool complete);

private:
    using Kind = RestoreStep::Kind;

    void startPhase();
    void startCreationsAndUpdates(const QList<int> &indexes);
    void sendQueued();
    void callEnded();
    ApiCall *createGroup(int index, const restore::CreateGroup &step);
    ApiCall *createUser(int index, const restore::CreateUser &step);
    // Settles the step with the outcome of its call, and ends the operation.
    template <typename T> std::function<void(const Result<T> &)> settleWith(int index);
    // The same for a creation, which also notes the new id (empty when it failed) in ids.
    template <typename T>
    std::function<void(const Result<T> &)> settleCreation(int index, const QString &snapshotId,
                                                          QHash<QString, QString> &ids);
    void startMembers(Kind kind, const QList<int> &indexes);
    void startSharePuts(const QList<int> &indexes);
    void putNextShare(const std::shared_ptr<QList<int>> &chain);
    void startShareRemovals(const QList<int> &indexes);
    void startDeletions(Kind kind, const QList<int> &indexes);

    // The group or user the step names, as the account knows it now; empty (and the step
    // skipped) when it was to be created again and that failed.
    QString groupOf(int index);
    QString userOf(int index);
    void begin(int operations);
    void settle(int index, RestoreOutcome outcome);
    void settleResults(const QHash<QString, int> &byKey, const QList<ItemResult> &results);
    void operationEnded();
    static RestoreOutcome notSent();
    void journal();
    UndoScope touched() const;

    Workspace &m_workspace;
    QList<RestoreStep> m_steps;
    QList<RestoreOutcome> m_outcomes;
    QHash<QString, QString> m_passwords;
    QStringList m_descriptions;
    AccountSnapshot m_before; // the account as loaded when the run started, to undo it
    QHash<QString, QString> m_createdGroups; // snapshot id -> new id (empty: it failed)
    QHash<QString, QString> m_createdUsers;
    QString m_journalTitle;
    QList<int> m_queued; // creations and updates not sent yet
    int m_inFlight = 0;
    int m_phase = 0;
    int m_operations = 0; // of the phase, still running
    int m_settled = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace ionos
