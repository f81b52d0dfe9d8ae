#pragma once

#include "models/bulkresult.h"

#include <QWidget>

class QProgressBar;
class QPushButton;
class QAction;
class QTableView;

namespace ionos {

class GroupCommands;
class MessageBanner;
class Workspace;

// The members of the selected group: add many at once through a picker or by dropping users
// here, remove several, follow the progress, cancel, and read a result per user.
class MembersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MembersPanel(Workspace &workspace, QWidget *parent = nullptr);

    void showGroup(const QString &groupId);
    void addUsers(const QStringList &userIds);
    void pickMembers();
    void removeSelected();
    QTableView *table() const { return m_table; }
    // Add and remove, for the screen's toolbar and Edit menu; enabled by the group and the
    // selection.
    QList<QAction *> commands() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void bulkFinished(const QList<ItemResult> &results);

    Workspace &m_workspace;
    QString m_groupId;
    MessageBanner *m_banner;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    GroupCommands *m_commands = nullptr;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
};

} // namespace ionos
