#include "network/requestscheduler.h"

#include "network/apierror.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcScheduler, "ionos.network.scheduler", QtWarningMsg)

namespace ionos {
namespace {

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
        return true;
    default:
        return false;
    }
}

bool isRetryableStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

} // namespace

qint64 RequestScheduler::retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray value = header.trimmed();
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok && seconds >= 0)
        return seconds * 1000;
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (at.isValid()) {
        at.setTimeSpec(Qt::UTC);
        return std::max<qint64>(0, now.msecsTo(at));
    }
    return 1000;
}

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

RequestScheduler::RequestScheduler(QNetworkAccessManager *manager,
                                   const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_settings(settings)
    , m_wake(new QTimer(this))
{
    m_clock.start();
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &RequestScheduler::pump);
}

int RequestScheduler::allowedConcurrency() const
{
    const int cap = std::max(1, m_settings.maxConcurrency);
    return m_figures.burst > 0 ? std::min(cap, m_figures.burst) : cap;
}

int RequestScheduler::queuedCount() const
{
    int n = m_waiting;
    for (const auto &queue : m_queues)
        n += int(queue.size());
    return n;
}

double RequestScheduler::tokensNow() const
{
    if (!m_budgetKnown || m_figures.limitPerMinute <= 0)
        return -1;
    const double refilled =
        m_tokens + double(m_clock.elapsed() - m_tokensAtMs) * m_figures.limitPerMinute / 60000.0;
    return std::min<double>(refilled, m_figures.limitPerMinute);
}

qint64 RequestScheduler::budgetAllowsAt(RequestPriority priority) const
{
    const qint64 now = m_clock.elapsed();
    const double tokens = tokensNow();
    if (tokens < 0)
        return now;
    // Loads leave a few requests of the budget to writes and to what the person opens, so that
    // a click does not wait for the budget to refill behind them.
    constexpr double kReservedForPeople = 2;
    const double need = priority >= RequestPriority::FirstScreen ? 1 + kReservedForPeople : 1;
    if (tokens >= need)
        return now;
    return now + qint64(std::ceil((need - tokens) * 60000.0 / m_figures.limitPerMinute));
}

std::deque<RequestScheduler::JobPtr> *RequestScheduler::nextQueue()
{
    for (auto &queue : m_queues) {
        if (!queue.empty())
            return &queue;
    }
    return nullptr;
}

void RequestScheduler::submit(const JobPtr &job)
{
    job->age.start();
    m_queues[size_t(job->priority)].push_back(job);
    pump();
}

void RequestScheduler::cancel(const JobPtr &job)
{
    if (job->finished || job->cancelled)
        return;
    job->cancelled = true;
    if (job->reply) {
        job->reply->abort(); // handleFinished completes it
        return;
    }
    if (job->retryTimer) {
        job->retryTimer->stop();
        job->retryTimer->deleteLater();
        job->retryTimer = nullptr;
        --m_waiting;
    }
    auto &queue = m_queues[size_t(job->priority)];
    const auto it = std::find(queue.begin(), queue.end(), job);
    if (it != queue.end())
        queue.erase(it);
    complete(job, ApiError::cancelled());
    emit activityChanged();
}

void RequestScheduler::promote(const JobPtr &job, RequestPriority priority)
{
    if (job->finished || job->cancelled || priority >= job->priority)
        return;
    auto &from = m_queues[size_t(job->priority)];
    const auto it = std::find(from.begin(), from.end(), job);
    job->priority = priority; // also for a retry, should it come to one
    if (it == from.end())
        return; // on its way, or waiting for a retry
    from.erase(it);
    m_queues[size_t(priority)].push_back(job);
    pump();
}

