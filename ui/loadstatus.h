#pragma once

#include "network/requeststatus.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QStatusBar;

namespace ionos {

class SessionController;
class Workspace;

// The status bar's account of the session's work: requests queued and in flight, how far the
// background load is ("Loading group details: 120 of 500"), and the rate budget the server
// announced.
class LoadStatus : public QObject
{
    Q_OBJECT

public:
    LoadStatus(SessionController &session, QStatusBar *bar);

    // The workspace whose background load is shown; nullptr when there is none.
    void follow(Workspace *workspace);

private:
    void showRequests(int queued, int inFlight);
    void showBackground(int done, int total);
    void showRateLimit(const RateLimitFigures &figures);

    QLabel *m_requests;
    QLabel *m_background;
    QLabel *m_rate;
    QPointer<Workspace> m_workspace;
};

} // namespace ionos
