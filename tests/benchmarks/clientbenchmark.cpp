// ionos-client-benchmark: what a person waits for when the console signs in to a big account.
//
// It starts ionos-sandbox (50 ms latency, burst 10) at two sizes, each once without a rate limit
// and once at 600 requests per minute, and runs the console's own sign-in load: the workspace
// that MainWindow loads after sign-in (Workspace::loadAll), after one light call as sign-in
// makes. 200 ms into the load it creates a user, as a person would. Per block it prints:
//   sign-in: requests=R first_rows_ms=A users_complete_ms=U everything_ms=E ideal_ms=I ratio=E/I
//            rss_mb=M longest_stall_ms=S
//   users first: users_complete_ms=U ideal_ms=J ratio=U/J
//   write during sign-in: accepted_ms=W ideal_ms=L ratio=W/L
//   keys: users=N keys=K requests=Q loaded_ms=L (after everything: D) report_ms=P bytes=B
// R counts every request the load sent until everything was in (pages fetched ahead past the
// end and the write included); I = max(ceil(R / burst) x latency, R / rate x 60,000); J is the same
// for the requests of the users chain alone; L is one latency; W runs from the create until the
// server accepted it (202). longest_stall_ms is the longest the main thread was busy in one
// stretch, from a timer that measures its own lateness. After the 10,000-user load without a rate
// limit it also measures a filter keystroke over the users table and opening a resource type of the
// resources tree, on the real screens (offscreen), and effective access:
//   access engine: users=N groups=G resources=R copy_ms=C built_ms=B user_ms=U findings_ms=F
//                  what_if_ms=W
// C copies what is loaded (on the main thread), B makes the engine of it (on a worker thread in
// the console), U is the access of the user who reaches most (an administrator reaches every
// resource), F every finding (on a worker thread in the console), W the preview of deleting the
// group with the most members. Then the Overview, as the console opens on it after the load:
//   overview: users=N shown_ms=S findings=F
// Then a file of 5,000 rows to import, half updates and half new users, planned:
//   import plan: rows=5000 users=N plan_ms=P what_if_ms=W (create= update= same= refused=)
// S runs from its showing until every figure is on screen (findings on a worker thread). Then a
// snapshot:
//   snapshot: users=N write_ms=W read_ms=R diff_ms=D (C changes) bytes=B restore_plan_ms=P
//             (S steps) undo_keep_ms=K
// W writes the loaded account as a snapshot file (in memory), R reads it back, D compares it with
// a copy in which one user in ten has a new e-mail address. The keys line follows every user's
// Object Storage keys, which load a request per user after everything else: L is when the last
// was in, D how long after everything, P how long `report keys` then takes to make its JSON (B
// bytes); at 10,000 users with a rate limit they would take many minutes and are not waited for.
// Without a rate limit it then
// loads the users once more, alone, for comparison. This program measures; it asserts nothing.
#include "models/access/accessengine.h"
#include "models/access/effectiveaccess.h"
#include "models/access/findings.h"
#include "models/access/whatif.h"
#include "models/connection/connectioncheck.h"
#include "models/import/importplan.h"
#include "models/keys/keysreportmodel.h"
#include "models/restore/snapshottaker.h"
#include "models/snapshot/restoreplan.h"
#include "models/snapshot/snapshotdiff.h"
#include "models/users/userscontroller.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "network/apiclient.h"
#include "network/userservice.h"
#include "ui/overview/overviewview.h"
#include "ui/resources/resourcesview.h"
#include "ui/users/usersview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QTreeView>
#include <QUrlQuery>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace ionos;

namespace {

constexpr int kLatencyMs = 50;
constexpr int kBurst = 10;
constexpr int kWriteAfterMs = 200;

struct Block
{
    int users;
    int groups;
    int resourcesPerType;
    int ratePerMinute; // 0: no limit
};

// The network access of the client, counting the requests of the users chain on their way out.
class CountingManager : public QNetworkAccessManager
{
public:
    int userPages = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoing) override
    {
        const QUrl url = request.url();
        if (op == GetOperation && url.path().endsWith(QStringLiteral("/um/users")))
            ++userPages;
        return QNetworkAccessManager::createRequest(op, request, outgoing);
    }
};

