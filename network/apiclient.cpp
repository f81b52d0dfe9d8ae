#include "network/apiclient.h"

#include "network/completion.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApi, "ionos.network", QtWarningMsg)

namespace ionos {
namespace {

QString hostKey(const QUrl &url)
{
    return url.scheme() + QStringLiteral("://") + url.host() + QLatin1Char(':') +
           QString::number(url.port(url.scheme() == QStringLiteral("https") ? 443 : 80));
}

bool allowedScheme(const QUrl &url)
{
    return url.scheme() == QStringLiteral("https") ||
           (url.scheme() == QStringLiteral("http") && ApiEndpoints::isLoopbackHost(url.host()));
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return hostKey(a) == hostKey(b);
}

} // namespace

thread_local RequestPriority ApiClient::s_priority = RequestPriority::Visible;

ApiClient::ApiClient(QNetworkAccessManager *manager, const ConnectionSettings &settings,
                     QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_settings(settings)
{}

void ApiClient::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
    // Schedulers keep running what they have; new calls go to fresh ones.
    m_retiredSent += liveSentCount();
    for (RequestScheduler *scheduler : std::as_const(m_schedulers)) {
        disconnect(scheduler, nullptr, this, nullptr);
        connect(scheduler, &RequestScheduler::activityChanged, scheduler, [scheduler] {
            if (scheduler->queuedCount() == 0 && scheduler->inFlightCount() == 0)
                scheduler->deleteLater();
        });
    }
    m_schedulers.clear();
    m_lastFigures = {};
    emit activityChanged(0, 0);
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("ionos-admin/" IONOS_ADMIN_VERSION " (Qt ") + qVersion() + ')';
}

QUrl ApiClient::baseFor(ApiRequest::Api api) const
{
    return api == ApiRequest::Api::Cloud ? m_settings.cloudBase : m_settings.resellerBase;
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url;
    if (request.absoluteUrl.isValid() && !request.absoluteUrl.isEmpty()) {
        // A Location from the server: follow it only on the API's own origin, so credentials
        // never go anywhere else.
        if (!sameOrigin(request.absoluteUrl, baseFor(request.api)))
            return {};
        url = request.absoluteUrl;
    } else {
        const QUrl base = baseFor(request.api);
        QByteArray encoded = base.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
        while (encoded.endsWith('/'))
            encoded.chop(1);
        url = QUrl::fromEncoded(encoded + request.path.toLatin1(), QUrl::StrictMode);
        if (!request.query.isEmpty())
            url.setQuery(request.query);
    }
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || !allowedScheme(url))
        return {};
    return url;
}

QNetworkRequest ApiClient::networkRequest(const ApiRequest &request, const QUrl &url) const
{
    QNetworkRequest r(url);
    const Credentials &c = m_settings.credentials;
    if (c.usesToken())
        r.setRawHeader("Authorization", "Bearer " + c.token.toUtf8());
    else if (!c.username.isEmpty())
        r.setRawHeader("Authorization",
                       "Basic " + (c.username + QLatin1Char(':') + c.password).toUtf8().toBase64());
    if (request.api == ApiRequest::Api::Cloud && m_settings.contractNumber)
        r.setRawHeader("X-Contract-Number", QByteArray::number(*m_settings.contractNumber));
    r.setRawHeader("User-Agent", userAgent());
    r.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Redirects are not followed: the Authorization header must not travel to another place.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // HTTP/1.1 gives six connections per host; pipelining GETs lets the scheduler use the API's
    // whole burst. Over TLS the API speaks HTTP/2, which multiplexes anyway.
    r.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, request.method == "GET");
    // A write leaves before the pipelined reads Qt still holds for a connection.
    if (request.method != "GET")
        r.setPriority(QNetworkRequest::HighPriority);
    return r;
}

