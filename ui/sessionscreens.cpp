#include "ui/sessionscreens.h"

#include "models/workspace.h"

#include "models/connection/sessioncontroller.h"
#include "models/restore/sessionmemory.h"
#include "ui/access/accessreviewview.h"
#include "ui/access/findingsview.h"
#include "ui/groups/groupsview.h"
#include "ui/groups/matrixview.h"
#include "ui/import/importdialog.h"
#include "ui/overview/overviewview.h"
#include "ui/overview/posturesaver.h"
#include "ui/reseller/resellerview.h"
#include "ui/resources/resourcesview.h"
#include "ui/snapshot/changesview.h"
#include "ui/snapshot/snapshotsaver.h"
#include "ui/users/usersview.h"

#include <QStackedWidget>
#include <QTabWidget>

namespace ionos {
namespace {

// Who an access review names as its reviewer: the profile's user, else the profile itself (a
// token names no user).
QList<qint64> contractsOf(const SessionController &session)
{
    const std::optional<ConnectionProfile> profile = session.activeProfile();
    return profile ? profile->resellerContracts : QList<qint64>();
}

QString profileNameOf(const SessionController &session)
{
    const std::optional<ConnectionProfile> profile = session.activeProfile();
    return profile ? profile->name : QString();
}

// The account as the posture report names it: the profile, the API address, the contract.
QString accountOf(const SessionController &session)
{
    const std::optional<ConnectionProfile> profile = session.activeProfile();
    if (!profile)
        return {};
    return profile->contractNumber ? SessionScreens::tr("Profile \"%1\", Cloud API %2, contract %3")
                                         .arg(profile->name, profile->cloudUrl)
                                         .arg(*profile->contractNumber)
                                   : SessionScreens::tr("Profile \"%1\", Cloud API %2")
                                         .arg(profile->name, profile->cloudUrl);
}

QString reviewerOf(const SessionController &session)
{
    const std::optional<ConnectionProfile> profile = session.activeProfile();
    if (!profile)
        return {};
    return profile->username.isEmpty() ? profile->name : profile->username;
}

} // namespace

SessionScreens::SessionScreens(Workspace &workspace, SessionController &session,
                               QStackedWidget &pages)
    : m_workspace(workspace)
    , m_pages(pages)
    , m_overview(new OverviewView(workspace, &pages))
    , m_users(new UsersView(workspace, &pages))
    , m_groups(new GroupsView(workspace, &pages))
    , m_matrix(new MatrixView(workspace, &pages))
    , m_resources(new ResourcesView(workspace, &pages))
    , m_ownership(new OwnershipView(workspace, &pages))
    , m_reseller(new ResellerView(workspace, session, &pages))
    , m_findings(new FindingsView(workspace, &pages))
    , m_review(new AccessReviewView(workspace, reviewerOf(session), &pages))
    , m_changes(new ChangesView(workspace, contractsOf(session), &pages))
    , m_snapshots(new SnapshotSaver(workspace, contractsOf(session), pages.window()))
    , m_memory(std::make_unique<SessionMemory>(workspace, profileNameOf(session)))
    , m_posture(new PostureSaver(workspace, *m_memory, accountOf(session), pages.window()))
{
    m_posture->setFindingsOptions([this] { return m_findings->options(); });
    for (QWidget *screen :
         {static_cast<QWidget *>(m_resources), static_cast<QWidget *>(m_ownership),
          static_cast<QWidget *>(m_reseller), static_cast<QWidget *>(m_users),
          static_cast<QWidget *>(m_groups), static_cast<QWidget *>(m_matrix),
          static_cast<QWidget *>(m_findings), static_cast<QWidget *>(m_review),
          static_cast<QWidget *>(m_changes), static_cast<QWidget *>(m_overview)})
        m_pages.addWidget(screen);
    // The Overview counts findings by the clocks the Findings screen is set to.
    QObject::connect(m_findings, &FindingsView::optionsChanged, m_overview,
                     [this] { m_overview->setFindingsOptions(m_findings->options()); });
    // What changed since the last session, and how old the last snapshot is.
    m_overview->setLastSnapshot(m_memory->lastSnapshotAt());
    QObject::connect(m_memory.get(), &SessionMemory::compared, m_overview, &OverviewView::setSince);
    QObject::connect(m_snapshots, &SnapshotSaver::saved, m_overview, [this] {
        m_memory->noteSaved(QDateTime::currentDateTimeUtc());
        m_overview->setLastSnapshot(m_memory->lastSnapshotAt());
    });
}

SessionScreens::~SessionScreens()
{
    // The session ends: the account as it leaves it is kept, to say next time what changed.
    m_memory->keep();
    for (QWidget *screen :
         {static_cast<QWidget *>(m_users), static_cast<QWidget *>(m_groups),
          static_cast<QWidget *>(m_matrix), static_cast<QWidget *>(m_resources),
          static_cast<QWidget *>(m_ownership), static_cast<QWidget *>(m_reseller),
          static_cast<QWidget *>(m_findings), static_cast<QWidget *>(m_review),
          static_cast<QWidget *>(m_changes), static_cast<QWidget *>(m_overview)}) {
        m_pages.removeWidget(screen);
        delete screen;
    }
    delete m_snapshots; // it works on this session's workspace
    delete m_posture;
}

void SessionScreens::bringListsForward(NavigationTree::Page page)
{
    // What the person opens goes before the background load.
    using Page = NavigationTree::Page;
    using List = Workspace::List;
    switch (page) {
    case Page::Users:
        m_workspace.bringForward(List::Users);
        break;
    case Page::Groups:
    case Page::Group:
    case Page::Members:
    case Page::Shares:
    case Page::Matrix:
        m_workspace.bringForward(List::Groups);
        break;
    case Page::Overview:
    case Page::Findings:
    case Page::Review:
    case Page::Changes:
        m_workspace.bringForward(List::Groups);
        [[fallthrough]];
    case Page::Ownership:
        m_workspace.bringForward(List::Users);
        [[fallthrough]];
    case Page::Resources:
    case Page::ResourceType:
        m_workspace.bringForward(List::Resources);
        break;
    default:
        break;
    }
}

QWidget *SessionScreens::open(const NavigationTree::Destination &destination)
{
    using Page = NavigationTree::Page;
    bringListsForward(destination.page);
    switch (destination.page) {
    case Page::Overview:
        return m_overview;
    case Page::Users:
        return m_users;
    case Page::Groups:
        return m_groups;
    case Page::Group:
    case Page::Members:
    case Page::Shares:
        m_groups->selectGroup(destination.groupId);
        m_groups->details()->setCurrentIndex(destination.page == Page::Members  ? 1
                                             : destination.page == Page::Shares ? 2
                                                                                : 0);
        return m_groups;
    case Page::Matrix:
        return m_matrix;
    case Page::Resources:
        return m_resources;
    case Page::ResourceType:
        m_resources->showType(destination.resourceType);
        return m_resources;
    case Page::Ownership:
        return m_ownership;
    case Page::Findings:
        return m_findings;
    case Page::Review:
        return m_review;
    case Page::Changes:
        return m_changes;
    case Page::Reseller:
        return m_reseller;
    case Page::Contract:
        m_reseller->showContract(destination.contract);
        return m_reseller;
    case Page::Reference:
        return nullptr;
    }
    return nullptr;
}

ImportDialog *SessionScreens::importUsers()
{
    auto *dialog = new ImportDialog(m_workspace, m_pages.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QWidget *SessionScreens::addMembers(const QString &groupId, const QStringList &userIds)
{
    m_groups->addMembers(groupId, userIds);
    return m_groups;
}

} // namespace ionos
