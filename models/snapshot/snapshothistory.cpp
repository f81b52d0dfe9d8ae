#include "models/snapshot/snapshothistory.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace ionos {
namespace {

const QString kPrefix = QStringLiteral("session-");
const QString kSuffix = QStringLiteral(".json");
const QString kTimeFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

} // namespace

SnapshotHistory::SnapshotHistory(QString folder)
    : m_folder(std::move(folder))
{}

QString SnapshotHistory::folderOf(const QString &profileName)
{
    // A profile's name may hold any character; encoded, it is one safe folder name.
    const QString safe = QString::fromLatin1(QUrl::toPercentEncoding(profileName, " ()@+,"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/sessions/") + safe;
}

QString SnapshotHistory::keep(const AccountSnapshot &snapshot) const
{
    QDir dir(m_folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return tr("%1 cannot be created.").arg(m_folder);
    // Who may do what in an account is for the user's eyes alone.
    QFile::setPermissions(m_folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString name = kPrefix + snapshot.takenAt.toUTC().toString(kTimeFormat) + kSuffix;
    if (const QString problem = snapshot.writeFile(dir.filePath(name)); !problem.isEmpty())
        return problem;
    const QList<Entry> all = entries();
    for (qsizetype i = kKept; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    return {};
}

QList<SnapshotHistory::Entry> SnapshotHistory::entries() const
{
    QList<Entry> out;
    const QDir dir(m_folder);
    for (const QString &name :
         dir.entryList({kPrefix + QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Name)) {
        QDateTime at =
            QDateTime::fromString(name.mid(kPrefix.size()).chopped(kSuffix.size()), kTimeFormat);
        if (!at.isValid())
            continue;
        at.setTimeSpec(Qt::UTC);
        out.append({dir.filePath(name), at});
    }
    std::sort(out.begin(), out.end(),
              [](const Entry &a, const Entry &b) { return a.takenAt > b.takenAt; });
    return out;
}

std::optional<SnapshotHistory::Entry> SnapshotHistory::latest() const
{
    const QList<Entry> all = entries();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

} // namespace ionos
