#pragma once

#include "models/accountcontroller.h"
#include "models/bulkresult.h"
#include "models/latestload.h"
#include "models/undoscope.h"
#include "network/group.h"
#include "network/resource.h"

#include <QPointer>

namespace ionos {

class GroupDetailsLoad;
class PrivilegeMatrixModel;

// Owns the calls behind the groups table: the groups with their member and share counts, and
// creating, changing (name and privileges) and deleting groups.
class GroupsController : public AccountController
{
    Q_OBJECT

public:
    // The groups, who is in which and what each shares go to the state, as loaded and changed.
    GroupsController(ApiClient &client, AccountState &state, ActivityModel &activity,
                     QObject *parent = nullptr);
    // The groups, then in the background each group's members and shares (GroupDetailsLoad).
    void load();
    // After a lost connection: loads what is still missing, without asking again for the rest.
    void resume();
    bool hasLoaded() const { return m_loaded; }
    // Whether every group's members and shares are in.
    bool detailsComplete() const;
    bool isLoading() const { return m_load.isRunning(); }
    ApiCall *loadInProgress() const { return m_load.inProgress(); }

    ApiCall *create(const QString &name, const GroupPrivileges &privileges, QObject *context,
                    std::function<void(const Result<Group> &)> done = {});
    // Sends the name and all 25 privileges, merged from the group as the server has it.
    ApiCall *update(const QString &groupId, const GroupChange &change, QObject *context,
                    std::function<void(const Result<Group> &)> done = {});
    // finished, when given, hears this call's results alone (key: the id), besides the signal.
    void remove(const QStringList &groupIds, BulkFinished finished = {});
    // Told of every bulk change before it starts (to keep the state for undoing it).
    void setJournal(BulkJournal *journal) { m_journal = journal; }
    // Applies the matrix's staged changes: one full PUT per changed group. Each group's cells
    // show applied or failed; matrixApplied() reports each group.
    void applyMatrix(PrivilegeMatrixModel &matrix);
    // The resources a group's members reach through it, as the API lists them under the group,
    // for its details. Asking for another group's, or an empty id, cancels the earlier load.
    void loadResources(const QString &groupId, QObject *context,
                       std::function<void(const Result<QList<Resource>> &)> done);

signals:
    void loadingChanged(bool loading);
    // Groups whose members and shares are in, after the groups (background completion).
    void countsProgress(int done, int total);
    void detailsLoaded();
    void detailsFailed(const ionos::ApiError &error);
    void loadFailed(const ApiError &error);
    void loaded();
    void removeFinished(const QList<ItemResult> &results);
    void matrixApplied(const QList<ItemResult> &results);

private:
    QString describe(const QString &groupId) const;
    std::function<void(bool)> pendingMark(const QString &groupId);
    ApiCall *removeOne(const QString &groupId, QObject *context,
                       std::function<void(const Result<Done> &)> done);

    LatestLoad m_load;
    LatestLoad m_resourcesLoad;
    GroupDetailsLoad *m_details;
    bool m_loaded = false;
    BulkJournal *m_journal = nullptr;
};

} // namespace ionos
