#include "sandbox/sandboxserver.h"

#include "sandbox/cloudapi.h"
#include "sandbox/faultinjector.h"
#include "sandbox/httpexchange.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requesttracker.h"
#include "sandbox/resellerapi.h"
#include "sandbox/sampledatagenerator.h"
#include "sandbox/sandboxstate.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMetaEnum>
#include <QPointer>
#include <QRandomGenerator>

#include <QTcpSocket>
#include <QTimer>
#include <utility>

namespace sandbox {
namespace {

HttpRequest copyRequest(const QHttpServerRequest &request)
{
    HttpRequest r;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    r.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    return r;
}

QStringList segmentsAfter(const QString &path, const QString &prefix)
{
    return path.mid(prefix.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool startsWithSegment(const QString &path, const QString &prefix)
{
    return path == prefix || path.startsWith(prefix + QLatin1Char('/'));
}

const QString kCloudPrefix = QStringLiteral("/cloudapi/v6");
const QString kResellerPrefix = QStringLiteral("/reseller/v2");

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_ids(std::make_unique<SampleDataGenerator>(options.seed))
    , m_state(std::make_unique<SandboxState>())
    , m_limiter(std::make_unique<RateLimiter>(options.ratePerMinute, options.burst))
    , m_faults(std::make_unique<FaultInjector>(options))
{
    m_ids->fill(*m_state, SampleSizes{options.users, options.groups, options.resourcesPerType,
                                      options.contracts, options.adminsPerContract});
    m_tracker =
        std::make_unique<RequestTracker>(options.requestDoneMs, options.writeFailRate, *m_ids);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    if (!isLoopbackHost(m_options.host) && !m_options.allowPublic) {
        if (error)
            *error = tr("Refusing to listen on %1, which is not a loopback address.")
                         .arg(m_options.host);
        return false;
    }
    const QHostAddress address = m_options.host == QStringLiteral("localhost")
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : QHostAddress(m_options.host);
    const quint16 port = listen(address, m_options.port);
    if (port == 0) {
        if (error)
            *error = tr("Cannot listen on %1 port %2.").arg(m_options.host).arg(m_options.port);
        return false;
    }
    m_origin = QUrl(QStringLiteral("http://%1:%2")
                        .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                 : address.toString())
                        .arg(port));
    const QString origin = m_origin.toString();
    const QString cloudBase =
        m_options.publicCloudBase.isEmpty() ? origin + kCloudPrefix : m_options.publicCloudBase;
    const QString resellerBase = m_options.publicResellerBase.isEmpty()
                                     ? origin + kResellerPrefix
                                     : m_options.publicResellerBase;
    m_cloud = std::make_unique<CloudApi>(*m_state, *m_tracker, *m_ids, cloudBase);
    m_reseller = std::make_unique<ResellerApi>(*m_state, resellerBase);
    m_clock.start();
    return true;
}

QUrl SandboxServer::cloudBaseUrl() const
{
    return QUrl(m_origin.toString() + kCloudPrefix);
}

QUrl SandboxServer::resellerBaseUrl() const
{
    return QUrl(m_origin.toString() + kResellerPrefix);
}

QString SandboxServer::banner() const
{
    const SandboxOptions &o = m_options;
    QStringList lines;
    lines << m_origin.toString();
    lines << tr("IONOS sandbox listening.");
    lines << tr("  Cloud API v6:    %1").arg(cloudBaseUrl().toString());
    lines << tr("  Reseller API v2: %1").arg(resellerBaseUrl().toString());
    const SandboxOptions defaults;
    lines << tr("  Basic auth:      %1 / %2")
                 .arg(o.username,
                      o.password == defaults.password ? o.password : tr("(the password given)"));
    lines << tr("  Bearer token:    %1")
                 .arg(o.token == defaults.token ? o.token : tr("(the token given)"));
    lines << tr("  Sample data (seed %1): %2 users, %3 groups, %4 resources of each of %5 types")
                 .arg(o.seed)
                 .arg(m_state->userOrder().size())
                 .arg(m_state->groupOrder().size())
                 .arg(o.resourcesPerType)
                 .arg(SandboxState::resourceTypes().size());
    for (const qint64 contract : m_state->contracts())
        lines << tr("  Reseller contract %1: %2 admins")
                     .arg(contract)
                     .arg(m_state->admins(contract).size());
    lines << tr("  Rate limit: %1 per minute, burst %2; writes are DONE after %3 ms")
                 .arg(o.ratePerMinute)
                 .arg(o.burst)
                 .arg(o.requestDoneMs);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// A JSON Web Token, as the IONOS Token Manager issues them, stops working at its "exp" claim.
bool SandboxServer::isPastItsExpiry(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return false;
    const QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
            .object();
    const qint64 exp = qint64(claims.value(QStringLiteral("exp")).toDouble());
    return exp > 0 && exp <= QDateTime::currentSecsSinceEpoch();
}

SandboxServer::Caller SandboxServer::identify(const HttpRequest &request) const
{
    const QByteArray header = request.header("Authorization").trimmed();
    if (header.startsWith("Bearer ")) {
        const QByteArray token = header.mid(7).trimmed();
        const qint64 lifetime = m_options.tokenLifetimeMs;
        auto alive = [&](qint64 issuedMs) {
            return lifetime <= 0 || m_clock.elapsed() - issuedMs < lifetime;
        };
        if (m_expiredTokens.contains(token) || isPastItsExpiry(token))
            return Caller::ExpiredToken;
        if (token == m_options.token.toUtf8())
            return alive(0) ? Caller::Administrator : Caller::ExpiredToken;
        if (const auto issued = m_issuedTokens.constFind(token); issued != m_issuedTokens.cend())
            return alive(*issued) ? Caller::Administrator : Caller::ExpiredToken;
        if (!m_options.viewerToken.isEmpty() && token == m_options.viewerToken.toUtf8())
            return Caller::Viewer;
        return Caller::Unknown;
    }
    if (header.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        const bool valid = colon > 0 && decoded.left(colon) == m_options.username.toUtf8() &&
                           decoded.mid(colon + 1) == m_options.password.toUtf8();
        if (!valid)
            return Caller::Unknown;
        return m_options.twoFactor ? Caller::TwoFactorWithBasic : Caller::Administrator;
    }
    return Caller::Unknown;
}

// Where the sign-on URL of GET /um/users/{id}/s3ssourl leads: a page standing in for the Object
// Storage console, naming the user it signed in.
HttpResponse SandboxServer::objectStorageSignOnPage(const HttpRequest &request) const
{
    const SbUser *user = m_state->user(request.query.queryItemValue(QStringLiteral("user")));
    HttpResponse r;
    r.status = user ? 200 : 404;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    const QString who = user ? user->email.toHtmlEscaped() : tr("an unknown user");
    r.body = QStringLiteral("<!DOCTYPE html><html><head><title>Object Storage (sandbox)</title>"
                            "</head><body><h1>Object Storage (sandbox)</h1><p>Signed in as %1. "
                            "The sandbox has no buckets to show.</p></body></html>")
                 .arg(who)
                 .toUtf8();
    return r;
}

void SandboxServer::addRateLimitHeaders(HttpResponse &response)
{
    response.setHeader("X-RateLimit-Limit", QByteArray::number(m_limiter->ratePerMinute()));
    response.setHeader("X-RateLimit-Remaining", QByteArray::number(m_limiter->remaining()));
    response.setHeader("X-RateLimit-Burst", QByteArray::number(m_limiter->burst()));
}

HttpResponse SandboxServer::respond(const HttpRequest &request, bool &dropConnection)
{
    dropConnection = false;
    if (request.path == QStringLiteral("/object-storage/sign-on"))
        return objectStorageSignOnPage(request);
    if (m_inFlight > m_limiter->burst()) {
        HttpResponse r = HttpResponse::error(
            429, tr("Too many requests at once: at most %1 may be in flight. Retry after the "
                    "time given in Retry-After.")
                     .arg(m_limiter->burst()));
        r.setHeader("Retry-After", "1");
        return r;
    }
    if (const int wait = m_limiter->acquire(); wait > 0) {
        HttpResponse r = HttpResponse::error(
            429, tr("The rate limit of %1 requests per minute is used up. Retry after %2 s.")
                     .arg(m_limiter->ratePerMinute())
                     .arg(wait));
        r.setHeader("Retry-After", QByteArray::number(wait));
        return r;
    }
    switch (identify(request)) {
    case Caller::Unknown:
        return HttpResponse::error(401, tr("Authentication failed: send HTTP Basic credentials or "
                                           "'Authorization: Bearer <token>' with a valid token."));
    case Caller::ExpiredToken:
        return HttpResponse::error(401, tr("The token has expired. Create a new token in the "
                                           "Token Manager."));
    case Caller::TwoFactorWithBasic:
        return HttpResponse::error(401, tr("Basic authentication is not possible for a user with "
                                           "2-factor authentication. Use a token created in the "
                                           "Token Manager."));
    case Caller::Viewer:
        return HttpResponse::error(403, tr("Access denied: only the contract owner and "
                                           "administrators can manage users, groups, shares and "
                                           "admins."));
    case Caller::Administrator:
        break;
    }

    Fault fault = Fault::None;
    const auto targeted = std::find_if(m_injectedFor.begin(), m_injectedFor.end(),
                                       [&](const auto &f) { return f.first == request.method; });
    if (targeted != m_injectedFor.end()) {
        fault = targeted->second;
        m_injectedFor.erase(targeted);
    } else {
        fault = m_injected.isEmpty() ? m_faults->draw() : m_injected.takeFirst();
    }
    switch (fault) {
    case Fault::ServerError:
        return HttpResponse::error(500, tr("Internal server error (injected by the sandbox)."));
    case Fault::Unavailable:
        return HttpResponse::error(503, tr("The API is temporarily unavailable for maintenance "
                                           "(injected by the sandbox)."));
    case Fault::Forbidden:
        return HttpResponse::error(403, tr("Access denied: this user may not change this group "
                                           "(injected by the sandbox)."));
    case Fault::RateLimited: {
        HttpResponse r = HttpResponse::error(
            429, tr("Too many requests. Retry after the time given in Retry-After."));
        r.setHeader("Retry-After", "1");
        return r;
    }
    case Fault::BadGatewayHtml: {
        HttpResponse r;
        r.status = 502;
        r.setHeader("Content-Type", "text/html");
        r.body = FaultInjector::badGatewayPage();
        return r;
    }
    default:
        break;
    }

    HttpResponse response;
    if (startsWithSegment(request.path, kCloudPrefix))
        response = m_cloud->handle(request, segmentsAfter(request.path, kCloudPrefix));
    else if (startsWithSegment(request.path, kResellerPrefix))
        response = m_reseller->handle(request, segmentsAfter(request.path, kResellerPrefix));
    else
        response = HttpResponse::error(404, tr("There is no API under %1. The Cloud API is under "
                                               "/cloudapi/v6 and the Reseller API under "
                                               "/reseller/v2.")
                                                .arg(request.path));

    if (fault == Fault::EmptyBody)
        response.body.clear();
    if (fault == Fault::TruncatedBody && response.body.size() > 1)
        response.body.truncate(response.body.size() / 2);
    dropConnection = fault == Fault::DroppedConnection;
    if (fault == Fault::SlowAnswer)
        m_slowAnswerMs = kSlowAnswerMs;
    return response;
}

struct SandboxServer::Outgoing
{
    HttpResponse response;
    bool drop = false;
    bool closeAfter = false;
};

struct SandboxServer::Connection
{
    quint64 nextSequence = 0;
    quint64 nextToWrite = 0;
    QMap<quint64, Outgoing> ready;
};

void SandboxServer::expireTokens()
{
    m_expiredTokens.insert(m_options.token.toUtf8());
    for (auto it = m_issuedTokens.cbegin(); it != m_issuedTokens.cend(); ++it)
        m_expiredTokens.insert(it.key());
}

QString SandboxServer::issueToken()
{
    const QByteArray token = "issued-" + QByteArray::number(m_issuedTokens.size() + 1) + '-' +
                             QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    m_issuedTokens.insert(token, m_clock.elapsed());
    return QString::fromLatin1(token);
}

HttpResponse SandboxServer::answer(const HttpRequest &request)
{
    bool drop = false;
    HttpResponse response = respond(request, drop);
    addRateLimitHeaders(response);
    if (drop)
        response.status = 0;
    return response;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpRequest copy = copyRequest(request);
    ++m_inFlight;
    m_log.append({copy.method, copy.path, copy.query.toString(QUrl::FullyDecoded), copy.headers,
                  copy.body, m_clock.elapsed(), m_inFlight});
    Outgoing outgoing;
    outgoing.response = respond(copy, outgoing.drop);
    addRateLimitHeaders(outgoing.response);
    outgoing.closeAfter = copy.header("Connection").compare("close", Qt::CaseInsensitive) == 0;

    std::shared_ptr<Connection> &connection = m_connections[socket];
    if (!connection) {
        connection = std::make_shared<Connection>();
        connect(socket, &QObject::destroyed, this,
                [this, socket] { m_connections.remove(socket); });
    }
    const quint64 sequence = connection->nextSequence++;

    // A client that pipelines sends the next request before this one is answered; the parser
    // reads it only on the next readyRead, so nudge it when bytes are already waiting.
    QMetaObject::invokeMethod(
        socket,
        [socket = QPointer<QTcpSocket>(socket)] {
            if (socket && socket->bytesAvailable() > 0)
                emit socket->readyRead();
        },
        Qt::QueuedConnection);

    const int latency = m_faults->latencyMs() + std::exchange(m_slowAnswerMs, 0);
    if (latency <= 0) {
        finishRequest(socket, sequence, outgoing);
        return true;
    }
    QTimer::singleShot(latency, this,
                       [this, socket = QPointer<QTcpSocket>(socket), sequence, outgoing] {
                           finishRequest(socket, sequence, outgoing);
                       });
    return true;
}

void SandboxServer::finishRequest(QTcpSocket *socket, quint64 sequence, const Outgoing &outgoing)
{
    --m_inFlight;
    const auto it = m_connections.constFind(socket);
    if (!socket || it == m_connections.constEnd())
        return;
    (*it)->ready.insert(sequence, outgoing);
    writeReady(socket);
}

void SandboxServer::writeReady(QTcpSocket *socket)
{
    const std::shared_ptr<Connection> connection = m_connections.value(socket);
    while (connection && connection->ready.contains(connection->nextToWrite)) {
        const Outgoing outgoing = connection->ready.take(connection->nextToWrite++);
        write(socket, outgoing);
        if (outgoing.drop || outgoing.closeAfter ||
            socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void SandboxServer::write(QTcpSocket *socket, const Outgoing &outgoing)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray whole = outgoing.response.serialize();
    if (outgoing.drop) {
        // The status line and headers promise a body that never comes in full.
        const qsizetype body = outgoing.response.body.size();
        // Closed gracefully, so the partial answer reaches the client before the end.
        socket->write(whole.left(whole.size() - body + body / 3));
        socket->disconnectFromHost();
        return;
    }
    socket->write(whole);
    if (outgoing.closeAfter)
        socket->disconnectFromHost();
}

int SandboxServer::maxInFlightSeen() const
{
    int most = 0;
    for (const LoggedRequest &r : m_log)
        most = std::max(most, r.inFlight);
    return most;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request itself, so this is only a safety net.
    handleRequest(request, socket);
}

} // namespace sandbox
