#pragma once

#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QSpinBox;
class QTableView;

namespace ionos {

class AccessReviewModel;
class MessageBanner;
class ReviewApplier;
class SortFilterProxy;
class Workspace;
struct ItemResult;

// An access review: the reviewer chooses groups (one, several or all) and starts; the sheet lists
// every member and every share of them with a proposed decision (remove for users who are not
// active or inactive by the findings' rule, keep otherwise). The reviewer ticks Remove per row or
// for the selected rows, Apply removes through the bulk path after a confirmation that says what
// it does to who may do what, and the evidence (reviewer, time, each row's decision, outcome and
// request id) exports as CSV or JSON.
class AccessReviewView : public QWidget
{
    Q_OBJECT

public:
    // reviewer: who the evidence names (the profile's user).
    AccessReviewView(Workspace &workspace, const QString &reviewer, QWidget *parent = nullptr);

    // Ticks these groups in the chooser (and no others).
    void chooseGroups(const QStringList &groupIds);
    QStringList chosenGroups() const;
    void startReview();
    // Writes the evidence: JSON when the name ends in .json, else CSV. False with a message
    // in the banner when it could not be written.
    bool exportEvidence(const QString &path);

    AccessReviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *markRemoveAction() const { return m_markRemove; }
    QAction *markKeepAction() const { return m_markKeep; }
    QAction *applyAction() const { return m_apply; }
    QAction *exportAction() const { return m_export; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillGroups();
    void markSelected(bool remove);
    void apply();
    void applied(const QList<ItemResult> &results);
    void updateState();
    void chooseEvidenceFile();

    Workspace &m_workspace;
    QString m_reviewer;
    MessageBanner *m_banner;
    QListWidget *m_groups;
    QSpinBox *m_days;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QTableView *m_table;
    AccessReviewModel *m_model;
    SortFilterProxy *m_proxy;
    ReviewApplier *m_applier;
    QProgressBar *m_progress;
    QAction *m_start;
    QAction *m_markRemove;
    QAction *m_markKeep;
    QAction *m_apply;
    QAction *m_export;
    QSet<QString> m_chosen;
};

} // namespace ionos