RequestScheduler *ApiClient::schedulerFor(const QUrl &url)
{
    const QString key = hostKey(url);
    RequestScheduler *scheduler = m_schedulers.value(key);
    if (!scheduler) {
        scheduler = new RequestScheduler(m_manager, m_settings, this);
        m_schedulers.insert(key, scheduler);
        connect(scheduler, &RequestScheduler::activityChanged, this,
                [this] { emit activityChanged(queuedCount(), inFlightCount()); });
        connect(scheduler, &RequestScheduler::rateLimitChanged, this,
                [this](const RateLimitFigures &figures) {
                    m_lastFigures = figures;
                    emit rateLimitChanged(figures);
                });
        connect(scheduler, &RequestScheduler::attemptFailed, this, &ApiClient::networkFailed);
    }
    return scheduler;
}

ApiCall *ApiClient::send(const ApiRequest &request, QObject *context, ResponseCallback done)
{
    auto *call = new ApiCall(this);
    Completion<RawResponse> complete(call, context, std::move(done));
    const QUrl url = urlFor(request);
    if (url.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = tr("The address of the API is not acceptable: use https, or http only "
                           "for this computer (loopback).");
        // Finish after the caller has the call in hand, as any other call would.
        QTimer::singleShot(0, call, [complete, error] { complete(error); });
        return call;
    }

    auto job = std::make_shared<RequestScheduler::Job>();
    job->request = networkRequest(request, url);
    job->method = request.method;
    job->body = request.body;
    job->repeatable = request.isRepeatable();
    job->priority = request.method == "GET" ? s_priority : RequestPriority::Write;
    job->sent = [guardCall = QPointer<ApiCall>(call)] {
        if (guardCall)
            guardCall->markSent();
    };
    QElapsedTimer clock;
    clock.start();
    const QByteArray method = request.method;
    QPointer<ApiClient> self(this);
    job->done = [self, complete, url, method, clock](const Result<RawResponse> &result) {
        // The log names the operation and the outcome; never a header or a body.
        if (!result.ok()) {
            qCDebug(lcApi).noquote() << method << url.toDisplayString(QUrl::RemoveUserInfo)
                                     << "failed after" << clock.elapsed() << "ms";
            const ApiError error = result.error();
            complete(error);
            // Broken connections are reported by the scheduler, attempt by attempt.
            if (self && error.kind == ApiError::Kind::Timeout)
                emit self->networkFailed(error);
            return;
        }
        const RawResponse &response = result.value();
        qCDebug(lcApi).noquote() << method << url.toDisplayString(QUrl::RemoveUserInfo)
                                 << response.status << "in" << clock.elapsed() << "ms";
        if (self)
            emit self->serverAnswered();
        if (response.status >= 200 && response.status < 300)
            complete(response);
        else
            complete(ApiError::http(url, response.status, response.body));
        if (self && response.status == 401)
            emit self->unauthorized(ApiError::http(url, response.status, response.body));
    };
    RequestScheduler *scheduler = schedulerFor(url);
    QPointer<RequestScheduler> guard(scheduler);
    call->onCancel([guard, job] {
        if (guard)
            guard->cancel(job);
    });
    call->onPromote([guard, job](RequestPriority priority) {
        if (guard)
            guard->promote(job, priority);
    });
    scheduler->submit(job);
    return call;
}

void ApiClient::cancelAll()
{
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls) {
        if (!call->isFinished())
            call->cancel();
    }
}

void ApiClient::dropReads()
{
    const ApiError lost = ApiError::connectionLost();
    for (RequestScheduler *scheduler : std::as_const(m_schedulers))
        scheduler->dropReads(lost);
}

int ApiClient::queuedCount() const
{
    int n = 0;
    for (const RequestScheduler *s : m_schedulers)
        n += s->queuedCount();
    return n;
}

qint64 ApiClient::liveSentCount() const
{
    qint64 n = 0;
    for (const RequestScheduler *s : m_schedulers)
        n += s->sentCount();
    return n;
}

int ApiClient::inFlightCount() const
{
    int n = 0;
    for (const RequestScheduler *s : m_schedulers)
        n += s->inFlightCount();
    return n;
}

int ApiClient::allowedConcurrency(ApiRequest::Api api) const
{
    const RequestScheduler *s = m_schedulers.value(hostKey(baseFor(api)));
    return s ? s->allowedConcurrency() : std::max(1, m_settings.maxConcurrency);
}

} // namespace ionos
