#pragma once

#include "network/requeststatus.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QLocale;
class QStatusBar;

namespace ionos {

class SessionController;
class Workspace;

// The status bar's account of the session's work, for people: how many requests the console
// waits for (only while it waits), how far the background load is ("Loading group details: 120
// of 500", gone when done), and the rate budget the server announced, only once less than a
// fifth of it is left. Figures are written as the locale groups them.
class LoadStatus : public QObject
{
    Q_OBJECT

public:
    LoadStatus(SessionController &session, QStatusBar *bar);

    // The workspace whose background load is shown; nullptr when there is none.
    void follow(Workspace *workspace);

    // Whether the rate budget is worth a word: less than a fifth of the minute's is left.
    static bool rateLimitMatters(const RateLimitFigures &figures);
    // "Requests left this minute: 1,500 of 10,000", the figures as the locale writes them.
    static QString rateLimitText(const RateLimitFigures &figures, const QLocale &locale);

private:
    void showRequests(int queued, int inFlight);
    void showBackground(int done, int total);
    void showKeys(int done, int total);
    void showRateLimit(const RateLimitFigures &figures);

    QLabel *m_requests;
    QLabel *m_background;
    QLabel *m_rate;
    QPointer<Workspace> m_workspace;
};

} // namespace ionos
