#include "ui/overview/posturesaver.h"

#include "models/overview/posturereport.h"
#include "models/restore/sessionmemory.h"
#include "models/restore/snapshottaker.h"
#include "models/watch/changesummary.h"
#include "models/workspace.h"
#include "ui/common/icons.h"
#include "ui/common/savefilequestion.h"
#include "ui/overview/posturedocument.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace ionos {

PostureSaver::PostureSaver(Workspace &workspace, const SessionMemory &memory, QString account,
                           QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_memory(memory)
    , m_account(std::move(account))
    , m_window(window)
{}

void PostureSaver::setFindingsOptions(std::function<FindingsRules::Options()> options)
{
    m_options = std::move(options);
}

void PostureSaver::chooseFile()
{
    SaveFileQuestion{tr("Save Posture Report"), tr("PDF documents (*.pdf)"), QStringLiteral("pdf"),
                     QStringLiteral("posture"), QStringLiteral("postureFileDialog")}
        .ask(m_window, this, [this](const QString &path) { saveTo(path); });
}

void PostureSaver::saveTo(const QString &path)
{
    auto *main = qobject_cast<QMainWindow *>(m_window);
    if (!m_workspace.isEverythingLoaded() && main)
        main->statusBar()->showMessage(
            tr("The posture report is written to %1 as soon as the account is loaded.").arg(path),
            8000);
    SnapshotTaker::takeWhenLoaded(
        m_workspace, {}, this, [this, path, main](const Result<AccountSnapshot> &now) {
            QString problem;
            if (!now.ok()) {
                problem = now.error().message;
            } else {
                std::optional<PostureReport::SinceBaseline> since;
                if (const auto &last = m_memory.since()) {
                    since = PostureReport::SinceBaseline{
                        last->since, ChangeSummary::phrases(last->changes, last->alerts),
                        last->alerts};
                }
                PostureDocument document(PostureReport::of(
                    m_account, now.value(), m_options ? m_options() : FindingsRules::Options(),
                    std::move(since)));
                problem = document.writePdf(path);
            }
            if (problem.isEmpty()) {
                if (main)
                    main->statusBar()->showMessage(tr("Posture report saved to %1.").arg(path),
                                                   8000);
                emit saved(path);
                return;
            }
            const QString message =
                tr("The posture report could not be saved to %1: %2").arg(path, problem);
            emit failed(message);
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Save Posture Report"), message,
                                        QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("postureFailedMessage"));
            Icons::setMessageIcon(box, QMessageBox::Warning);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

} // namespace ionos
