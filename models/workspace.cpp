#include "models/workspace.h"

#include "models/activity/activitymodel.h"
#include "models/connection/connectionmonitor.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/groups/membershipcontroller.h"
#include "models/groups/privilegematrixmodel.h"
#include "models/groups/sharescontroller.h"
#include "models/groups/sharesmodel.h"
#include "models/reseller/adminscontroller.h"
#include "models/resources/accessindex.h"
#include "models/resources/resourcescontroller.h"
#include "models/resources/resourcesmodel.h"
#include "models/users/userscontroller.h"
#include "models/users/usersmodel.h"

namespace ionos {
namespace {

ResourcesModel::OwnerName ownerNames(const UsersModel *users)
{
    return [users](const QString &userId) {
        const std::optional<User> u = users->user(userId);
        return u ? QStringLiteral("%1 <%2>").arg(u->displayName(), u->email) : QString();
    };
}

} // namespace

Workspace::Workspace(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_users(new UsersModel(this))
    , m_groups(new GroupsModel(this))
    , m_matrix(new PrivilegeMatrixModel(*m_groups, this))
    , m_activity(new ActivityModel(this))
    , m_usersController(new UsersController(client, *m_users, *m_activity, this))
    , m_groupsController(new GroupsController(client, *m_groups, *m_activity, this))
    , m_membership(new MembershipController(client, *m_groups, *m_activity, this))
    , m_access(new AccessIndex(this))
    , m_resources(new ResourcesModel(this))
    , m_resourcesController(new ResourcesController(client, *m_resources, this))
    , m_shares(new SharesController(client, *m_groups, *m_access, *m_activity, this))
    , m_admins(new AdminsController(client, *m_activity, this))
    , m_monitor(new ConnectionMonitor(client, this))
{
    m_groupsController->setAccessIndex(m_access);
    m_membership->setAccessIndex(m_access);
    // Owners by name, again whenever the users are loaded.
    m_resources->setOwnerName(ownerNames(m_users));
    connect(
        m_users, &QAbstractItemModel::modelReset, m_resources,
        [resources = m_resources, users = m_users] { resources->setOwnerName(ownerNames(users)); });
    m_shares->shares().setDescribe([resources = m_resources](const QString &resourceId) {
        const Resource *r = resources->resource(resourceId);
        return r ? SharesModel::Label{r->name, ResourcesModel::typeLabel(r->type)}
                 : SharesModel::Label{resourceId, {}};
    });
    // A resource whose shares changed is read again, with the groups it is shared with now.
    connect(m_shares, &SharesController::resourceSharesChanged, m_resourcesController,
            &ResourcesController::refreshResource);
}

Workspace::~Workspace() = default;

void Workspace::loadAll()
{
    m_usersController->load();
    m_groupsController->load();
    m_resourcesController->load();
}

} // namespace ionos
