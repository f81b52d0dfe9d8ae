#pragma once

#include "models/access/findings.h"
#include "models/overview/accountglance.h"
#include "models/restore/sessionmemory.h"
#include "ui/navigationtree.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace ionos {

class BarGauge;
class RingChart;
class Workspace;

// The account at a glance, the first screen after sign-in: users (active, deactivated),
// administrators, how many of both sign in with 2-factor authentication, the findings by
// severity (each opens the Findings screen showing that severity), groups without members,
// resources by type and how old the last snapshot is. Every figure is text too; the charts
// say the same in a picture. Worked out on a worker thread from the same rules as the other
// screens, anew after every change.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(Workspace &workspace, QWidget *parent = nullptr);

    // The figures shown now.
    const AccountGlance &glance() const { return m_glance; }
    // The clocks of the findings, as the Findings screen has them.
    void setFindingsOptions(const FindingsRules::Options &options);
    // When the last snapshot of the account was taken; none when there is none.
    void setLastSnapshot(std::optional<QDateTime> takenAt);
    // Says above the figures what changed since the last session (SincePanel).
    void setSince(const SinceLastSession &since);

signals:
    // The figures shown are those of the latest state (after a change or the load).
    void refreshed();
    void findingsRequested(ionos::Finding::Severity severity);
    void pageRequested(ionos::NavigationTree::Page page);
    void saveSnapshotRequested();
    // The Changes screen, comparing this snapshot with the account now.
    void changesRequested(const QString &snapshotPath);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct SeverityRow
    {
        QPushButton *button;
        BarGauge *bar;
        QLabel *count;
    };

    // A card of one figure, a line about it and, with a link, a button to the screen it names.
    struct FigureCard
    {
        QGroupBox *box;
        QLabel *figure;
        QLabel *text;
    };
    using Link = std::pair<QString, NavigationTree::Page>;

    void build();
    QGroupBox *card(const QString &title, const char *name);
    FigureCard figureCard(const QString &title, const QString &name,
                          std::optional<Link> link = std::nullopt);
    void refresh();
    void present(const AccountGlance &glance);
    void presentResourceTypes();
    void presentSnapshotAge();

    Workspace &m_workspace;
    FindingsRules::Options m_options;
    AccountGlance m_glance;
    std::optional<QDateTime> m_lastSnapshot;
    bool m_stale = true;
    quint64 m_question = 0;

    QWidget *m_sinceSlot;
    QLabel *m_status;
    QLabel *m_users;
    QLabel *m_usersText;
    QLabel *m_admins;
    QLabel *m_adminsText;
    RingChart *m_usersRing;
    QLabel *m_usersRingText;
    RingChart *m_adminsRing;
    QLabel *m_adminsRingText;
    QLabel *m_findingsText;
    QList<SeverityRow> m_severities;
    QLabel *m_groups;
    QLabel *m_groupsText;
    QGridLayout *m_types;
    QLabel *m_typesText;
    QLabel *m_snapshotText;
};

} // namespace ionos
