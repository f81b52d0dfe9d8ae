#pragma once

#include "models/snapshot/accountsnapshot.h"
#include "models/snapshot/restoreplan.h"
#include "models/snapshot/snapshotdiff.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ionos {

class MessageBanner;
class RestoreReportModel;
class RestoreRunner;
class Workspace;

// Puts chosen changes back as a snapshot has them: lists the writes it takes (worked out against
// the account as loaded now, so that after a fault or a cancel only what is still missing is
// left), asks for the new passwords of users to create again, offers to delete what is not in
// the snapshot, asks with the difference in effective access, then runs the writes through the
// console's own paths and reports each one's outcome. Run Again does what is still missing.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(Workspace &workspace, QList<qint64> contracts, AccountSnapshot target,
                  QList<SnapshotChange> chosen, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    RestoreReportModel *report() const { return m_report; }
    QTableView *table() const { return m_table; }
    bool isRunning() const;
    // The dialog as the undo of a bulk change: its title ("Undo: Delete users"), Undo on its
    // button and in its question, and what the change touched in place of chosen changes.
    void setUndo(const QString &title, const UndoScope &scope);

signals:
    // A run ended: the account changed.
    void restored();

private:
    void plan();
    void planAgainst(const AccountSnapshot &now);
    void showPlan(const RestorePlan::Prepared &prepared);
    void fillPasswords();
    void confirm();
    void run();
    void stepFinished(int index);
    void runFinished(bool complete);
    void setBusy(bool busy);
    int writeCount() const;

    Workspace &m_workspace;
    QList<qint64> m_contracts;
    AccountSnapshot m_target;
    QList<SnapshotChange> m_chosen;
    std::optional<UndoScope> m_scope;
    std::optional<AccountSnapshot> m_now;
    QHash<QString, QString> m_passwords; // of users to create again, by their snapshot id
    quint64 m_planning = 0;
    QString m_actionText;              // the button: "&Restore…" or "&Undo…"
    QString m_confirmText;             // the question's button: "Restore" or "Undo"
    bool m_runAgain = false;           // the last run left something
    bool m_confirmWhenPlanned = false; // Run Again: ask as soon as the plan is made

    MessageBanner *m_banner;
    QLabel *m_intro;
    QCheckBox *m_deleteExtra;
    QGroupBox *m_passwordBox;
    QFormLayout *m_passwordForm;
    QTableView *m_table;
    RestoreReportModel *m_report;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_restore;
    QPushButton *m_stop;
    RestoreRunner *m_runner;
};

} // namespace ionos