// How late a timer that should fire every few milliseconds fires: the longest stretch in which
// the main thread did something else.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_clock.restart() - kTickMs); });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max<qint64>(0, m_longest);
    }

private:
    static constexpr int kTickMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / 1048576.0
                             : -1;
}

qint64 idealMs(int requests, int ratePerMinute)
{
    const qint64 byBurst = qint64(std::ceil(double(requests) / kBurst)) * kLatencyMs;
    const qint64 byRate =
        ratePerMinute > 0 ? qint64(std::ceil(double(requests) * 60000.0 / ratePerMinute)) : 0;
    return std::max(byBurst, byRate);
}

double ratio(qint64 measured, qint64 ideal)
{
    return ideal > 0 ? double(measured) / double(ideal) : 0.0;
}

// Runs the event loop until `done` says so or the time runs out.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return done();
}

// The slowest keystroke in the users filter, each until the table is laid out and painted again.
qint64 filterKeystrokeMs(Workspace &workspace)
{
    UsersView view(workspace);
    view.resize(1200, 700);
    view.show();
    QCoreApplication::processEvents();
    auto *filter = view.findChild<QLineEdit *>(QStringLiteral("usersFilter"));
    if (!filter)
        return -1;
    qint64 slowest = 0;
    // The beginning of a user's e-mail address, as a person looking for them types it: each
    // keystroke leaves fewer rows, down to a few; then the filter is cleared.
    const UsersModel &users = workspace.users();
    const QString typed =
        users.index(users.rowCount() / 2, UsersModel::EmailColumn).data().toString().left(6);
    for (int n = 1; n <= typed.size(); ++n) {
        QElapsedTimer clock;
        clock.start();
        filter->setText(typed.left(n));
        QCoreApplication::processEvents();
        slowest = std::max(slowest, clock.elapsed());
    }
    QElapsedTimer clock;
    clock.start();
    filter->clear(); // back to every user
    QCoreApplication::processEvents();
    return std::max(slowest, clock.elapsed());
}

// The Overview after the load, as the console opens on it: from its showing until its figures
// (findings included, worked out on a worker thread) are on screen. The access engine is made
// already, as it is a quarter of a second after the load.
void printOverviewFigures(Workspace &workspace)
{
    workspace.accessEngine().current();
    waitFor([&] { return workspace.accessEngine().isSettled(); }, 120000);
    OverviewView view(workspace);
    view.resize(1200, 800);
    bool shown = false;
    QObject::connect(&view, &OverviewView::refreshed, &view, [&shown] { shown = true; });
    QElapsedTimer clock;
    clock.start();
    view.show();
    waitFor([&shown] { return shown; }, 120000);
    const qint64 shownMs = clock.elapsed();
    std::printf("overview: users=%d shown_ms=%lld findings=%d\n", view.glance().users,
                static_cast<long long>(shownMs), view.glance().findingsTotal());
}

