#pragma once

#include "models/access/findings.h"

#include <QObject>

#include <functional>

class QWidget;

namespace ionos {

class SessionMemory;
class Workspace;

// File > Save Posture Report…: the posture report of the signed-in account as a PDF (see
// PostureDocument), with the changes since the last session when the console knows them. Asks
// for the file without blocking; while the account is still loading, the report is written as
// soon as everything is there. Says how it went in the status bar, or in a message box when the
// file could not be written.
class PostureSaver : public QObject
{
    Q_OBJECT

public:
    PostureSaver(Workspace &workspace, const SessionMemory &memory, QString account,
                 QWidget *window);

    void chooseFile();
    void saveTo(const QString &path);
    // Where the clocks of the findings come from (the Findings screen's); the rules' own else.
    void setFindingsOptions(std::function<FindingsRules::Options()> options);

signals:
    void saved(const QString &path);
    void failed(const QString &message);

private:
    Workspace &m_workspace;
    const SessionMemory &m_memory;
    QString m_account;
    QWidget *m_window;
    std::function<FindingsRules::Options()> m_options;
};

} // namespace ionos
