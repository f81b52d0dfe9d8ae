#pragma once

#include "models/snapshot/accountsnapshot.h"
#include "ui/navigationtree.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ionos {

class MessageBanner;
class SnapshotDiffModel;
class SortFilterProxy;
class Workspace;

// What changed: the account now compared with a snapshot, or two snapshots compared. Lists each
// change by kind (users, groups, privileges, members, shares, resources, admins), added, removed
// or changed with before and after; filterable by kind and text, exportable.
class ChangesView : public QWidget
{
    Q_OBJECT

public:
    ChangesView(Workspace &workspace, QList<qint64> contracts, QWidget *parent = nullptr);

    // Compares the snapshot file with the account now (once it is loaded).
    void compareWithNow(const QString &snapshotPath);
    // Compares two snapshot files, the older first.
    void compareFiles(const QString &beforePath, const QString &afterPath);

    QTableView *table() const { return m_table; }
    SnapshotDiffModel *model() const { return m_model; }
    QComboBox *kindFilter() const { return m_kind; }
    QPushButton *restoreButton() const { return m_restore; }
    // Opens the restore of the selected changes, or of all shown when none is selected; only
    // for a comparison of a snapshot with the account now.
    void restoreChosen();
    // Opens the undo of a bulk change the activity log lists: the state before it, for what it
    // touched, restored as a snapshot is.
    void undo(int activityEntry);

signals:
    // The screens whose things differ, for the navigation to mark; empty when nothing is
    // compared or nothing differs.
    void differing(const QSet<NavigationTree::Page> &pages);
    void compared();

private:
    void askForSnapshot(const QString &title, std::function<void(const QString &)> chosen);
    void chooseSnapshot();
    void chooseTwo();
    void show(const AccountSnapshot &before, const AccountSnapshot &after, const QString &what);
    void fillKinds();
    bool read(const QString &path, AccountSnapshot *snapshot);
    void compareTargetWithNow(const AccountSnapshot &before, const QString &what);
    void updateRestore();

    Workspace &m_workspace;
    QList<qint64> m_contracts;
    MessageBanner *m_banner;
    QLabel *m_what;
    QComboBox *m_kind;
    QLineEdit *m_filter;
    QTableView *m_table;
    SnapshotDiffModel *m_model;
    QSortFilterProxyModel *m_byKind;
    SortFilterProxy *m_proxy;
    QPushButton *m_restore;
    quint64 m_question = 0;
    // The snapshot compared with the account now, which a restore puts back; none for two
    // snapshots compared.
    std::optional<AccountSnapshot> m_target;
    QString m_targetWhat;
};

} // namespace ionos