// An import of 5,000 rows planned against the loaded account, as the Import dialog and
// `import --dry-run` plan it: half of them users of the account (a property and a group each),
// half new users with two groups. P reads and plans the file, W works out its what-if.
void printImportFigures(Workspace &workspace)
{
    constexpr int kRows = 5000;
    const AccessFacts facts = workspace.accessFacts();
    QByteArray csv = "email,firstname,lastname,active,forceSecAuth,groups,password\n";
    for (int i = 0; i < kRows; ++i) {
        const Group &group = facts.groups.at(i % facts.groups.size());
        const Group &other = facts.groups.at((i * 7 + 3) % facts.groups.size());
        if (i % 2 == 0 && i / 2 < facts.users.size()) {
            const User &u = facts.users.at(i / 2);
            csv +=
                (u.email + QStringLiteral(",,,%1,true,%2,\n")
                               .arg(i % 4 == 0 ? QStringLiteral("false") : QString(), group.name))
                    .toUtf8();
        } else {
            csv += QStringLiteral("imported.%1@example.com,New,User %1,,,%2;%3,long-enough-%1\n")
                       .arg(i)
                       .arg(group.name, other.name)
                       .toUtf8();
        }
    }
    QElapsedTimer clock;
    clock.start();
    const Result<ImportPlan> plan = ImportPlan::of(csv, facts, {});
    const qint64 planMs = clock.elapsed();
    if (!plan.ok()) {
        std::printf("import plan: %s\n", qPrintable(plan.error().message));
        return;
    }
    clock.restart();
    WhatIf preview(workspace.accessEngine().latest());
    plan.value().stage(preview);
    const qsizetype lines = preview.difference().lines().size();
    const qint64 whatIfMs = clock.elapsed();
    std::printf("import plan: rows=%d users=%lld plan_ms=%lld what_if_ms=%lld (create=%d "
                "update=%d same=%d refused=%d, %lld lines)\n",
                kRows, static_cast<long long>(facts.users.size()), static_cast<long long>(planMs),
                static_cast<long long>(whatIfMs), plan.value().count(ImportRow::Action::Create),
                plan.value().count(ImportRow::Action::Update),
                plan.value().count(ImportRow::Action::Same),
                plan.value().count(ImportRow::Action::Refused), static_cast<long long>(lines));
}

// Effective access of the loaded account, as the screens ask for it.
void printAccessFigures(Workspace &workspace)
{
    // The copy of what is loaded is made on the main thread, the rest on a worker thread.
    QElapsedTimer clock;
    clock.start();
    AccessFacts facts = workspace.accessFacts();
    const qint64 copied = clock.elapsed();
    clock.restart();
    const auto shared = std::make_shared<const EffectiveAccess>(std::move(facts));
    const EffectiveAccess &access = *shared;
    const qint64 built = clock.elapsed();
    const QList<User> &users = access.facts().users;
    const auto widest =
        std::find_if(users.begin(), users.end(), [](const User &u) { return u.administrator; });
    clock.restart();
    const UserAccess one = access.of(widest != users.end() ? *widest : users.first());
    const qint64 userMs = clock.elapsed();
    clock.restart();
    const QList<Finding> findings = FindingsRules::find(access, {});
    const qint64 findingsMs = clock.elapsed();
    // The preview of deleting the group with the most members.
    const auto &members = access.facts().members;
    QString biggest;
    for (auto it = members.begin(); it != members.end(); ++it) {
        if (biggest.isEmpty() || it.value().size() > members.value(biggest).size())
            biggest = it.key();
    }
    clock.restart();
    const AccessDifference preview = WhatIf(shared).deleteGroups({biggest}).difference();
    const qint64 previewMs = clock.elapsed();
    std::printf(
        "access engine: users=%lld groups=%lld resources=%lld copy_ms=%lld built_ms=%lld "
        "user_ms=%lld (reaches %lld) findings_ms=%lld (%lld findings) what_if_ms=%lld (%lld "
        "members, %lld lines)\n",
        static_cast<long long>(users.size()), static_cast<long long>(access.facts().groups.size()),
        static_cast<long long>(access.facts().resources.size()), static_cast<long long>(copied),
        static_cast<long long>(built), static_cast<long long>(userMs),
        static_cast<long long>(one.resources.size()), static_cast<long long>(findingsMs),
        static_cast<long long>(findings.size()), static_cast<long long>(previewMs),
        static_cast<long long>(members.value(biggest).size()),
        static_cast<long long>(preview.lines().size()));
}

