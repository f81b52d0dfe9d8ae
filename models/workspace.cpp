#include "models/workspace.h"

#include "models/access/accessengine.h"
#include "models/account/accountstate.h"
#include "models/account/resourcetypes.h"
#include "models/activity/activitymodel.h"
#include "models/connection/connectionmonitor.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/membershipcontroller.h"
#include "models/groups/privilegematrixmodel.h"
#include "models/groups/sharescontroller.h"
#include "models/groups/sharesmodel.h"
#include "models/keys/objectstoragekeyscontroller.h"
#include "models/reseller/adminscontroller.h"
#include "models/resources/resourcescontroller.h"
#include "models/resources/resourcesmodel.h"
#include "models/snapshot/undohistory.h"
#include "models/users/userscontroller.h"
#include "models/users/usersmodel.h"

namespace ionos {

Workspace::Workspace(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_state(new AccountState(this))
    , m_users(new UsersModel(m_state->users(), this))
    , m_groups(new GroupsModel(*m_state, this))
    , m_matrix(new PrivilegeMatrixModel(*m_groups, this))
    , m_activity(new ActivityModel(this))
    , m_usersController(new UsersController(client, *m_state, *m_activity, this))
    , m_groupsController(new GroupsController(client, *m_state, *m_activity, this))
    , m_membership(new MembershipController(client, *m_state, *m_activity, this))
    , m_engine(new AccessEngine([this] { return accessFacts(); },
                                [this] { return isEverythingLoaded(); }, this))
    , m_resources(new ResourcesModel(*m_state, this))
    , m_resourcesController(new ResourcesController(client, *m_state, this))
    , m_shares(new SharesController(client, *m_state, *m_activity, this))
    , m_keys(new ObjectStorageKeysController(client, *m_state, *m_activity, this))
    , m_admins(new AdminsController(client, *m_state, *m_activity, this))
    , m_monitor(new ConnectionMonitor(client, this))
    , m_undo(new UndoHistory(
          [this] { return AccountSnapshot::ofLoaded(accessFacts(), m_client.settings()); },
          [this] { return isEverythingLoaded(); }, *m_activity, this))
{
    m_usersController->setJournal(m_undo);
    m_groupsController->setJournal(m_undo);
    m_membership->setJournal(m_undo);
    m_shares->setJournal(m_undo);
    m_keys->setJournal(m_undo);
    m_shares->shares().setDescribe([resources = m_resources](const QString &resourceId) {
        const Resource *r = resources->resource(resourceId);
        return r ? SharesModel::Label{r->name, r->type} : SharesModel::Label{resourceId, {}};
    });
    connect(m_groupsController, &GroupsController::countsProgress, this,
            &Workspace::backgroundProgress);
    // The reads let go while the server was lost are asked for again.
    connect(m_monitor, &ConnectionMonitor::connectionRestored, this, &Workspace::resume);
    followFailure(m_usersController, &m_usersFailed);
    followFailure(m_admins, &m_adminsFailed);
    const auto checkEverything = [this] {
        if (!m_everythingReported && isEverythingLoaded()) {
            m_everythingReported = true;
            emit everythingLoaded();
        }
    };
    connect(m_resourcesController, &ResourcesController::loaded, this, [this, checkEverything] {
        m_resourcesLoaded = true;
        checkEverything();
    });
    connect(m_usersController, &UsersController::loaded, this, checkEverything);
    connect(m_groupsController, &GroupsController::detailsLoaded, this, checkEverything);
    connect(m_usersController, &UsersController::loadFailed, this, &Workspace::loadFailed);
    connect(m_groupsController, &GroupsController::loadFailed, this, &Workspace::loadFailed);
    connect(m_groupsController, &GroupsController::detailsFailed, this, &Workspace::loadFailed);
    connect(m_resourcesController, &ResourcesController::loadFailed, this, &Workspace::loadFailed);
    // Effective access rests on all of the state.
    const auto stale = [engine = m_engine] { engine->invalidate(); };
    for (const RowsNotifier *rows : {&m_state->users().notifier(), &m_state->groups().notifier()}) {
        connect(rows, &RowsNotifier::wasReset, m_engine, stale);
        connect(rows, &RowsNotifier::inserted, m_engine, stale);
        connect(rows, &RowsNotifier::removed, m_engine, stale);
        connect(rows, &RowsNotifier::changed, m_engine, stale);
    }
    connect(m_state, &AccountState::resourcesReset, m_engine, stale);
    connect(m_state, &AccountState::resourcesOfTypeReplaced, m_engine, stale);
    connect(m_state, &AccountState::resourceChanged, m_engine, stale);
    connect(m_state, &AccountState::membersChanged, m_engine, stale);
    connect(m_state, &AccountState::sharesChanged, m_engine, stale);
    connect(m_state, &AccountState::keysChanged, m_engine, stale);
    connect(this, &Workspace::everythingLoaded, m_engine, stale);
    // The keys come last, in the background: what they add (findings, reports) waits for them.
    // Queued: whoever waits for everything hears of it before the keys' requests go out.
    connect(this, &Workspace::everythingLoaded, this, &Workspace::loadKeys, Qt::QueuedConnection);
    connect(m_keys, &ObjectStorageKeysController::everyKeyProgress, this, &Workspace::keysProgress);
    connect(m_keys, &ObjectStorageKeysController::everyKeyLoaded, this, [this] {
        m_keysLoaded = true;
        emit keysLoaded();
    });
    connect(m_keys, &ObjectStorageKeysController::loadFailed, this, [this](const ApiError &e) {
        if (m_keys->isLoadingEvery())
            emit loadFailed(e);
    });
    // A resource whose shares changed is read again, with the groups it is shared with now.
    connect(m_shares, &SharesController::resourceSharesChanged, m_resourcesController,
            &ResourcesController::refreshResource);
}

Workspace::~Workspace()
{
    // What shows and reads the account state goes before the state itself.
    const QObjectList others = children();
    for (QObject *child : others) {
        if (child != m_state)
            delete child;
    }
}

void Workspace::loadAll()
{
    m_everythingReported = false;
    // The first screen's list first; the other lists and the groups' details follow in the
    // background, in that order.
    {
        ApiClient::PriorityScope firstScreen(RequestPriority::FirstScreen);
        m_usersController->load();
    }
    ApiClient::PriorityScope background(RequestPriority::Background);
    m_groupsController->load();
    m_resourcesController->load();
}

void Workspace::resume()
{
    if ((!m_state->areUsersComplete() || m_usersFailed) && !m_usersController->isLoading()) {
        ApiClient::PriorityScope firstScreen(RequestPriority::FirstScreen);
        m_usersController->load();
    }
    ApiClient::PriorityScope background(RequestPriority::Background);
    m_groupsController->resume();
    if (!m_resourcesLoaded && !m_resourcesController->isLoading())
        m_resourcesController->load();
    if (isEverythingLoaded() && !m_keysLoaded && !m_keys->isLoadingEvery())
        loadKeys();
    if (m_adminsFailed && m_admins->contract() != 0) {
        ApiClient::PriorityScope visible(RequestPriority::Visible);
        m_admins->reload();
    }
    emit resumed();
}

void Workspace::bringForward(List list)
{
    ApiCall *load = list == List::Users    ? m_usersController->loadInProgress()
                    : list == List::Groups ? m_groupsController->loadInProgress()
                                           : m_resourcesController->loadInProgress();
    if (load)
        load->promote(RequestPriority::Visible);
}

AccessFacts Workspace::accessFacts() const
{
    // Shared with the state: nothing is copied until one of them changes.
    AccessFacts facts;
    facts.users = m_state->users().all();
    facts.groups = m_state->groups().all();
    facts.members = m_state->memberships();
    facts.shares = m_state->shares();
    facts.resources = m_state->resources().all();
    facts.keys = m_state->keys();
    return facts;
}

void Workspace::loadKeys()
{
    ApiClient::PriorityScope background(RequestPriority::Background);
    QStringList ids;
    for (const User &u : m_state->users().all())
        ids << u.id;
    m_keys->loadEvery(ids);
}

bool Workspace::isEverythingLoaded() const
{
    return m_state->areUsersComplete() && !m_usersController->isLoading() &&
           m_groupsController->detailsComplete() && m_resourcesLoaded;
}

} // namespace ionos
