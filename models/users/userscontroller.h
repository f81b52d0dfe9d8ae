#pragma once

#include "apiclient.h"
#include "bulkresult.h"
#include "user.h"

#include <QObject>
#include <QPointer>

namespace ionos {

class ActivityModel;
class UsersModel;

// Owns the calls behind the users table: the complete load, and creating, changing and deleting
// users. The model changes only when the server reports a change DONE; every change is
// recorded in the activity log, and a failed one can be retried from there.
class UsersController : public QObject
{
    Q_OBJECT

public:
    UsersController(ApiClient &client, UsersModel &model, ActivityModel &activity,
                    QObject *parent = nullptr);

    void load();
    bool isLoading() const { return !m_load.isNull(); }

    // The callback lets a dialog stay open with the server's words when it fails.
    ApiCall *create(const UserDraft &draft, QObject *context,
                    std::function<void(const Result<User> &)> done = {});
    ApiCall *update(const QString &userId, const UserDraft &draft, QObject *context,
                    std::function<void(const Result<User> &)> done = {});
    // Deletes several users; removeFinished() reports each.
    void remove(const QStringList &userIds);

signals:
    void loadingChanged(bool loading);
    void loadProgress(int done, int total);
    void loadFailed(const QString &message);
    void removeFinished(const QList<ItemResult> &results);

private:
    ApiCall *removeOne(const QString &userId, QObject *context,
                       std::function<void(const Result<Done> &)> done);
    QString describe(const QString &userId) const;
    std::function<void(bool)> pendingMark(const QString &userId);

    ApiClient &m_client;
    UsersModel &m_model;
    ActivityModel &m_activity;
    QPointer<ApiCall> m_load;
};

} // namespace ionos
