#include "models/groups/groupscontroller.h"

#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/bulkremove.h"
#include "models/groups/groupdetailsload.h"
#include "models/groups/privilegematrixmodel.h"
#include "models/trackedwrite.h"
#include "network/groupservice.h"
#include "network/shareservice.h"

#include <QSet>

namespace ionos {

GroupsController::GroupsController(ApiClient &client, AccountState &state, ActivityModel &activity,
                                   QObject *parent)
    : AccountController(client, state, activity, parent)
    , m_details(new GroupDetailsLoad(client, state, this))
{
    connect(m_details, &GroupDetailsLoad::progressed, this, &GroupsController::countsProgress);
    connect(m_details, &GroupDetailsLoad::finished, this, &GroupsController::detailsLoaded);
    connect(m_details, &GroupDetailsLoad::failed, this, &GroupsController::detailsFailed);
}

bool GroupsController::detailsComplete() const
{
    return m_loaded && m_details->isComplete();
}

void GroupsController::load()
{
    m_load.cancel();
    m_details->stop(); // the details of an earlier load are no longer wanted
    emit loadingChanged(true);
    m_load = GroupService(m_client).all(this, [this](const Result<QList<Group>> &r) {
        emit loadingChanged(false);
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Cancelled)
                emit loadFailed(r.error());
            return;
        }
        m_state.groups().reset(r.value());
        m_loaded = true;
        QStringList ids;
        for (const Group &g : r.value())
            ids << g.id;
        m_details->start(ids);
        emit loaded();
    });
}

void GroupsController::resume()
{
    if (!m_loaded) {
        if (!m_load.isRunning())
            load();
        return;
    }
    m_details->resume();
}

QString GroupsController::describe(const QString &groupId) const
{
    const std::optional<Group> g = m_state.groups().find(groupId);
    return g ? g->name : groupId;
}

std::function<void(bool)> GroupsController::pendingMark(const QString &groupId)
{
    return [state = QPointer(&m_state), groupId](bool pending) {
        if (state)
            state->groups().setPending(groupId, pending);
    };
}

ApiCall *GroupsController::create(const QString &name, const GroupPrivileges &privileges,
                                  QObject *context, std::function<void(const Result<Group> &)> done)
{
    // The groups there before: a group of this name that is not among them was made by this.
    QSet<QString> before;
    for (const Group &g : m_state.groups().all())
        before.insert(g.id);
    WritePlan<Group> plan;
    plan.change = tr("Create group");
    plan.target = name;
    plan.send = [this, name, privileges](QObject *call, auto deliver) {
        return GroupService(m_client).create(name, privileges, call, deliver);
    };
    // Group names may repeat, so creating again could make a second one: look first.
    plan.readBack = [this, name, before](QObject *call, auto answer) {
        return GroupService(m_client).all(
            call, [name, before, answer](const Result<QList<Group>> &all) {
                for (const Group &g : all.ok() ? all.value() : QList<Group>()) {
                    if (g.name == name && !before.contains(g.id))
                        return answer(g);
                }
                answer(std::nullopt);
            });
    };
    plan.apply = [this](const Group &g) { m_state.addGroup(g); };
    plan.retry = [self = QPointer(this), name, privileges] {
        if (self)
            self->create(name, privileges, nullptr);
    };
    return TrackedWrite::run(m_activity, this, std::move(plan), context, std::move(done));
}

ApiCall *GroupsController::update(const QString &groupId, const GroupChange &change,
                                  QObject *context, std::function<void(const Result<Group> &)> done)
{
    WritePlan<Group> plan;
    plan.change = change.privileges.isEmpty() ? tr("Rename group") : tr("Change group");
    plan.target = describe(groupId);
    plan.markPending = pendingMark(groupId);
    plan.send = [this, groupId, change](QObject *call, auto deliver) {
        return GroupService(m_client).update(groupId, change, call, deliver);
    };
    plan.readBack = TrackedWrite::whenRead<Group>(
        [this, groupId](QObject *call, auto read) {
            return GroupService(m_client).get(groupId, call, read);
        },
        [change](const Group &g) { return change.isIn(g); });
    plan.apply = [this](const Group &g) { m_state.groups().update(g); };
    plan.retry = [self = QPointer(this), groupId, change] {
        if (self)
            self->update(groupId, change, nullptr);
    };
    return TrackedWrite::run(m_activity, this, std::move(plan), context, std::move(done));
}

ApiCall *GroupsController::removeOne(const QString &groupId, QObject *context,
                                     std::function<void(const Result<Done> &)> done)
{
    WritePlan<Done> plan;
    plan.change = tr("Delete group");
    plan.target = describe(groupId);
    plan.markPending = pendingMark(groupId);
    plan.goneIsDone = true;
    plan.send = [this, groupId](QObject *call, auto deliver) {
        return GroupService(m_client).remove(groupId, call, deliver);
    };
    plan.readBack = TrackedWrite::whenGone<Group>([this, groupId](QObject *call, auto read) {
        return GroupService(m_client).get(groupId, call, read);
    });
    plan.apply = [this, groupId](const Done &) { m_state.removeGroup(groupId); };
    plan.retry = [self = QPointer(this), groupId] {
        if (self)
            self->remove({groupId});
    };
    return TrackedWrite::run(m_activity, this, std::move(plan), context, std::move(done));
}

void GroupsController::remove(const QStringList &groupIds, BulkFinished finished)
{
    BulkRemove bulk;
    bulk.change = tr("Delete groups");
    bulk.target = tr("%n group(s)", nullptr, int(groupIds.size()));
    bulk.scope.groups = QSet<QString>(groupIds.begin(), groupIds.end());
    bulk.describe = [this](const QString &id) { return describe(id); };
    bulk.removeOne = [this](const QString &id, auto deliver) {
        return removeOne(id, this, std::move(deliver));
    };
    bulk.run(groupIds, m_journal, [this, finished](const QList<ItemResult> &results) {
        emit removeFinished(results);
        if (finished)
            finished(results);
    });
}

} // namespace ionos

namespace ionos {

void GroupsController::applyMatrix(PrivilegeMatrixModel &matrix)
{
    const QMap<QString, QMap<QString, bool>> staged = matrix.stagedChanges();
    if (staged.isEmpty())
        return;
    QPointer<PrivilegeMatrixModel> guard(&matrix);
    UndoScope scope;
    for (auto it = staged.begin(); it != staged.end(); ++it)
        scope.privileges.insert(it.key());
    const BulkFinished journal =
        journaled(m_journal, tr("Apply the privilege matrix"),
                  tr("%n group(s)", nullptr, int(staged.size())), scope, {});
    BulkReport::collect(
        staged.keys(),
        [this, guard, staged](const QString &groupId, auto done) {
            GroupChange change;
            change.privileges = staged.value(groupId);
            guard->markApplying(groupId);
            update(groupId, change, this,
                   [guard, groupId, target = describe(groupId), done](const Result<Group> &r) {
                       if (guard && r.ok())
                           guard->markApplied(groupId);
                       else if (guard)
                           guard->markFailed(groupId, r.error().message);
                       done(ItemResult::of(target, r));
                   });
        },
        [this, journal](const QList<ItemResult> &results) {
            emit matrixApplied(results);
            if (journal)
                journal(results);
        });
}

void GroupsController::loadResources(const QString &groupId, QObject *context,
                                     std::function<void(const Result<QList<Resource>> &)> done)
{
    m_resourcesLoad.cancel();
    if (!groupId.isEmpty())
        m_resourcesLoad = GroupService(m_client).sharedResources(groupId, context, std::move(done));
}

} // namespace ionos