// A snapshot of the loaded account: written, read back, and compared with a copy in which one
// user in ten has a new e-mail address.
// The keys as `report keys` writes them, once every user's keys are in: how long they took after
// everything else, and how long the report itself takes.
void printKeyFigures(Workspace &workspace, qint64 everythingMs, qint64 keysMs, qint64 requests)
{
    QElapsedTimer clock;
    clock.start();
    KeysReportModel report;
    report.show(workspace.accessFacts(), QDateTime::currentDateTimeUtc());
    const QByteArray json = report.toJson();
    const qint64 reportMs = clock.elapsed();
    std::printf("keys: users=%d keys=%d requests=%lld loaded_ms=%lld (after everything: %lld) "
                "report_ms=%lld bytes=%lld\n",
                workspace.users().rowCount(), report.rowCount(), static_cast<long long>(requests),
                static_cast<long long>(keysMs), static_cast<long long>(keysMs - everythingMs),
                static_cast<long long>(reportMs), static_cast<long long>(json.size()));
}

void printSnapshotFigures(Workspace &workspace)
{
    QElapsedTimer clock;
    clock.start();
    AccountSnapshot snapshot;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    snapshot.account = workspace.accessFacts();
    const QByteArray file = snapshot.toJson();
    const qint64 writeMs = clock.elapsed();
    clock.restart();
    const Result<AccountSnapshot> read = AccountSnapshot::fromJson(file);
    const qint64 readMs = clock.elapsed();
    if (!read.ok())
        return;
    AccountSnapshot changed = read.value();
    for (int i = 0; i < changed.account.users.size(); i += 10)
        changed.account.users[i].email.prepend(QLatin1Char('x'));
    clock.restart();
    const QList<SnapshotChange> changes = SnapshotDiff::between(snapshot, changed);
    const qint64 diffMs = clock.elapsed();
    // Putting those e-mail addresses back: the restore's plan; and the state an undo keeps
    // before each bulk change.
    clock.restart();
    const QList<RestoreStep> steps = RestorePlan::of(snapshot, changed, changes, {});
    const qint64 planMs = clock.elapsed();
    clock.restart();
    const AccountSnapshot kept = SnapshotTaker::ofLoaded(workspace);
    const qint64 keepMs = clock.elapsed();
    std::printf("snapshot: users=%lld write_ms=%lld read_ms=%lld diff_ms=%lld (%lld changes) "
                "bytes=%lld restore_plan_ms=%lld (%lld steps) undo_keep_ms=%lld\n",
                static_cast<long long>(snapshot.account.users.size()),
                static_cast<long long>(writeMs), static_cast<long long>(readMs),
                static_cast<long long>(diffMs), static_cast<long long>(changes.size()),
                static_cast<long long>(file.size()), static_cast<long long>(planMs),
                static_cast<long long>(steps.size()), static_cast<long long>(keepMs));
    Q_UNUSED(kept);
}

// Opening the largest type of the resources tree, until it is laid out.
std::pair<int, qint64> openTypeMs(Workspace &workspace)
{
    ResourcesView view(workspace);
    view.resize(1200, 700);
    view.show();
    QCoreApplication::processEvents();
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("resourcesTree"));
    if (!tree)
        return {0, -1};
    QModelIndex largest;
    for (int t = 0; t < tree->model()->rowCount(); ++t) {
        const QModelIndex type = tree->model()->index(t, 0);
        if (!largest.isValid() || tree->model()->rowCount(type) > tree->model()->rowCount(largest))
            largest = type;
    }
    if (!largest.isValid())
        return {0, -1};
    tree->collapseAll();
    QCoreApplication::processEvents();
    QElapsedTimer clock;
    clock.start();
    tree->expand(largest);
    QCoreApplication::processEvents();
    return {tree->model()->rowCount(largest), clock.elapsed()};
}

