#pragma once

#include "models/access/findings.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace ionos {

class DormantUsersDialog;

class FindingsModel;
class MessageBanner;
class SortFilterProxy;
class Workspace;

// The findings screen: what is risky in the account now, rule by rule, with severity, subject
// and a sentence why. Fix goes through the usual write with its confirmation (require 2FA,
// deactivate the user, remove them from their groups, delete the group, stop sharing); Dismiss
// hides a finding for this session. Filterable and exportable.
class FindingsView : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsView(Workspace &workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QAction *fixAction() const { return m_fix; }
    QAction *dismissAction() const { return m_dismiss; }
    // Every inactive-with-access finding's user, in a dialog to untick exceptions and
    // deactivate the rest (opened); null when there are none.
    DormantUsersDialog *deactivateDormantUsers();
    QSpinBox *inactiveDays() const { return m_days; }
    QSpinBox *keyMaxAgeDays() const { return m_keyDays; }
    QLabel *summary() const { return m_summary; }
    QComboBox *severityFilter() const { return m_severity; }
    // Shows the findings of one severity only; none: all of them.
    void showSeverity(std::optional<Finding::Severity> severity);
    // The rules' options as set here (the clocks of inactive users and old keys).
    FindingsRules::Options options() const;

signals:
    // The clocks were set anew: other answers about findings follow them.
    void optionsChanged();

    // The findings shown are those of the latest question (after a change, the clock or Dismiss).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void present(const QList<Finding> &found);
    QList<Finding> selectedFindings() const;
    void selectionChanged();
    void fix();
    void dismiss();
    // A fix made of several changes is on its way; the Activity log follows each.
    void tellSent(const QString &text);
    // The fix of a rule as a person reads it on the button; empty when there is none.
    void makeRemedy(const RemedyPlan &plan);

    Workspace &m_workspace;
    MessageBanner *m_banner;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QComboBox *m_severity;
    QSpinBox *m_days;
    QSpinBox *m_keyDays;
    QTableView *m_table;
    FindingsModel *m_model;
    SortFilterProxy *m_proxy;
    QAction *m_fix;
    QAction *m_dismiss;
    QAction *m_deactivateDormant;
    QStringList m_dormant;     // the users of the inactive-with-access findings
    QSet<QString> m_dismissed; // for this session: the screen lives as long as it
    bool m_stale = true;
    quint64 m_question = 0; // the latest refresh asked for
    QList<Finding> m_found; // its answer, before Dismiss
};

} // namespace ionos
