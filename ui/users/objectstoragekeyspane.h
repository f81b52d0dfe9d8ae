#pragma once

#include "models/bulkresult.h"

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ionos {

class MessageBanner;
class Workspace;

// The "Object Storage Keys" tab of a user, as the DCD's Users & Groups has it: the user's keys
// (shortened in the middle, created, age, active) and "3 of 5 keys"; Generate Key, whose secret a
// dialog shows once; Activate, Deactivate and Delete, confirmed; and Open Object Storage, which
// signs the user in to the Object Storage console in the browser. The keys are read when the tab
// is shown, not before.
class ObjectStorageKeysPane : public QWidget
{
    Q_OBJECT

public:
    explicit ObjectStorageKeysPane(Workspace &workspace, QWidget *parent = nullptr);

    // The user whose keys the tab shows; read from the server once the tab is visible.
    void showUser(const QString &userId);
    QTableView *table() const { return m_table; }

    void generateKey();
    void activateSelected();
    void deactivateSelected();
    void deleteSelected();
    void openObjectStorage();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The keys chosen in the table, by id.
    QStringList selectedKeyIds() const;
    // How many of the user's keys stay active when these are turned off or deleted.
    int activeLeftWithout(const QStringList &keyIds) const;
    void setActive(const QStringList &keyIds, bool active);
    void updateCommands();
    void bulkFinished(const QList<ItemResult> &results);
    QString userName() const;

    Workspace &m_workspace;
    QString m_userId;
    MessageBanner *m_banner;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_generate;
    QPushButton *m_activate;
    QPushButton *m_deactivate;
    QPushButton *m_delete;
    QPushButton *m_open;
    QProgressBar *m_progress;
    QAction *m_activateAction = nullptr;
    QAction *m_deactivateAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace ionos
