#pragma once

#include "apiclient.h"
#include "bulkresult.h"
#include "user.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace ionos {

class AccessIndex;
class ActivityModel;
class GroupsModel;
class UsersModel;

// The members of one group at a time, and adding or removing many members at once: every
// change goes through the client's scheduler, progress is reported, the whole batch can be
// cancelled, and it ends with a result per user, the server's words included.
class MembershipController : public QObject
{
    Q_OBJECT

public:
    MembershipController(ApiClient &client, GroupsModel &groups, ActivityModel &activity,
                         QObject *parent = nullptr);
    ~MembershipController() override;

    // The members of the group shown.
    UsersModel &members() { return *m_members; }
    QString shownGroup() const { return m_shown; }
    void showGroup(const QString &groupId);
    void setAccessIndex(AccessIndex *access) { m_access = access; }

    void add(const QString &groupId, const QList<User> &users);
    void remove(const QString &groupId, const QList<User> &users);
    void cancelBulk();
    bool isBulkRunning() const { return !m_bulk.isEmpty(); }

signals:
    void membersLoading(bool loading);
    void membersLoadFailed(const QString &message);
    void bulkProgress(int done, int total);
    void bulkFinished(const QList<ItemResult> &results);

private:
    enum class Change
    {
        Add,
        Remove
    };
    void run(Change change, const QString &groupId, const QList<User> &users);

    ApiClient &m_client;
    GroupsModel &m_groups;
    ActivityModel &m_activity;
    UsersModel *m_members;
    QString m_shown;
    AccessIndex *m_access = nullptr;
    QPointer<ApiCall> m_load;
    QList<QPointer<ApiCall>> m_bulk;
};

} // namespace ionos
