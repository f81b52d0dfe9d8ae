#include "ui/loadstatus.h"

#include "models/connection/sessioncontroller.h"
#include "models/workspace.h"
#include "ui/common/secondarylabel.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace ionos {

LoadStatus::LoadStatus(SessionController &session, QStatusBar *bar)
    : QObject(bar)
    , m_requests(new QLabel(bar))
    , m_background(new QLabel(bar))
    , m_rate(new ToneLabel(&ToneLabel::warning, QString(), bar))
{
    m_requests->setObjectName(QStringLiteral("activityStatus"));
    m_background->setObjectName(QStringLiteral("backgroundStatus"));
    m_rate->setObjectName(QStringLiteral("rateStatus"));
    m_background->hide();
    m_requests->hide();
    m_rate->hide();
    // Room for the widest figures from the start: a count that grows never cuts its label, and
    // the bar does not shift as it changes.
    const auto reserve = [](QLabel *label, const QStringList &texts) {
        int widest = 0;
        for (const QString &text : texts)
            widest = std::max(widest, label->fontMetrics().horizontalAdvance(text));
        label->setMinimumWidth(widest + label->fontMetrics().horizontalAdvance(QLatin1Char('M')));
    };
    const QString many = QLocale().toString(88888);
    reserve(m_requests, {tr("Working: %n request(s)", nullptr, 88888)});
    reserve(m_background, {tr("Loading group details: %1 of %2").arg(many, many),
                           tr("Loading Object Storage keys: %1 of %2").arg(many, many)});
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
    m_rate->hide();
    if (workspace) {
        connect(workspace, &Workspace::backgroundProgress, this, &LoadStatus::showBackground);
        connect(workspace, &Workspace::keysProgress, this, &LoadStatus::showKeys);
    }
}

void LoadStatus::showRequests(int queued, int inFlight)
{
    // Only while the console waits for the server: nothing to say when it does not.
    const int working = queued + inFlight;
    m_requests->setVisible(working > 0);
    m_requests->setText(tr("Working: %n request(s)", nullptr, working));
    m_requests->setToolTip(tr("%1 sent and not answered yet, %2 waiting to be sent")
                               .arg(QLocale().toString(inFlight), QLocale().toString(queued)));
}

void LoadStatus::showBackground(int done, int total)
{
    // Shown while the groups' members and shares are still coming in.
    m_background->setVisible(done < total);
    m_background->setText(tr("Loading group details: %1 of %2")
                              .arg(QLocale().toString(done), QLocale().toString(total)));
    m_background->setToolTip(
        tr("Members and shares of every group, loaded after the lists you look at. Until they "
           "are in, counts and \"who can reach it\" say loading."));
}

void LoadStatus::showKeys(int done, int total)
{
    // After everything else: the users' Object Storage keys.
    m_background->setVisible(done < total);
    m_background->setText(tr("Loading Object Storage keys: %1 of %2")
                              .arg(QLocale().toString(done), QLocale().toString(total)));
    m_background->setToolTip(tr("The Object Storage keys of every user, loaded last. Until they "
                                "are in, the key findings and reports wait for them."));
}

bool LoadStatus::rateLimitMatters(const RateLimitFigures &f)
{
    // Below a fifth of the minute's budget the console starts to pace itself: worth knowing.
    return f.remaining >= 0 && f.limitPerMinute > 0 && f.remaining * 5 < f.limitPerMinute;
}

QString LoadStatus::rateLimitText(const RateLimitFigures &f, const QLocale &locale)
{
    return tr("Requests left this minute: %1 of %2")
        .arg(locale.toString(f.remaining), locale.toString(f.limitPerMinute));
}

void LoadStatus::showRateLimit(const RateLimitFigures &f)
{
    m_rate->setVisible(rateLimitMatters(f));
    if (!f.known())
        return;
    const QLocale locale;
    m_rate->setText(rateLimitText(f, locale));
    m_rate->setToolTip(tr("The server allows %1 requests a minute, %2 at once; the console "
                          "slows down before it runs out.")
                           .arg(locale.toString(f.limitPerMinute), locale.toString(f.burst)));
}

} // namespace ionos
