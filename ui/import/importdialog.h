#pragma once

#include "models/import/importplan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ionos {

class BatchChange;
class ImportReportModel;
class MessageBanner;
class NewPasswordsDialog;
class Workspace;

// File > Import Users…: users and their memberships from a spreadsheet saved as CSV. The file is
// planned against the account as loaded before anything is sent: every row with what it does
// (create, update with each field before and after, join and leave groups, nothing to do, or
// refused with the reason) and what changes in effective access. Import asks with that
// difference, then writes through the console's own paths as one entry of the Activity log that
// can be undone, with each row's outcome, progress and Stop; passwords the console generated are
// shown once at the end. Run Again plans the same file against the account as the run left it.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads and plans the file (what Choose File… does once a file is chosen).
    void openFile(const QString &path);
    // Writes the template file; empty when written, else why not (also shown).
    QString saveTemplate(const QString &path);

    ImportReportModel *report() const { return m_report; }
    QTableView *table() const { return m_table; }
    bool isPlanning() const { return m_planning > m_planned; }
    // The difference in effective access of the plan shown is on screen.
    bool isAccessShown() const { return m_accessShown == m_planned; }
    bool isRunning() const;
    // The passwords dialog of the last run, while it is open.
    NewPasswordsDialog *passwords() const { return m_passwordsDialog; }

signals:
    // A plan is shown (or the file could not be planned).
    void planned();
    // Then what it changes in effective access.
    void accessShown();
    // A run ended.
    void imported();

private:
    void chooseFile();
    void chooseTemplateFile();
    void plan();
    void showPlan(const Result<ImportPlan> &plan);
    // What the plan changes in effective access, worked out after the plan is shown.
    void showAccess(quint64 planning);
    void showFilter();
    void confirm();
    void run();
    void rowFinished(int row);
    void runFinished();
    void showPasswords();
    void setBusy(bool busy);

    Workspace &m_workspace;
    QString m_path;
    QByteArray m_bytes; // the file as read
    quint64 m_planning = 0;
    quint64 m_planned = 0;
    quint64 m_accessShown = 0;
    QHash<int, QString> m_generated; // by row index, until the run ends
    bool m_runAgain = false;

    MessageBanner *m_banner;
    QLineEdit *m_file;
    QCheckBox *m_exactGroups;
    QCheckBox *m_generatePasswords;
    QLabel *m_summary;
    QComboBox *m_show;
    QTableView *m_table;
    ImportReportModel *m_report;
    QSortFilterProxyModel *m_filter;
    QLabel *m_access;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QPushButton *m_stop;
    BatchChange *m_change;
    NewPasswordsDialog *m_passwordsDialog = nullptr;
};

} // namespace ionos
