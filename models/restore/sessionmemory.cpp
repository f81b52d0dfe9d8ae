#include "models/restore/sessionmemory.h"

#include "models/restore/snapshottaker.h"
#include "models/snapshot/restoreplan.h"
#include "models/workspace.h"
#include "network/offthread.h"

#include <QSettings>

namespace ionos {
namespace {

const QString kEnabledKey = QStringLiteral("sessions/keepAccount");

} // namespace

SessionMemory::SessionMemory(Workspace &workspace, const QString &profileName, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_profileName(profileName)
    , m_history(SnapshotHistory::folderOf(profileName))
{
    if (!isEnabled() || profileName.isEmpty())
        return;
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(&workspace, &Workspace::everythingLoaded, this, [this, once] {
        disconnect(*once);
        compare();
    });
}

bool SessionMemory::isEnabled()
{
    return QSettings().value(kEnabledKey, true).toBool();
}

void SessionMemory::setEnabled(bool enabled)
{
    QSettings().setValue(kEnabledKey, enabled);
}

QString SessionMemory::keep()
{
    if (!isEnabled() || m_profileName.isEmpty() || !m_workspace.isEverythingLoaded())
        return {};
    return m_history.keep(SnapshotTaker::ofLoaded(m_workspace));
}

QString SessionMemory::savedKey() const
{
    return QStringLiteral("sessions/%1/lastSaved")
        .arg(QString::fromLatin1(m_profileName.toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
}

void SessionMemory::noteSaved(const QDateTime &at)
{
    QSettings().setValue(savedKey(), at.toUTC());
}

std::optional<QDateTime> SessionMemory::lastSnapshotAt() const
{
    std::optional<QDateTime> last;
    if (const auto kept = m_history.latest())
        last = kept->takenAt;
    const QDateTime saved = QSettings().value(savedKey()).toDateTime();
    if (saved.isValid() && (!last || saved > *last))
        last = saved;
    return last;
}

void SessionMemory::compare()
{
    const std::optional<SnapshotHistory::Entry> last = m_history.latest();
    if (!last)
        return;
    // Reading a snapshot of thousands of users and comparing it takes a moment: not here.
    runOffThread(
        this,
        [path = last->path,
         now = SnapshotTaker::ofLoaded(m_workspace)]() -> std::optional<SinceLastSession> {
            const Result<AccountSnapshot> kept = AccountSnapshot::readFile(path);
            // Another account under the same profile's name says nothing about this one.
            if (!kept.ok() || !RestorePlan::refusal(kept.value(), now).isEmpty())
                return std::nullopt;
            SinceLastSession since;
            since.path = path;
            since.since = kept.value().takenAt;
            since.changes = SnapshotDiff::between(kept.value(), now);
            since.alerts = WatchRules::between(kept.value(), now);
            return since;
        },
        [this](const std::optional<SinceLastSession> &since) {
            if (!since)
                return;
            m_since = since;
            emit compared(*since);
        });
}

} // namespace ionos
