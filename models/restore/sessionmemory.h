#pragma once

#include "models/snapshot/snapshotdiff.h"
#include "models/snapshot/snapshothistory.h"
#include "models/watch/watchrules.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace ionos {

class Workspace;

// What changed in the account since the last session of the profile ended.
struct SinceLastSession
{
    QString path;    // the snapshot that session left
    QDateTime since; // when it was taken
    QList<SnapshotChange> changes;
    QList<WatchAlert> alerts;
};

// The account as the sessions of a profile leave it: kept when a session ends (when everything
// was loaded, in the profile's SnapshotHistory), and compared with the account once the next
// session has loaded everything. A person can turn it off; then nothing is kept or compared.
class SessionMemory : public QObject
{
    Q_OBJECT

public:
    SessionMemory(Workspace &workspace, const QString &profileName, QObject *parent = nullptr);

    // The setting, for every profile; on unless turned off.
    static bool isEnabled();
    static void setEnabled(bool enabled);

    // Keeps the account as it is now, when everything is loaded and the setting is on; empty
    // when kept or not to be kept, else why not.
    QString keep();
    const SnapshotHistory &history() const { return m_history; }
    // When the last snapshot of the account was taken: kept here, or saved with Save Snapshot
    // (noteSaved) in this or an earlier session.
    std::optional<QDateTime> lastSnapshotAt() const;
    void noteSaved(const QDateTime &at);
    const std::optional<SinceLastSession> &since() const { return m_since; }

signals:
    // The comparison with the last session is there (after the load, on a worker thread).
    void compared(const ionos::SinceLastSession &since);

private:
    void compare();
    QString savedKey() const;

    Workspace &m_workspace;
    QString m_profileName;
    SnapshotHistory m_history;
    std::optional<SinceLastSession> m_since;
};

} // namespace ionos
