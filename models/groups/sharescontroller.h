#pragma once

#include "models/account/keyedrows.h"
#include "models/bulkresult.h"
#include "models/groups/grouppartcontroller.h"
#include "models/latestload.h"
#include "models/trackedwrite.h"
#include "models/undoscope.h"
#include "network/groupshare.h"

#include <QPointer>

#include <deque>

namespace ionos {

class SharesModel;

// The shares of the group shown, as the account state has them (read again from the server when
// the group is shown): change Edit and Share in place, add several (one after
// another: the API refuses a share creation while another is running on the same group) and
// remove several, with progress and a result per resource.
class SharesController : public GroupPartController
{
    Q_OBJECT

public:
    SharesController(ApiClient &client, AccountState &state, ActivityModel &activity,
                     QObject *parent = nullptr);
    ~SharesController() override;

    SharesModel &shares() { return *m_shares; }

    // done, when given, hears the outcome besides changeFailed.
    ApiCall *change(const QString &groupId, const GroupShare &wanted,
                    std::function<void(const Result<GroupShare> &)> done = {});
    // finished, when given, hears the results of this batch alone (each with the resource's id
    // as key and the request id), besides bulkFinished; so for remove.
    void add(const QString &groupId, const QList<GroupShare> &shares, BulkFinished finished = {});
    void remove(const QString &groupId, const QStringList &resourceIds, BulkFinished finished = {});
    // Told of every bulk change before it starts (to keep the state for undoing it).
    void setJournal(BulkJournal *journal) { m_journal = journal; }

signals:
    void loadFailed(const ApiError &error);
    void changeFailed(const ApiError &error);
    void bulkProgress(int done, int total);
    void bulkFinished(const QList<ItemResult> &results);
    // A resource was shared, its rights changed, or it is no longer shared with a group.
    void resourceSharesChanged(const QString &resourceId);

private:
    struct Batch;
    void createNext(const std::shared_ptr<Batch> &batch);
    void finishItem(const std::shared_ptr<Batch> &batch, const ItemResult &item);
    ApiCall *removeOne(const QString &groupId, const QString &resourceId,
                       std::function<void(const Result<Done> &)> done);
    std::function<void(bool)> pendingMark(const QString &groupId, const QString &resourceId);
    // The panel follows the state's shares of the group shown.
    void showKnown() override;
    ApiCall *read(const QString &groupId) override;
    TrackedWrite::Read<GroupShare> reader(const QString &groupId, const QString &resourceId);
    // The resource by name and type, and the group by name, for the activity log.
    QString describe(const QString &groupId, const QString &resourceId) const;
    QString resourceName(const QString &resourceId) const;
    QString groupName(const QString &groupId) const;

    // The shares of the group shown as the state has them, for the panel.
    KeyedRows<GroupShare> m_shareRows{[](const GroupShare &s) { return s.resourceId; }};
    SharesModel *m_shares;
    BulkJournal *m_journal = nullptr;
};

} // namespace ionos
