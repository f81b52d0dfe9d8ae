#pragma once

#include <QObject>

class QWidget;

namespace ionos {

class Workspace;

// File > Save Snapshot…: the signed-in account as a snapshot file. Asks for the file without
// blocking; while the account is still loading, it is saved as soon as everything is there.
// Says how it went in the window's status bar, or in a message box when it could not be saved.
class SnapshotSaver : public QObject
{
    Q_OBJECT

public:
    SnapshotSaver(Workspace &workspace, QList<qint64> contracts, QWidget *window);

    void chooseFile();
    void saveTo(const QString &path);

signals:
    void saved(const QString &path);
    void failed(const QString &message);

private:
    void say(const QString &text);

    Workspace &m_workspace;
    QList<qint64> m_contracts;
    QWidget *m_window;
};

} // namespace ionos
