#include "ui/snapshot/snapshotsaver.h"

#include "models/restore/snapshottaker.h"
#include "models/workspace.h"
#include "ui/common/icons.h"
#include "ui/common/savefilequestion.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace ionos {

SnapshotSaver::SnapshotSaver(Workspace &workspace, QList<qint64> contracts, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_contracts(std::move(contracts))
    , m_window(window)
{}

void SnapshotSaver::chooseFile()
{
    SaveFileQuestion{tr("Save Snapshot"), tr("Snapshots (*.json)"), QStringLiteral("json"),
                     QStringLiteral("snapshot"), QStringLiteral("snapshotFileDialog")}
        .ask(m_window, this, [this](const QString &path) { saveTo(path); });
}

void SnapshotSaver::saveTo(const QString &path)
{
    if (!m_workspace.isEverythingLoaded())
        say(tr("The snapshot is saved to %1 as soon as the account is loaded.").arg(path));
    SnapshotTaker::takeWhenLoaded(
        m_workspace, m_contracts, this, [this, path](const Result<AccountSnapshot> &taken) {
            QString problem;
            if (!taken.ok()) {
                problem = taken.error().message;
            } else {
                problem = taken.value().writeFile(path);
            }
            if (problem.isEmpty()) {
                say(tr("Snapshot saved to %1.").arg(path));
                emit saved(path);
                return;
            }
            const QString message =
                tr("The snapshot could not be saved to %1: %2").arg(path, problem);
            emit failed(message);
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Save Snapshot"), message,
                                        QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("snapshotFailedMessage"));
            Icons::setMessageIcon(box, QMessageBox::Warning);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

void SnapshotSaver::say(const QString &text)
{
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(text, 8000);
}

} // namespace ionos
