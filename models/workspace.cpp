#include "workspace.h"

#include "activitymodel.h"
#include "groupscontroller.h"
#include "groupsmodel.h"
#include "membershipcontroller.h"
#include "privilegematrixmodel.h"
#include "userscontroller.h"
#include "usersmodel.h"

namespace ionos {

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
{}

Workspace::~Workspace() = default;

void Workspace::loadAll()
{
    m_usersController->load();
    m_groupsController->load();
}

} // namespace ionos
