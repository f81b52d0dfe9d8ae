#include "groupscontroller.h"

#include "accessindex.h"
#include "activitymodel.h"
#include "groupservice.h"
#include "groupsmodel.h"
#include "privilegematrixmodel.h"
#include "shareservice.h"
#include "writecheck.h"

#include <QSet>

#include <memory>

namespace ionos {

GroupsController::GroupsController(ApiClient &client, GroupsModel &model, ActivityModel &activity,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_activity(activity)
{}

void GroupsController::load()
{
    if (m_load)
        m_load->cancel();
    delete m_countLoads; // counts of an earlier load are no longer wanted
    m_countLoads = new QObject(this);
    emit loadingChanged(true);
    m_load = GroupService(m_client).all(this, [this](const Result<QList<Group>> &r) {
        emit loadingChanged(false);
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Cancelled)
                emit loadFailed(r.error().message);
            return;
        }
        m_model.reset(r.value());
        loadCounts(r.value());
    });
}

void GroupsController::loadCounts(const QList<Group> &groups)
{
    // One request per group and list; the client's scheduler keeps them within the API's burst.
    const int total = int(groups.size()) * 2;
    auto done = std::make_shared<int>(0);
    auto counted = [this, done, total] { emit countsProgress(++*done, total); };
    if (total == 0)
        emit countsProgress(0, 0);
    for (const Group &g : groups) {
        const QString id = g.id;
        GroupMemberService(m_client).members(
            id, m_countLoads, [this, id, counted](const Result<QList<User>> &r) {
                if (r.ok()) {
                    m_model.setMemberCount(id, int(r.value().size()));
                    if (m_access)
                        m_access->setMembers(id, r.value());
                }
                counted();
            });
        GroupShareService(m_client).shares(id, m_countLoads,
                                           [this, id, counted](const Result<QList<GroupShare>> &r) {
                                               if (r.ok()) {
                                                   m_model.setShareCount(id, int(r.value().size()));
                                                   if (m_access)
                                                       m_access->setShares(id, r.value());
                                               }
                                               counted();
                                           });
    }
}

QString GroupsController::describe(const QString &groupId) const
{
    const std::optional<Group> g = m_model.group(groupId);
    return g ? g->name : groupId;
}

void GroupsController::track(ApiCall *call, int entry)
{
    connect(call, &ApiCall::accepted, this,
            [this, entry](const QString &requestId) { m_activity.setRunning(entry, requestId); });
}

ApiCall *GroupsController::create(const QString &name, const GroupPrivileges &privileges,
                                  QObject *context, std::function<void(const Result<Group> &)> done)
{
    const int entry = m_activity.record(tr("Create group"), name);
    QPointer<QObject> receiver(context);
    const bool hasReceiver = context != nullptr;
    auto finish = [this, entry, name, privileges, receiver, hasReceiver,
                   done](const Result<Group> &r) {
        if (r.ok()) {
            if (!m_model.group(r.value().id))
                m_model.insert(r.value());
            m_activity.setDone(entry);
        } else {
            m_activity.setFailed(entry, r.error().message,
                                 [self = QPointer(this), name, privileges] {
                                     if (self)
                                         self->create(name, privileges, nullptr);
                                 });
        }
        if (done && (!hasReceiver || receiver))
            done(r);
    };
    // The groups there before: a group of this name that is not among them was made by this.
    QSet<QString> before;
    for (int row = 0; row < m_model.rowCount(); ++row)
        before.insert(m_model.at(row).id);
    ApiCall *call = GroupService(m_client).create(
        name, privileges, this, [this, name, before, finish](const Result<Group> &r) {
            if (r.ok() || !r.error().mayHaveHappened()) {
                finish(r);
                return;
            }
            // Group names may repeat, so creating again could make a second one: look first.
            const ApiError error = r.error();
            auto found = std::make_shared<Group>();
            WriteCheck::confirm(
                this,
                [this, name, before, found](std::function<void(bool)> answer) {
                    GroupService(m_client).all(
                        this, [name, before, found, answer](const Result<QList<Group>> &all) {
                            for (const Group &g : all.ok() ? all.value() : QList<Group>()) {
                                if (g.name == name && !before.contains(g.id)) {
                                    *found = g;
                                    answer(true);
                                    return;
                                }
                            }
                            answer(false);
                        });
                },
                [found, error, finish](bool made) {
                    finish(made ? Result<Group>(*found) : error);
                });
        });
    track(call, entry);
    return call;
}

