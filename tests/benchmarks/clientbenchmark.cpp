// ionos-client-benchmark: how close the client's loads come to what the API's burst allows.
//
// It starts ionos-sandbox with 50 ms latency and burst 10 at two sizes and prints, per load,
//   NAME: wall_ms=... requests=... ideal_ms=... ratio=...
// where ideal_ms = ceil(requests / burst) x latency and ratio = wall_ms / ideal_ms. Wall time runs
// from the first request to the last response the load waits for; requests counts every request
// the load sent, pages fetched ahead past the end included. Before measuring, one light call is
// made, as sign-in does. This program measures; it asserts nothing.
#include "network/apiclient.h"
#include "network/groupservice.h"
#include "network/shareservice.h"
#include "network/userservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

using namespace ionos;

namespace {

constexpr int kLatencyMs = 50;
constexpr int kBurst = 10;

struct Size
{
    int users;
    int groups;
    int resourcesPerType;
};

// Counts the requests a load sends and how long it takes until its last awaited answer.
class Meter
{
public:
    explicit Meter(const ApiClient &client)
        : m_client(client)
    {}
    void start()
    {
        m_sentBefore = m_client.sentCount();
        m_clock.start();
    }
    void stop()
    {
        m_wallMs = m_clock.elapsed();
        m_requests = int(m_client.sentCount() - m_sentBefore);
    }
    int requests() const { return m_requests; }
    qint64 wallMs() const { return m_wallMs; }

private:
    const ApiClient &m_client;
    QElapsedTimer m_clock;
    qint64 m_sentBefore = 0;
    qint64 m_wallMs = 0;
    int m_requests = 0;
};

// Runs the event loop until the load is done and the client is idle: pages fetched ahead past
// the end still count, as requests of the load. QCoreApplication::exec is the only loop here.
void runUntilDone(ApiClient &client, const std::function<void(std::function<void()>)> &load,
                  Meter *meter = nullptr)
{
    auto loaded = std::make_shared<bool>(false);
    auto finishIfIdle = [&client, loaded] {
        if (*loaded && client.inFlightCount() == 0 && client.queuedCount() == 0)
            QCoreApplication::exit(0);
    };
    const QMetaObject::Connection idle =
        QObject::connect(&client, &ApiClient::activityChanged, &client, finishIfIdle);
    load([loaded, finishIfIdle, meter] {
        if (meter)
            meter->stop();
        *loaded = true;
        // Let the scheduler account for the answer that ended the load first.
        QTimer::singleShot(0, finishIfIdle);
    });
    QCoreApplication::exec();
    QObject::disconnect(idle);
}

void loadUsers(ApiClient &client, std::function<void()> done, bool *ok)
{
    UserService(client).all(nullptr, [done, ok](const Result<QList<User>> &r) {
        *ok = *ok && r.ok();
        done();
    });
}

void loadMembers(ApiClient &client, std::function<void()> done, bool *ok)
{
    GroupService(client).all(nullptr, [&client, done, ok](const Result<QList<Group>> &groups) {
        if (!groups.ok() || groups.value().isEmpty()) {
            *ok = *ok && groups.ok();
            done();
            return;
        }
        auto remaining = std::make_shared<int>(int(groups.value().size()));
        for (const Group &g : groups.value()) {
            GroupMemberService(client).members(g.id, nullptr,
                                               [remaining, done, ok](const Result<QList<User>> &r) {
                                                   *ok = *ok && r.ok();
                                                   if (--*remaining == 0)
                                                       done();
                                               });
        }
    });
}

void loadResources(ApiClient &client, std::function<void()> done, bool *ok)
{
    ResourceService(client).all(nullptr, [done, ok](const Result<QList<Resource>> &r) {
        *ok = *ok && r.ok();
        done();
    });
}

void report(const char *name, const Meter &meter, bool ok)
{
    const qint64 ideal = qint64(std::ceil(double(meter.requests()) / kBurst)) * kLatencyMs;
    std::printf("%s: wall_ms=%lld requests=%d ideal_ms=%lld ratio=%.2f%s\n", name,
                static_cast<long long>(meter.wallMs()), meter.requests(),
                static_cast<long long>(ideal),
                ideal > 0 ? double(meter.wallMs()) / double(ideal) : 0.0, ok ? "" : " (FAILED)");
    std::fflush(stdout);
}

bool runSize(const QString &sandboxProgram, const Size &size)
{
    QProcess sandbox;
    sandbox.setProgram(sandboxProgram);
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.setArguments(
        {QStringLiteral("--quiet"), QStringLiteral("--latency-ms"), QString::number(kLatencyMs),
         QStringLiteral("--burst"), QString::number(kBurst), QStringLiteral("--rate-per-minute"),
         QStringLiteral("100000000"), QStringLiteral("--users"), QString::number(size.users),
         QStringLiteral("--groups"), QString::number(size.groups),
         QStringLiteral("--resources-per-type"), QString::number(size.resourcesPerType)});
    sandbox.start();
    if (!sandbox.waitForStarted(10000) || !sandbox.waitForReadyRead(60000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(sandboxProgram));
        return false;
    }
    const QUrl origin(QString::fromUtf8(sandbox.readLine()).trimmed());

    QNetworkAccessManager manager;
    ConnectionSettings settings;
    settings.cloudBase = QUrl(origin.toString() + QStringLiteral("/cloudapi/v6"));
    settings.resellerBase = QUrl(origin.toString() + QStringLiteral("/reseller/v2"));
    settings.credentials.token = QStringLiteral("demo-token");
    ApiClient client(&manager, settings);
    Meter meter(client);

    std::printf("# %d users, %d groups, %d resources per type; latency %d ms, burst %d\n",
                size.users, size.groups, size.resourcesPerType, kLatencyMs, kBurst);
    bool ok = true;
    runUntilDone(client, [&](std::function<void()> done) {
        loadResources(client, done, &ok);
    }); // sign-in's light call

    const std::pair<const char *, std::function<void(std::function<void()>)>> loads[] = {
        {"all users", [&](std::function<void()> done) { loadUsers(client, done, &ok); }},
        {"every group's members",
         [&](std::function<void()> done) { loadMembers(client, done, &ok); }},
        {"all resources", [&](std::function<void()> done) { loadResources(client, done, &ok); }},
        {"sign-in load",
         [&](std::function<void()> done) {
             auto remaining = std::make_shared<int>(3);
             auto one = [remaining, done] {
                 if (--*remaining == 0)
                     done();
             };
             loadUsers(client, one, &ok);
             loadMembers(client, one, &ok);
             loadResources(client, one, &ok);
         }},
    };
    for (const auto &[name, load] : loads) {
        ok = true;
        meter.start();
        runUntilDone(client, load, &meter);
        report(name, meter, ok);
    }
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString sandboxProgram =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(IONOS_SANDBOX_BIN);
    const Size sizes[] = {{1000, 50, 15}, {5000, 500, 50}};
    for (const Size &size : sizes) {
        if (!runSize(sandboxProgram, size))
            return 1;
    }
    return 0;
}
