#include "sharescontroller.h"

#include "accessindex.h"
#include "activitymodel.h"
#include "groupsmodel.h"
#include "shareservice.h"
#include "sharesmodel.h"
#include "writecheck.h"

#include <memory>

namespace ionos {

struct SharesController::Batch
{
    QString groupId;
    std::deque<GroupShare> waiting;
    QList<ItemResult> results;
    int total = 0;
};

SharesController::SharesController(ApiClient &client, GroupsModel &groups, AccessIndex &access,
                                   ActivityModel &activity, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_groups(groups)
    , m_access(access)
    , m_activity(activity)
    , m_shares(new SharesModel(this))
{
    connect(m_shares, &SharesModel::flagsEdited, this,
            [this](const GroupShare &wanted) { change(m_shown, wanted); });
}

void SharesController::showGroup(const QString &groupId)
{
    if (m_load)
        m_load->cancel();
    m_shown = groupId;
    m_shares->reset({});
    if (groupId.isEmpty())
        return;
    m_load = GroupShareService(m_client).shares(
        groupId, this, [this, groupId](const Result<QList<GroupShare>> &r) {
            if (groupId != m_shown)
                return;
            if (r.ok()) {
                m_shares->reset(r.value());
                m_access.setShares(groupId, r.value());
                m_groups.setShareCount(groupId, int(r.value().size()));
            } else if (r.error().kind != ApiError::Kind::Cancelled) {
                emit loadFailed(r.error().message);
            }
        });
}

void SharesController::change(const QString &groupId, const GroupShare &wanted)
{
    const int entry = m_activity.record(tr("Change share"), wanted.resourceId);
    if (groupId == m_shown)
        m_shares->setPending(wanted.resourceId, true);
    auto finish = [this, groupId, wanted, entry](const Result<Done> &r) {
        if (groupId == m_shown)
            m_shares->setPending(wanted.resourceId, false);
        if (r.ok()) {
            if (groupId == m_shown)
                m_shares->put(wanted);
            m_access.putShare(groupId, wanted);
            m_activity.setDone(entry);
        } else {
            m_activity.setFailed(entry, r.error().message,
                                 [self = QPointer(this), groupId, wanted] {
                                     if (self)
                                         self->change(groupId, wanted);
                                 });
            emit changeFailed(r.error().message);
        }
    };
    ApiCall *call = GroupShareService(m_client).update(
        groupId, wanted, this, [this, groupId, wanted, finish](const Result<GroupShare> &r) {
            if (r.ok() || !r.error().mayHaveHappened())
                finish(r.ok() ? Result<Done>(Done{}) : Result<Done>(r.error()));
            else
                confirm(groupId, wanted.resourceId, wanted, r.error(), finish);
        });
    connect(call, &ApiCall::accepted, this,
            [this, entry](const QString &id) { m_activity.setRunning(entry, id); });
}

void SharesController::add(const QString &groupId, const QList<GroupShare> &shares)
{
    if (shares.isEmpty())
        return;
    auto batch = std::make_shared<Batch>();
    batch->groupId = groupId;
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
    const int entry = m_activity.record(tr("Share with group"), share.resourceId);
    auto finish = [this, batch, share, entry](const Result<Done> &r) {
        ItemResult item{share.resourceId, r.ok(), r.error().kind == ApiError::Kind::Cancelled,
                        r.ok() ? QString() : r.error().message};
        if (r.ok()) {
            if (batch->groupId == m_shown)
                m_shares->put(share);
            m_access.putShare(batch->groupId, share);
            m_groups.adjustShareCount(batch->groupId, 1);
            m_activity.setDone(entry);
        } else {
            m_activity.setFailed(entry, r.error().message,
                                 [self = QPointer(this), groupId = batch->groupId, share] {
                                     if (self)
                                         self->add(groupId, {share});
                                 });
        }
        finishItem(batch, item);
        createNext(batch);
    };
    ApiCall *call = GroupShareService(m_client).create(
        batch->groupId, share, this, [this, batch, share, finish](const Result<GroupShare> &r) {
            if (r.ok() || !r.error().mayHaveHappened())
                finish(r.ok() ? Result<Done>(Done{}) : Result<Done>(r.error()));
            else
                confirm(batch->groupId, share.resourceId, share, r.error(), finish);
        });
    connect(call, &ApiCall::accepted, this,
            [this, entry](const QString &id) { m_activity.setRunning(entry, id); });
}

void SharesController::finishItem(const std::shared_ptr<Batch> &batch, const ItemResult &item)
{
    batch->results.append(item);
    emit bulkProgress(int(batch->results.size()), batch->total);
    if (int(batch->results.size()) == batch->total)
        emit bulkFinished(batch->results);
}

void SharesController::remove(const QString &groupId, const QStringList &resourceIds)
{
    if (resourceIds.isEmpty())
        return;
    auto batch = std::make_shared<Batch>();
    batch->groupId = groupId;
    batch->total = int(resourceIds.size());
    emit bulkProgress(0, batch->total);
    for (const QString &resourceId : resourceIds) {
        const int entry = m_activity.record(tr("Stop sharing with group"), resourceId);
        if (groupId == m_shown)
            m_shares->setPending(resourceId, true);
        auto finish = [this, batch, resourceId, entry](const Result<Done> &r) {
            if (r.ok()) {
                if (batch->groupId == m_shown)
                    m_shares->remove(resourceId);
                m_access.removeShare(batch->groupId, resourceId);
                m_groups.adjustShareCount(batch->groupId, -1);
                m_activity.setDone(entry);
            } else {
                if (batch->groupId == m_shown)
                    m_shares->setPending(resourceId, false);
                m_activity.setFailed(entry, r.error().message);
            }
            finishItem(batch, {resourceId, r.ok(), r.error().kind == ApiError::Kind::Cancelled,
                               r.ok() ? QString() : r.error().message});
        };
        ApiCall *call = GroupShareService(m_client).remove(
            groupId, resourceId, this, [this, groupId, resourceId, finish](const Result<Done> &r) {
                // Not shared any more is what was asked (a repeated removal whose answer was lost).
                const bool gone = !r.ok() && r.error().isNotFound();
                if (r.ok() || gone || !r.error().mayHaveHappened())
                    finish(gone ? Result<Done>(Done{}) : r);
                else
                    confirm(groupId, resourceId, std::nullopt, r.error(), finish);
            });
        connect(call, &ApiCall::accepted, this,
                [this, entry](const QString &id) { m_activity.setRunning(entry, id); });
    }
}

void SharesController::confirm(const QString &groupId, const QString &resourceId,
                               std::optional<GroupShare> wanted, const ApiError &error,
                               std::function<void(const Result<Done> &)> settle)
{
    WriteCheck::confirm(
        this,
        [this, groupId, resourceId, wanted](std::function<void(bool)> answer) {
            GroupShareService(m_client).get(
                groupId, resourceId, this, [wanted, answer](const Result<GroupShare> &read) {
                    if (!wanted) {
                        answer(!read.ok() && read.error().isNotFound());
                        return;
                    }
                    answer(read.ok() && read.value().editPrivilege == wanted->editPrivilege &&
                           read.value().sharePrivilege == wanted->sharePrivilege);
                });
        },
        [error, settle](bool made) { settle(made ? Result<Done>(Done{}) : Result<Done>(error)); });
}

} // namespace ionos