bool runBlock(const QString &sandboxProgram, const Block &block, bool measureScreens)
{
    QProcess sandbox;
    sandbox.setProgram(sandboxProgram);
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.setArguments(
        {QStringLiteral("--quiet"), QStringLiteral("--latency-ms"), QString::number(kLatencyMs),
         QStringLiteral("--burst"), QString::number(kBurst), QStringLiteral("--rate-per-minute"),
         QString::number(block.ratePerMinute > 0 ? block.ratePerMinute : 100000000),
         QStringLiteral("--users"), QString::number(block.users), QStringLiteral("--groups"),
         QString::number(block.groups), QStringLiteral("--resources-per-type"),
         QString::number(block.resourcesPerType)});
    sandbox.start();
    if (!sandbox.waitForStarted(10000) || !sandbox.waitForReadyRead(120000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(sandboxProgram));
        return false;
    }
    const QUrl origin(QString::fromUtf8(sandbox.readLine()).trimmed());

    CountingManager manager;
    ConnectionSettings settings;
    settings.cloudBase = QUrl(origin.toString() + QStringLiteral("/cloudapi/v6"));
    settings.resellerBase = QUrl(origin.toString() + QStringLiteral("/reseller/v2"));
    settings.credentials.token = QStringLiteral("demo-token");
    ApiClient client(&manager, settings);

    std::printf("# %d users, %d groups, %d resources per type; latency %d ms, burst %d, %s\n",
                block.users, block.groups, block.resourcesPerType, kLatencyMs, kBurst,
                block.ratePerMinute > 0
                    ? qPrintable(QStringLiteral("%1 requests per minute").arg(block.ratePerMinute))
                    : "no rate limit");
    bool checked = false;
    ConnectionCheck::run(client, nullptr,
                         [&checked](const ConnectionVerdict &) { checked = true; });
    waitFor([&] { return checked; }, 30000);

    Workspace workspace(client);
    QElapsedTimer clock;
    qint64 firstRows = -1, usersComplete = -1, everything = -1, accepted = -1;
    QObject::connect(&workspace.users(), &QAbstractItemModel::modelReset, [&] {
        if (firstRows < 0 && workspace.users().rowCount() > 0)
            firstRows = clock.elapsed();
    });
    QObject::connect(&workspace.usersController(), &UsersController::loaded,
                     [&] { usersComplete = clock.elapsed(); });
    qint64 sentAtEverything = 0;
    QObject::connect(&workspace, &Workspace::everythingLoaded, [&] {
        everything = clock.elapsed();
        sentAtEverything = client.sentCount();
    });
    qint64 keysLoaded = -1;
    QObject::connect(&workspace, &Workspace::keysLoaded, [&] { keysLoaded = clock.elapsed(); });
    qint64 writeStartedMs = -1;
    QTimer::singleShot(kWriteAfterMs, [&] {
        UserDraft draft;
        draft.firstname = QStringLiteral("Bench");
        draft.lastname = QStringLiteral("Mark");
        draft.email = QStringLiteral("bench.mark@example.com");
        draft.password = QStringLiteral("Bench-mark-2026!");
        writeStartedMs = clock.elapsed();
        ApiCall *call = workspace.usersController().create(draft, nullptr);
        QObject::connect(call, &ApiCall::accepted,
                         [&] { accepted = clock.elapsed() - writeStartedMs; });
    });

    StallMeter stalls;
    const qint64 sentBefore = client.sentCount();
    manager.userPages = 0;
    stalls.start();
    clock.start();
    workspace.loadAll();
    const bool loaded = waitFor([&] { return everything >= 0 && accepted >= 0; }, 600000);
    // The load's requests: those sent until everything was in (the keys follow after).
    const int requests = int(sentAtEverything - sentBefore);
    // The users' Object Storage keys load in the background after everything else, a request
    // per user: measured where they take minutes at most.
    const bool measureKeys = block.ratePerMinute == 0 || block.users <= 1000;
    if (measureKeys)
        waitFor([&] { return keysLoaded >= 0; }, 600000);
    const qint64 longestStall = stalls.stop();

    const qint64 ideal = idealMs(requests, block.ratePerMinute);
    const qint64 usersIdeal = idealMs(manager.userPages, block.ratePerMinute);
    std::printf("sign-in: requests=%d first_rows_ms=%lld users_complete_ms=%lld everything_ms=%lld "
                "ideal_ms=%lld ratio=%.2f rss_mb=%.0f longest_stall_ms=%lld%s\n",
                requests, static_cast<long long>(firstRows), static_cast<long long>(usersComplete),
                static_cast<long long>(everything), static_cast<long long>(ideal),
                ratio(everything, ideal), residentMegabytes(), static_cast<long long>(longestStall),
                loaded ? "" : " (INCOMPLETE)");
    std::printf("users first: users_complete_ms=%lld ideal_ms=%lld ratio=%.2f\n",
                static_cast<long long>(usersComplete), static_cast<long long>(usersIdeal),
                ratio(usersComplete, usersIdeal));
    std::printf("write during sign-in: accepted_ms=%lld ideal_ms=%d ratio=%.2f\n",
                static_cast<long long>(accepted), kLatencyMs, ratio(accepted, kLatencyMs));
    if (measureKeys)
        printKeyFigures(workspace, everything, keysLoaded, client.sentCount() - sentAtEverything);
    else
        std::printf("keys: not loaded here: %d requests at %d per minute take about %d minutes\n",
                    block.users, block.ratePerMinute, block.users / block.ratePerMinute);
    if (block.ratePerMinute == 0) {
        // The users chain once more, alone (no models, nothing else loading): what the users
        // first line can come close to on this machine.
        QElapsedTimer alone;
        alone.start();
        bool done = false;
        UserService(client).all(nullptr, [&done](const Result<QList<User>> &) { done = true; });
        waitFor([&done] { return done; }, 120000);
        std::printf("users chain alone: users_complete_ms=%lld\n",
                    static_cast<long long>(alone.elapsed()));
    }
    if (measureScreens) {
        std::printf("filter %dk users: ms=%lld\n", workspace.users().rowCount() / 1000,
                    static_cast<long long>(filterKeystrokeMs(workspace)));
        const auto [resources, openMs] = openTypeMs(workspace);
        std::printf("open a resource type of %d: ms=%lld\n", resources,
                    static_cast<long long>(openMs));
        printAccessFigures(workspace);
        printOverviewFigures(workspace);
        printImportFigures(workspace);
        printSnapshotFigures(workspace);
    }
    std::fflush(stdout);
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    return true;
}

