#pragma once

#include "models/snapshot/accountsnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ionos {

// The account as each of the last sessions of a profile left it: snapshot files in a folder of
// the user's data folder that the user alone may read, named by the time they were taken. The
// newest kKept are kept.
class SnapshotHistory
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotHistory)

public:
    static constexpr int kKept = 5;

    struct Entry
    {
        QString path;
        QDateTime takenAt; // UTC
    };

    explicit SnapshotHistory(QString folder);
    // The folder of a profile's history under the user's data folder.
    static QString folderOf(const QString &profileName);

    QString folder() const { return m_folder; }
    // Keeps the snapshot and drops all but the newest kKept; empty when kept, else why not.
    QString keep(const AccountSnapshot &snapshot) const;
    // Newest first.
    QList<Entry> entries() const;
    std::optional<Entry> latest() const;

private:
    QString m_folder;
};

} // namespace ionos
