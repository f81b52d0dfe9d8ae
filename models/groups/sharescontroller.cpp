#include "models/groups/sharescontroller.h"

#include "models/account/resourcetypes.h"

#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/groups/sharesmodel.h"
#include "models/trackedwrite.h"
#include "network/shareservice.h"

#include <memory>

namespace ionos {

struct SharesController::Batch
{
    QString groupId;
    std::deque<GroupShare> waiting;
    QList<ItemResult> results;
    int total = 0;
    BulkFinished finished;
};

SharesController::SharesController(ApiClient &client, AccountState &state, ActivityModel &activity,
                                   QObject *parent)
    : GroupPartController(client, state, activity, parent)
    , m_shares(new SharesModel(m_shareRows, this))
{
    connect(&state, &AccountState::sharesChanged, this, [this](const QString &groupId) {
        if (groupId == m_shown)
            showKnown();
    });
}

ApiCall *SharesController::read(const QString &groupId)
{
    return GroupShareService(m_client).shares(
        groupId, this, [this, groupId](const Result<QList<GroupShare>> &r) {
            if (r.ok())
                m_state.setShares(groupId, r.value());
            else if (groupId == m_shown && r.error().kind != ApiError::Kind::Cancelled)
                emit loadFailed(r.error());
        });
}

void SharesController::showKnown()
{
    const QList<GroupShare> shares = m_state.sharesOf(m_shown);
    showRows(m_shareRows, shares);
}

std::function<void(bool)> SharesController::pendingMark(const QString &groupId,
                                                        const QString &resourceId)
{
    return [self = QPointer(this), groupId, resourceId](bool pending) {
        if (self && groupId == self->m_shown)
            self->m_shareRows.setPending(resourceId, pending);
    };
}

TrackedWrite::Read<GroupShare> SharesController::reader(const QString &groupId,
                                                        const QString &resourceId)
{
    return [this, groupId, resourceId](QObject *call, auto done) {
        return GroupShareService(m_client).get(groupId, resourceId, call, done);
    };
}

QString SharesController::resourceName(const QString &resourceId) const
{
    const SharesModel::Label label = m_shares->label(resourceId);
    return ResourceTypes::nameWithType(label.name, label.type);
}

SharesController::~SharesController()
{
    delete m_shares; // before the rows it shows
}

QString SharesController::groupName(const QString &groupId) const
{
    const std::optional<Group> group = m_state.groups().find(groupId);
    return group ? group->name : groupId;
}

QString SharesController::describe(const QString &groupId, const QString &resourceId) const
{
    return tr("%1, group %2").arg(resourceName(resourceId), groupName(groupId));
}

ApiCall *SharesController::change(const QString &groupId, const GroupShare &wanted,
                                  std::function<void(const Result<GroupShare> &)> done)
{
    WritePlan<GroupShare> plan;
    plan.change = tr("Change share");
    plan.target = describe(groupId, wanted.resourceId);
    plan.markPending = pendingMark(groupId, wanted.resourceId);
    plan.send = [this, groupId, wanted](QObject *call, auto deliver) {
        return GroupShareService(m_client).update(groupId, wanted, call, deliver);
    };
    plan.readBack = TrackedWrite::whenRead(reader(groupId, wanted.resourceId), wanted.rightsAre());
    plan.apply = [this, groupId, wanted](const GroupShare &) {
        m_state.putShare(groupId, wanted);
        emit resourceSharesChanged(wanted.resourceId);
    };
    plan.retry = [self = QPointer(this), groupId, wanted] {
        if (self)
            self->change(groupId, wanted);
    };
    return TrackedWrite::run(m_activity, this, std::move(plan), this,
                             [this, done](const Result<GroupShare> &r) {
                                 if (!r.ok())
                                     emit changeFailed(r.error());
                                 if (done)
                                     done(r);
                             });
}

void SharesController::add(const QString &groupId, const QList<GroupShare> &shares,
                           BulkFinished finished)
{
    if (shares.isEmpty())
        return;
    auto batch = std::make_shared<Batch>();
    batch->groupId = groupId;
    UndoScope scope;
    for (const GroupShare &s : shares)
        scope.shares.insert(UndoScope::pair(groupId, s.resourceId));
    batch->finished =
        journaled(m_journal, tr("Share resources with %1").arg(groupName(groupId)),
                  tr("%n resource(s)", nullptr, int(shares.size())), scope, std::move(finished));
    batch->waiting.assign(shares.begin(), shares.end());
    batch->total = int(shares.size());
    emit bulkProgress(0, batch->total);
    createNext(batch);
}

void SharesController::createNext(const std::shared_ptr<Batch> &batch)
{
    if (batch->waiting.empty())
        return;
    // One at a time: the next creation starts when the previous one is DONE (or failed).
    const GroupShare share = batch->waiting.front();
    batch->waiting.pop_front();
    const QString groupId = batch->groupId;
    WritePlan<GroupShare> plan;
    plan.change = tr("Share with group");
    plan.target = describe(groupId, share.resourceId);
    plan.send = [this, groupId, share](QObject *call, auto deliver) {
        return GroupShareService(m_client).create(groupId, share, call, deliver);
    };
    plan.readBack = TrackedWrite::whenRead(reader(groupId, share.resourceId), share.rightsAre());
    plan.apply = [this, groupId, share](const GroupShare &) {
        m_state.putShare(groupId, share);
        emit resourceSharesChanged(share.resourceId);
    };
    plan.retry = [self = QPointer(this), groupId, share] {
        if (self)
            self->add(groupId, {share});
    };
    BulkReport::track<GroupShare>(
        share.resourceId, resourceName(share.resourceId),
        [this, plan = std::move(plan)](auto deliver) mutable {
            return TrackedWrite::run(m_activity, this, std::move(plan), this, std::move(deliver));
        },
        [this, batch](const ItemResult &item) {
            finishItem(batch, item);
            createNext(batch);
        });
}

void SharesController::finishItem(const std::shared_ptr<Batch> &batch, const ItemResult &item)
{
    batch->results.append(item);
    emit bulkProgress(int(batch->results.size()), batch->total);
    if (int(batch->results.size()) == batch->total) {
        emit bulkFinished(batch->results);
        if (batch->finished)
            batch->finished(batch->results);
    }
}

ApiCall *SharesController::removeOne(const QString &groupId, const QString &resourceId,
                                     std::function<void(const Result<Done> &)> done)
{
    WritePlan<Done> plan;
    plan.change = tr("Stop sharing with group");
    plan.target = describe(groupId, resourceId);
    plan.markPending = pendingMark(groupId, resourceId);
    plan.goneIsDone = true;
    plan.send = [this, groupId, resourceId](QObject *call, auto deliver) {
        return GroupShareService(m_client).remove(groupId, resourceId, call, deliver);
    };
    plan.readBack = TrackedWrite::whenGone(reader(groupId, resourceId));
    plan.apply = [this, groupId, resourceId](const Done &) {
        m_state.removeShare(groupId, resourceId);
        emit resourceSharesChanged(resourceId);
    };
    plan.retry = [self = QPointer(this), groupId, resourceId] {
        if (self)
            self->remove(groupId, {resourceId});
    };
    return TrackedWrite::run(m_activity, this, std::move(plan), this, std::move(done));
}

void SharesController::remove(const QString &groupId, const QStringList &resourceIds,
                              BulkFinished finished)
{
    if (resourceIds.isEmpty())
        return;
    auto batch = std::make_shared<Batch>();
    batch->groupId = groupId;
    batch->total = int(resourceIds.size());
    UndoScope scope;
    for (const QString &r : resourceIds)
        scope.shares.insert(UndoScope::pair(groupId, r));
    batch->finished = journaled(
        m_journal, tr("Stop sharing resources with %1").arg(groupName(groupId)),
        tr("%n resource(s)", nullptr, int(resourceIds.size())), scope, std::move(finished));
    emit bulkProgress(0, batch->total);
    for (const QString &resourceId : resourceIds) {
        BulkReport::track<Done>(
            resourceId, resourceName(resourceId),
            [this, groupId, resourceId](auto deliver) {
                return removeOne(groupId, resourceId, std::move(deliver));
            },
            [this, batch](const ItemResult &item) { finishItem(batch, item); });
    }
}

} // namespace ionos
