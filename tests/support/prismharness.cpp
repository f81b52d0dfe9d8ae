#include "prismharness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A copy of a project spec whose paths carry the API's base path, so that the client talks to
// Prism with its real base URLs. The Cloud copy also describes the request-status resource that
// every Location names, so that polling goes through the validator too.
QString prefixedSpec(const QTemporaryDir &dir, const QString &name, const QString &prefix)
{
    QFile in(QStringLiteral(IONOS_SOURCE_DIR "/sandbox/api/") + name);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject spec = QJsonDocument::fromJson(in.readAll()).object();
    const QJsonObject paths = spec.value(QStringLiteral("paths")).toObject();
    QJsonObject prefixed;
    for (auto it = paths.begin(); it != paths.end(); ++it)
        prefixed.insert(prefix + it.key(), it.value());
    if (prefix == QStringLiteral("/cloudapi/v6")) {
        const QJsonObject status{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("required"),
             QJsonArray{QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("metadata")}},
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("id"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                 {QStringLiteral("type"),
                  QJsonObject{
                      {QStringLiteral("type"), QStringLiteral("string")},
                      {QStringLiteral("enum"), QJsonArray{QStringLiteral("request-status")}}}},
                 {QStringLiteral("href"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                              {QStringLiteral("format"), QStringLiteral("uri")}}},
                 {QStringLiteral("metadata"),
                  QJsonObject{
                      {QStringLiteral("type"), QStringLiteral("object")},
                      {QStringLiteral("required"), QJsonArray{QStringLiteral("status")}},
                      {QStringLiteral("properties"),
                       QJsonObject{
                           {QStringLiteral("status"),
                            QJsonObject{
                                {QStringLiteral("type"), QStringLiteral("string")},
                                {QStringLiteral("enum"),
                                 QJsonArray{QStringLiteral("QUEUED"), QStringLiteral("RUNNING"),
                                            QStringLiteral("DONE"), QStringLiteral("FAILED")}}}},
                           {QStringLiteral("message"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}}}}}};
        const QJsonObject operation{
            {QStringLiteral("operationId"), QStringLiteral("requestsStatusGet")},
            {QStringLiteral("parameters"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("requestId")},
                             {QStringLiteral("in"), QStringLiteral("path")},
                             {QStringLiteral("required"), true},
                             {QStringLiteral("schema"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}},
            {QStringLiteral("responses"),
             QJsonObject{
                 {QStringLiteral("200"),
                  QJsonObject{
                      {QStringLiteral("description"), QStringLiteral("The request's status")},
                      {QStringLiteral("content"),
                       QJsonObject{{QStringLiteral("application/json"),
                                    QJsonObject{{QStringLiteral("schema"), status}}}}}}}}}};
        prefixed.insert(prefix + QStringLiteral("/requests/{requestId}/status"),
                        QJsonObject{{QStringLiteral("get"), operation}});
    }
    spec.insert(QStringLiteral("paths"), prefixed);
    const QString path = dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(spec).toJson());
    return path;
}

} // namespace

bool PrismHarness::start(QString *why, sandbox::SandboxOptions options)
{
    if (!m_dir.isValid()) {
        *why = QStringLiteral("no temporary folder");
        return false;
    }
    // A free port is released before Prism binds it, so another process starting at the same
    // moment may take it: then the harness starts again on other ports.
    for (int attempt = 1;; ++attempt) {
        const quint16 cloudPort = PrismProxy::freePort();
        const quint16 resellerPort = PrismProxy::freePort();
        options.publicCloudBase = QStringLiteral("http://127.0.0.1:%1/cloudapi/v6").arg(cloudPort);
        options.publicResellerBase =
            QStringLiteral("http://127.0.0.1:%1/reseller/v2").arg(resellerPort);
        m_cloud.reset();
        m_reseller.reset();
        m_sandbox = std::make_unique<SandboxHarness>(options);
        m_cloud =
            std::make_unique<PrismProxy>(prefixedSpec(m_dir, QStringLiteral("cloudapi-v6-um.json"),
                                                      QStringLiteral("/cloudapi/v6")),
                                         m_sandbox->server().origin(), cloudPort);
        m_reseller = std::make_unique<PrismProxy>(
            prefixedSpec(m_dir, QStringLiteral("reseller-v2.json"), QStringLiteral("/reseller/v2")),
            m_sandbox->server().origin(), resellerPort);
        if (m_cloud->started() && m_reseller->started())
            break;
        *why = m_cloud->startupLog() + m_reseller->startupLog();
        if (attempt == 3 || !why->contains(QStringLiteral("EADDRINUSE")))
            return false;
    }
    ionos::ConnectionSettings s;
    s.cloudBase = QUrl(options.publicCloudBase);
    s.resellerBase = QUrl(options.publicResellerBase);
    s.credentials.token = options.token;
    s.contractNumber = 12345;
    s.retry.maxAttempts = 1;
    s.poll.initialIntervalMs = 30;
    m_client = std::make_unique<ionos::ApiClient>(&m_manager, s);
    return true;
}