// Each block runs in a process of its own, so that its memory figure is its own.
int runEveryBlock(const QString &sandboxProgram, int blockCount)
{
    for (int i = 0; i < blockCount; ++i) {
        QProcess block;
        block.setProcessChannelMode(QProcess::ForwardedChannels);
        block.start(QCoreApplication::applicationFilePath(),
                    {sandboxProgram, QStringLiteral("--block"), QString::number(i)});
        if (!block.waitForFinished(-1) || block.exitCode() != 0)
            return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The screens are measured offscreen: no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString sandboxProgram = args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-'))
                                       ? args.at(1)
                                       : QStringLiteral(IONOS_SANDBOX_BIN);
    const Block blocks[] = {
        {1000, 50, 15, 0}, {1000, 50, 15, 600}, {10000, 500, 700, 0}, {10000, 500, 700, 600}};
    const int count = int(std::size(blocks));
    const qsizetype at = args.indexOf(QStringLiteral("--block"));
    if (at < 0 || at + 1 >= args.size())
        return runEveryBlock(sandboxProgram, count);
    const int i = args.at(at + 1).toInt();
    if (i < 0 || i >= count)
        return 1;
    const Block &block = blocks[i];
    return runBlock(sandboxProgram, block, block.users >= 10000 && block.ratePerMinute == 0) ? 0
                                                                                             : 1;
}
