#pragma once

#include "models/offboard/offboardplan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace ionos {

class MessageBanner;
class RestoreReportModel;
class RestoreRunner;
class Workspace;

// Users screen, Offboard…: people leaving, in one step. For the selected users it lists what it
// takes (deactivating them, removing them from every group, deactivating their active Object
// Storage keys), each write as a step, and the resources they created with who else reaches
// each and which is left without a keeper. Offboard asks with the difference in effective
// access, then runs the steps through the console's own paths as one entry of the Activity log
// that can be undone, with each step's outcome, progress and Stop.
class OffboardDialog : public QDialog
{
    Q_OBJECT

public:
    OffboardDialog(Workspace &workspace, QStringList userIds, QWidget *parent = nullptr);
    ~OffboardDialog() override;

    RestoreReportModel *steps() const { return m_steps; }
    QTableWidget *owned() const { return m_owned; }
    const OffboardPlan &plan() const { return m_plan; }
    bool isPlanning() const { return m_planning > m_planned; }
    bool isRunning() const;

signals:
    void planned();
    void offboarded();

private:
    void makePlan();
    void showPlan(const OffboardPlan &plan);
    void confirm();
    void run();
    void runFinished(bool complete);
    void setBusy(bool busy);

    Workspace &m_workspace;
    QStringList m_userIds;
    OffboardPlan m_plan;
    OffboardPlan::Writes m_writes;
    quint64 m_planning = 0;
    quint64 m_planned = 0;

    MessageBanner *m_banner;
    QLabel *m_intro;
    QLabel *m_people;
    QLabel *m_ownedTitle;
    QTableWidget *m_owned;
    QTableView *m_table;
    RestoreReportModel *m_steps;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_offboard;
    QPushButton *m_stop;
    RestoreRunner *m_runner;
};

} // namespace ionos