void RequestScheduler::dropReads(const ApiError &error)
{
    std::vector<JobPtr> waiting;
    for (auto &queue : m_queues) {
        const auto reads = std::stable_partition(queue.begin(), queue.end(),
                                                 [](const JobPtr &job) { return !job->isRead(); });
        waiting.insert(waiting.end(), reads, queue.end());
        queue.erase(reads, queue.end());
    }
    const std::vector<JobPtr> started = m_started;
    for (const JobPtr &job : started) {
        if (!job->isRead() || job->finished || job->cancelled || job->dropped)
            continue;
        if (job->reply) {
            job->dropped = error;
            job->reply->abort(); // handleFinished completes it
        } else if (job->retryTimer) {
            job->retryTimer->stop();
            job->retryTimer->deleteLater();
            job->retryTimer = nullptr;
            --m_waiting;
            waiting.push_back(job);
        }
    }
    for (const JobPtr &job : waiting)
        complete(job, error);
    emit activityChanged();
    QMetaObject::invokeMethod(this, &RequestScheduler::pump, Qt::QueuedConnection);
}

void RequestScheduler::wakeAt(qint64 atMs)
{
    const qint64 delay = std::max<qint64>(0, atMs - m_clock.elapsed());
    if (!m_wake->isActive() || m_wake->remainingTime() > delay)
        m_wake->start(int(delay));
}

void RequestScheduler::pump()
{
    while (std::deque<JobPtr> *queue = nextQueue()) {
        const qint64 now = m_clock.elapsed();
        if (now < m_pausedUntilMs) {
            wakeAt(m_pausedUntilMs);
            break;
        }
        if (m_inFlight >= allowedConcurrency())
            break;
        // The first job of the highest class waiting; a lower class needs more of the budget.
        const JobPtr job = queue->front();
        if (const qint64 at = budgetAllowsAt(job->priority); at > now) {
            wakeAt(at);
            break;
        }
        queue->pop_front();
        start(job);
    }
    emit activityChanged();
}

QNetworkReply *RequestScheduler::send(const JobPtr &job)
{
    // The plain operations, not custom verbs: Qt pipelines only a real GET.
    if (job->method == "GET")
        return m_manager->get(job->request);
    if (job->method == "DELETE" && job->body.isEmpty())
        return m_manager->deleteResource(job->request);
    if (job->method == "POST")
        return m_manager->post(job->request, job->body);
    if (job->method == "PUT")
        return m_manager->put(job->request, job->body);
    return job->body.isEmpty() ? m_manager->sendCustomRequest(job->request, job->method)
                               : m_manager->sendCustomRequest(job->request, job->method, job->body);
}

void RequestScheduler::start(const JobPtr &job)
{
    if (std::find(m_started.begin(), m_started.end(), job) == m_started.end())
        m_started.push_back(job);
    ++job->attempts;
    ++m_inFlight;
    ++m_sent;
    if (const double tokens = tokensNow(); tokens >= 0) {
        m_tokens = std::max(0.0, tokens - 1);
        m_tokensAtMs = m_clock.elapsed();
    }
    QNetworkReply *reply = send(job);
    job->reply = reply;
    if (job->attempts == 1 && job->sent)
        job->sent();
    auto *timeout = new QTimer(reply);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, reply, [job, reply] {
        job->timedOut = true;
        reply->abort();
    });
    timeout->start(m_settings.requestTimeoutMs);
    connect(reply, &QNetworkReply::finished, this,
            [this, job, reply] { handleFinished(job, reply); });
}

void RequestScheduler::readFigures(const QNetworkReply *reply)
{
    RateLimitFigures figures = m_figures;
    bool ok = false;
    if (const int v = reply->rawHeader("X-RateLimit-Limit").toInt(&ok); ok)
        figures.limitPerMinute = v;
    if (const int v = reply->rawHeader("X-RateLimit-Remaining").toInt(&ok); ok)
        figures.remaining = v;
    if (const int v = reply->rawHeader("X-RateLimit-Burst").toInt(&ok); ok && v > 0)
        figures.burst = v;
    if (reply->hasRawHeader("X-RateLimit-Remaining") && figures.limitPerMinute > 0) {
        // The server's count, less what is still on its way and may not be in it yet.
        m_tokens = std::max(0, figures.remaining - m_inFlight);
        m_tokensAtMs = m_clock.elapsed();
        m_budgetKnown = true;
    }
    if (figures != m_figures) {
        m_figures = figures;
        emit rateLimitChanged(m_figures);
    }
}

