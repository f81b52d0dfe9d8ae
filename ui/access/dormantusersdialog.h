#pragma once

#include "models/offboard/offboardplan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ionos {

class MessageBanner;
class RestoreReportModel;
class RestoreRunner;
class Workspace;

// Findings screen, Deactivate All Inactive Users…: every user an inactive-with-access finding
// names, listed with their last sign-in and ticked; untick the exceptions. Deactivate asks with
// the difference in effective access, then deactivates the ticked users through the console's
// own paths as one entry of the Activity log that can be undone, with each write's outcome.
class DormantUsersDialog : public QDialog
{
    Q_OBJECT

public:
    DormantUsersDialog(Workspace &workspace, const QStringList &userIds, QWidget *parent = nullptr);
    ~DormantUsersDialog() override;

    QListWidget *users() const { return m_users; }
    RestoreReportModel *steps() const { return m_steps; }
    bool isRunning() const;
    // The users ticked.
    QStringList chosen() const;

signals:
    void deactivated();

private:
    void countChosen();
    void confirm();
    void run();
    void runFinished(bool complete);
    void setBusy(bool busy);

    Workspace &m_workspace;
    OffboardPlan::Writes m_writes;
    MessageBanner *m_banner;
    QLabel *m_intro;
    QListWidget *m_users;
    QLabel *m_count;
    QTableView *m_table;
    RestoreReportModel *m_steps;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_deactivate;
    QPushButton *m_stop;
    RestoreRunner *m_runner;
};

} // namespace ionos
