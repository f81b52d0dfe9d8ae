#pragma once

#include "models/accountcontroller.h"
#include "models/bulkresult.h"
#include "models/latestload.h"
#include "models/undoscope.h"
#include "network/resource.h"
#include "network/user.h"

#include <QPointer>

namespace ionos {

// Owns the calls behind the users table: the complete load, and creating, changing and deleting
// users. The model changes only when the server reports a change DONE; every change is
// recorded in the activity log, and a failed one can be retried from there.
class UsersController : public AccountController
{
    Q_OBJECT

public:
    using AccountController::AccountController;

    void load();
    bool isLoading() const { return m_load.isRunning(); }
    ApiCall *loadInProgress() const { return m_load.inProgress(); }

    // The callback lets a dialog stay open with the server's words when it fails.
    ApiCall *create(const UserDraft &draft, QObject *context,
                    std::function<void(const Result<User> &)> done = {});
    ApiCall *update(const QString &userId, const UserDraft &draft, QObject *context,
                    std::function<void(const Result<User> &)> done = {});
    // Deletes several users; removeFinished() reports each.
    // finished, when given, hears this call's results alone (key: the id), besides the signal.
    void remove(const QStringList &userIds, BulkFinished finished = {});
    // Told of every bulk change before it starts (to keep the state for undoing it).
    void setJournal(BulkJournal *journal) { m_journal = journal; }

    // What the details pane shows of a user besides its properties: the groups it is in and
    // what it owns. Asking for another user's details, or an empty id, cancels what is still
    // loading for the earlier one.
    void loadDetails(const QString &userId, QObject *context,
                     std::function<void(const Result<QList<GroupRef>> &)> groups,
                     std::function<void(const Result<QList<Resource>> &)> owned);

signals:
    void loadingChanged(bool loading);
    void loadProgress(int done, int total);
    void loadFailed(const ApiError &error);
    void loaded();
    void removeFinished(const QList<ItemResult> &results);
    // A user is gone, and with them their memberships.
    void userDeleted(const QString &userId);

private:
    ApiCall *removeOne(const QString &userId, QObject *context,
                       std::function<void(const Result<Done> &)> done);
    QString describe(const QString &userId) const;
    std::function<void(bool)> pendingMark(const QString &userId);

    LatestLoad m_load;
    BulkJournal *m_journal = nullptr;
    LatestLoad m_detailGroups;
    LatestLoad m_detailOwned;
};

} // namespace ionos
