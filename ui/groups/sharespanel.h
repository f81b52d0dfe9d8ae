#pragma once

#include "models/bulkresult.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QAction;
class QTableView;

namespace ionos {

class GroupCommands;
class MessageBanner;
class ResourcesModel;
class Workspace;
struct GroupShare;

// Picks resources to share: a search box, a multi-select list, and the rights to start with.
class ResourcePicker : public QDialog
{
    Q_OBJECT

public:
    ResourcePicker(const ResourcesModel &resources, const QStringList &excludedIds,
                   QWidget *parent = nullptr);
    QList<GroupShare> chosen() const;
    QLineEdit *searchEdit() const { return m_search; }
    QListView *list() const { return m_list; }
    QCheckBox *edit() const { return m_edit; }
    QCheckBox *share() const { return m_share; }

private:
    QLineEdit *m_search;
    QListView *m_list;
    QCheckBox *m_edit;
    QCheckBox *m_share;
};

// The shares of the selected group: Edit and Share changed in place, resources added through
// the picker (created one after another) and removed several at once.
class SharesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SharesPanel(Workspace &workspace, QWidget *parent = nullptr);

    void showGroup(const QString &groupId);
    void pickResources();
    void addShares(const QList<GroupShare> &shares);
    void removeSelected();
    QTableView *table() const { return m_table; }
    // Add and remove, for the screen's toolbar and Edit menu; enabled by the group and the
    // selection.
    QList<QAction *> commands() const;

private:
    void bulkFinished(const QList<ItemResult> &results);
    // Edit or Share ticked in the table: said what it does, then sent.
    void changeRights(const GroupShare &wanted);
    QString groupName() const;
    QString resourceName(const QString &resourceId) const;

    Workspace &m_workspace;
    QString m_groupId;
    MessageBanner *m_banner;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    GroupCommands *m_commands = nullptr;
    QProgressBar *m_progress;
};

} // namespace ionos