int RequestScheduler::backoffMs(int attempts) const
{
    const RetryPolicy &p = m_settings.retry;
    const qint64 exponential = qint64(p.initialBackoffMs) << std::min(attempts - 1, 20);
    const int ceiling = int(std::min<qint64>(p.maxBackoffMs, exponential));
    // Jitter keeps many clients (or many requests) from retrying in lockstep.
    return ceiling / 2 + int(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

bool RequestScheduler::mayRetry(const JobPtr &job, int delayMs) const
{
    return job->repeatable && job->attempts < m_settings.retry.maxAttempts &&
           job->age.elapsed() + delayMs < m_settings.retry.totalBudgetMs;
}

void RequestScheduler::retryLater(const JobPtr &job, int delayMs)
{
    qCDebug(lcScheduler) << "retrying" << job->method << "in" << delayMs << "ms, attempt"
                         << job->attempts + 1;
    ++m_waiting;
    job->retryTimer = new QTimer(this);
    job->retryTimer->setSingleShot(true);
    connect(job->retryTimer, &QTimer::timeout, this, [this, job] {
        job->retryTimer->deleteLater();
        job->retryTimer = nullptr;
        --m_waiting;
        m_queues[size_t(job->priority)].push_front(job);
        pump();
    });
    job->retryTimer->start(delayMs);
}

void RequestScheduler::handleFinished(const JobPtr &job, QNetworkReply *reply)
{
    --m_inFlight;
    job->reply = nullptr;
    reply->deleteLater();
    readFigures(reply);
    const QUrl url = reply->url();

    if (job->cancelled || job->dropped) {
        complete(job, job->dropped ? *job->dropped : ApiError::cancelled());
        // Cancels come in numbers (a session ends, a load is dropped): the freed slot is filled
        // after they are all through, not with a request cancelled next.
        QMetaObject::invokeMethod(this, &RequestScheduler::pump, Qt::QueuedConnection);
        return;
    }
    if (job->timedOut) {
        complete(job, ApiError::timeout(url, m_settings.requestTimeoutMs));
    } else {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        RawResponse response;
        response.status = status;
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
        // Qt may report a connection closed in the middle of a body as a success.
        const bool cutOff =
            status > 0 && announced.isValid() && response.body.size() < announced.toLongLong();
        if (status == 0 || cutOff) {
            const ApiError error =
                cutOff ? ApiError::truncated(url) : ApiError::network(url, reply->error());
            const int delay = backoffMs(job->attempts);
            if (!cutOff)
                emit attemptFailed(error);
            if ((cutOff || isTransient(reply->error())) && mayRetry(job, delay))
                retryLater(job, delay);
            else
                complete(job, error);
        } else if (status == 429 && job->rateLimitWaits < m_settings.retry.maxRateLimitWaits) {
            ++job->rateLimitWaits;
            --job->attempts; // waiting out the limit is not a failed attempt
            const qint64 until = m_clock.elapsed() + retryAfterMs(reply->rawHeader("Retry-After"),
                                                                  QDateTime::currentDateTimeUtc());
            m_pausedUntilMs = std::max(m_pausedUntilMs, until);
            m_tokens = 0;
            m_tokensAtMs = m_clock.elapsed();
            qCDebug(lcScheduler) << "rate limited; waiting until" << m_pausedUntilMs;
            m_queues[size_t(job->priority)].push_front(job);
        } else {
            // A gateway answering for a backend that is not there is an outage, as a refused
            // connection is: reported attempt by attempt.
            if (status >= 500) {
                const ApiError failure = ApiError::http(url, status, response.body);
                if (failure.isOutage())
                    emit attemptFailed(failure);
            }
            if (const int delay = backoffMs(job->attempts);
                isRetryableStatus(status) && mayRetry(job, delay))
                retryLater(job, delay);
            else
                complete(job, response);
        }
    }
    pump();
}

void RequestScheduler::complete(const JobPtr &job, const Result<RawResponse> &result)
{
    if (job->finished)
        return;
    job->finished = true;
    std::erase(m_started, job);
    if (job->done)
        job->done(result);
    job->done = nullptr;
}

} // namespace ionos
