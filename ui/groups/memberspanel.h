#pragma once

#include "models/bulkresult.h"

#include <QWidget>

class QProgressBar;
class QPushButton;
class QTableView;

namespace ionos {

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
    QPushButton *m_cancel;
    QProgressBar *m_progress;
};

} // namespace ionos