ApiCall *GroupsController::update(const QString &groupId, const GroupChange &change,
                                  QObject *context, std::function<void(const Result<Group> &)> done)
{
    const int entry = m_activity.record(
        change.privileges.isEmpty() ? tr("Rename group") : tr("Change group"), describe(groupId));
    m_model.setPending(groupId, true);
    QPointer<QObject> receiver(context);
    const bool hasReceiver = context != nullptr;
    auto finish = [this, entry, groupId, change, receiver, hasReceiver,
                   done](const Result<Group> &r) {
        m_model.setPending(groupId, false);
        if (r.ok()) {
            m_model.update(r.value());
            m_activity.setDone(entry);
        } else {
            m_activity.setFailed(entry, r.error().message,
                                 [self = QPointer(this), groupId, change] {
                                     if (self)
                                         self->update(groupId, change, nullptr);
                                 });
        }
        if (done && (!hasReceiver || receiver))
            done(r);
    };
    ApiCall *call = GroupService(m_client).update(
        groupId, change, this, [this, groupId, change, finish](const Result<Group> &r) {
            if (r.ok() || !r.error().mayHaveHappened()) {
                finish(r);
                return;
            }
            const ApiError error = r.error();
            auto now = std::make_shared<Group>();
            WriteCheck::confirm(
                this,
                [this, groupId, change, now](std::function<void(bool)> answer) {
                    GroupService(m_client).get(
                        groupId, this, [change, now, answer](const Result<Group> &read) {
                            if (!read.ok()) {
                                answer(false);
                                return;
                            }
                            *now = read.value();
                            bool made = !change.name || now->name == *change.name;
                            for (auto it = change.privileges.begin(); it != change.privileges.end();
                                 ++it)
                                made = made && now->privileges.value(it.key()) == it.value();
                            answer(made);
                        });
                },
                [now, error, finish](bool made) { finish(made ? Result<Group>(*now) : error); });
        });
    track(call, entry);
    return call;
}

void GroupsController::remove(const QStringList &groupIds)
{
    if (groupIds.isEmpty())
        return;
    auto results = std::make_shared<QList<ItemResult>>();
    auto remaining = std::make_shared<int>(int(groupIds.size()));
    for (const QString &id : groupIds) {
        const QString target = describe(id);
        const int entry = m_activity.record(tr("Delete group"), target);
        m_model.setPending(id, true);
        auto finish = [this, id, target, entry, results, remaining](const Result<Done> &r) {
            if (r.ok()) {
                m_model.remove(id);
                if (m_access)
                    m_access->removeGroup(id);
                m_activity.setDone(entry);
            } else {
                m_model.setPending(id, false);
                m_activity.setFailed(entry, r.error().message, [self = QPointer(this), id] {
                    if (self)
                        self->remove({id});
                });
            }
            results->append({target, r.ok(), r.error().kind == ApiError::Kind::Cancelled,
                             r.ok() ? QString() : r.error().message});
            if (--*remaining == 0)
                emit removeFinished(*results);
        };
        ApiCall *call =
            GroupService(m_client).remove(id, this, [this, id, finish](const Result<Done> &r) {
                // Not found is what was asked for (a repeated delete whose answer was lost).
                const bool gone = !r.ok() && r.error().isNotFound();
                if (r.ok() || gone || !r.error().mayHaveHappened()) {
                    finish(gone ? Result<Done>(Done{}) : r);
                    return;
                }
                const ApiError error = r.error();
                WriteCheck::confirm(
                    this,
                    [this, id](std::function<void(bool)> answer) {
                        GroupService(m_client).get(id, this, [answer](const Result<Group> &read) {
                            answer(!read.ok() && read.error().isNotFound());
                        });
                    },
                    [error, finish](bool made) {
                        finish(made ? Result<Done>(Done{}) : Result<Done>(error));
                    });
            });
        track(call, entry);
    }
}

} // namespace ionos

namespace ionos {

void GroupsController::applyMatrix(PrivilegeMatrixModel &matrix)
{
    const QMap<QString, QMap<QString, bool>> staged = matrix.stagedChanges();
    if (staged.isEmpty())
        return;
    auto results = std::make_shared<QList<ItemResult>>();
    auto remaining = std::make_shared<int>(int(staged.size()));
    QPointer<PrivilegeMatrixModel> guard(&matrix);
    for (auto it = staged.begin(); it != staged.end(); ++it) {
        const QString groupId = it.key();
        GroupChange change;
        change.privileges = it.value();
        matrix.markApplying(groupId);
        const QString target = describe(groupId);
        update(groupId, change, this,
               [this, guard, groupId, target, results, remaining](const Result<Group> &r) {
                   if (guard) {
                       if (r.ok())
                           guard->markApplied(groupId);
                       else
                           guard->markFailed(groupId, r.error().message);
                   }
                   results->append({target, r.ok(), r.error().kind == ApiError::Kind::Cancelled,
                                    r.ok() ? QString() : r.error().message});
                   if (--*remaining == 0)
                       emit matrixApplied(*results);
               });
    }
}

} // namespace ionos
