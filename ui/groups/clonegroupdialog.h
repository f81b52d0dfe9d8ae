#pragma once

#include "models/restore/groupclone.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ionos {

class MessageBanner;
class RestoreReportModel;
class RestoreRunner;
class Workspace;

// Groups screen, Clone Group…: a new group with the same privileges and shares (with their
// rights) as the selected one, and its members when asked; each write listed, asked with the
// difference in effective access, made through the console's own paths as one entry of the
// Activity log that can be undone.
class CloneGroupDialog : public QDialog
{
    Q_OBJECT

public:
    CloneGroupDialog(Workspace &workspace, const QString &groupId, QWidget *parent = nullptr);
    ~CloneGroupDialog() override;

    RestoreReportModel *steps() const { return m_steps; }
    bool isRunning() const;

signals:
    // The new group was made (its id), whatever became of its shares and members.
    void cloned(const QString &groupId);
    // The writes ended.
    void cloneFinished();

private:
    void plan();
    void confirm();
    void run();
    void runFinished(bool complete);

    Workspace &m_workspace;
    QString m_groupId;
    QString m_sourceName;
    GroupClone::Writes m_writes;
    MessageBanner *m_banner;
    QLabel *m_intro;
    QLineEdit *m_name;
    QCheckBox *m_withMembers;
    QTableView *m_table;
    RestoreReportModel *m_steps;
    QDialogButtonBox *m_buttons;
    QPushButton *m_clone;
    RestoreRunner *m_runner;
};

} // namespace ionos
