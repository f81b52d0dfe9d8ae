#include "ui/loadstatus.h"

#include "models/connection/sessioncontroller.h"
#include "models/workspace.h"

#include <QLabel>
#include <QStatusBar>

namespace ionos {

LoadStatus::LoadStatus(SessionController &session, QStatusBar *bar)
    : QObject(bar)
    , m_requests(new QLabel(bar))
    , m_background(new QLabel(bar))
    , m_rate(new QLabel(bar))
{
    m_requests->setObjectName(QStringLiteral("activityStatus"));
    m_background->setObjectName(QStringLiteral("backgroundStatus"));
    m_rate->setObjectName(QStringLiteral("rateStatus"));
    m_background->hide();
    bar->addPermanentWidget(m_background);
    bar->addPermanentWidget(m_requests);
    bar->addPermanentWidget(m_rate);
    connect(&session, &SessionController::requestsChanged, this, &LoadStatus::showRequests);
    connect(&session, &SessionController::rateLimitChanged, this, &LoadStatus::showRateLimit);
    showRequests(0, 0);
}

void LoadStatus::follow(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    showBackground(0, 0);
    showRequests(0, 0);
    m_rate->clear();
    if (workspace)
        connect(workspace, &Workspace::backgroundProgress, this, &LoadStatus::showBackground);
}

void LoadStatus::showRequests(int queued, int inFlight)
{
    m_requests->setText(tr("Requests: %1 queued, %2 in flight").arg(queued).arg(inFlight));
}

void LoadStatus::showBackground(int done, int total)
{
    // Shown while the groups' members and shares are still coming in.
    m_background->setVisible(done < total);
    m_background->setText(tr("Loading group details: %1 of %2").arg(done).arg(total));
    m_background->setToolTip(
        tr("Members and shares of every group, loaded after the lists you look at. Until they "
           "are in, counts and \"who can reach it\" say loading."));
}

void LoadStatus::showRateLimit(const RateLimitFigures &f)
{
    if (!f.known()) {
        m_rate->clear();
        return;
    }
    m_rate->setText(tr("Rate limit: %1 of %2 per minute left, burst %3")
                        .arg(f.remaining)
                        .arg(f.limitPerMinute)
                        .arg(f.burst));
}

} // namespace ionos
