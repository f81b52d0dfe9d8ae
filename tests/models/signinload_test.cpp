// The sign-in load as the console runs it (Workspace::loadAll): the users table fills from its
// first page before any group's details are asked for, counts and "who can reach" say loading
// until their data is in, and once the server is lost the reads on their way are let go and,
// when it is back, only what is missing is asked for again.
#include "budgets.h"
#include "clientharness.h"
#include "models/account/accountstate.h"
#include "models/connection/connectionmonitor.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/users/userscontroller.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "network/contractadminservice.h"
#include "network/groupservice.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>

using namespace ionos;

namespace {

sandbox::SandboxOptions bigEnough()
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions(600, 16, 5);
    o.latencyMs = 15;
    o.burst = 3;
    return o;
}

// Sign-in makes one light call first, which also tells the client the server's burst.
void signIn(ClientHarness &h);

// A sandbox of bigEnough() size with some options changed, signed in to.
std::unique_ptr<ClientHarness>
signedIn(const std::function<void(sandbox::SandboxOptions &)> &change)
{
    sandbox::SandboxOptions o = bigEnough();
    change(o);
    auto h = std::make_unique<ClientHarness>(o);
    signIn(*h);
    return h;
}

void signIn(ClientHarness &h)
{
    bool answered = false;
    GroupService(h.client()).all(nullptr, [&](const Result<QList<Group>> &) { answered = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered; }, budget::kServerMs));
    h.server().clearRequestLog();
}

bool isUsersPage(const sandbox::SandboxServer::LoggedRequest &r)
{
    return r.method == "GET" && r.path.endsWith(QStringLiteral("/um/users")) &&
           QUrlQuery(r.query).queryItemValue(QStringLiteral("limit")) != QStringLiteral("1");
}

bool isGroupDetail(const sandbox::SandboxServer::LoggedRequest &r)
{
    static const QRegularExpression detail(QStringLiteral("/um/groups/[^/]+/(users|shares)$"));
    return r.method == "GET" && detail.match(r.path).hasMatch();
}

int unknownCounts(const GroupsModel &groups)
{
    int unknown = 0;
    for (int row = 0; row < groups.rowCount(); ++row) {
        for (const int column : {GroupsModel::MembersColumn, GroupsModel::SharesColumn}) {
            if (groups.index(row, column).data(GroupsModel::SortRole).toInt() < 0)
                ++unknown;
        }
    }
    return unknown;
}

void expectCountsAsOnTheServer(ClientHarness &h, Workspace &w)
{
    ASSERT_EQ(w.groups().rowCount(), h.state().groupOrder().size());
    for (int row = 0; row < w.groups().rowCount(); ++row) {
        const QString id = w.groups().at(row).id;
        EXPECT_EQ(w.state().memberCount(id), h.state().membersOf(id).size()) << id.toStdString();
    }
    EXPECT_EQ(unknownCounts(w.groups()), 0);
}

} // namespace

TEST(SignInLoad, TheUsersTableFillsFromItsFirstPageBeforeAnyGroupDetailIsAskedFor)
{
    ClientHarness h(bigEnough());
    signIn(h);
    Workspace w(h.client());
    int firstRows = -1;
    bool completeAtFirstRows = true;
    QObject::connect(&w.users(), &QAbstractItemModel::modelReset, [&] {
        if (firstRows < 0 && w.users().rowCount() > 0) {
            firstRows = w.users().rowCount();
            completeAtFirstRows = w.state().areUsersComplete();
        }
    });
    // Counts and the account state say "loading" until the details are in.
    bool sawLoadingCounts = false;
    QObject::connect(&w.groupsController(), &GroupsController::loaded, [&] {
        sawLoadingCounts = w.groups().rowCount() > 0 &&
                           w.groups().index(0, GroupsModel::MembersColumn).data().toString() ==
                               QStringLiteral("loading…") &&
                           w.state().isDetailsLoading();
    });
    bool everything = false;
    QObject::connect(&w, &Workspace::everythingLoaded, [&] { everything = true; });
    w.loadAll();
    ASSERT_TRUE(QTest::qWaitFor([&] { return everything; }, budget::kServerMs));

    EXPECT_GT(firstRows, 0);
    EXPECT_LT(firstRows, h.state().userOrder().size()) << "the table waited for every page";
    EXPECT_FALSE(completeAtFirstRows);
    EXPECT_TRUE(sawLoadingCounts);
    EXPECT_FALSE(w.state().isDetailsLoading());
    EXPECT_EQ(w.users().rowCount(), h.state().userOrder().size());
    expectCountsAsOnTheServer(h, w);

    const auto &log = h.server().requestLog();
    qsizetype lastPage = -1, firstDetail = -1;
    for (qsizetype i = 0; i < log.size(); ++i) {
        if (isUsersPage(log[i]))
            lastPage = i;
        if (firstDetail < 0 && isGroupDetail(log[i]))
            firstDetail = i;
    }
    ASSERT_GE(lastPage, 0);
    ASSERT_GE(firstDetail, 0);
    EXPECT_LT(lastPage, firstDetail) << "a user page waited behind the groups' details";
}

TEST(SignInLoad, WhenTheServerIsLostReadsAreLetGoAndOnlyWhatIsMissingIsAskedForOnceItIsBack)
{
    ClientHarness h(bigEnough());
    // A peer that takes connections and never answers, as a server gone away behind a router.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    QObject::connect(&silent, &QTcpServer::newConnection, [&silent] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [socket] { socket->readAll(); });
    });
    // Minutes of request timeout: nothing below may end by waiting one out.
    constexpr int kRequestTimeoutMs = 5 * 60 * 1000;
    static_assert(kRequestTimeoutMs > 2 * budget::kServerMs,
                  "a read that waited out its timeout would fail the waits below");
    h.reconfigure([&silent](ConnectionSettings &s) {
        s.requestTimeoutMs = kRequestTimeoutMs;
        s.resellerBase =
            QUrl(QStringLiteral("http://127.0.0.1:%1/reseller/v2").arg(silent.serverPort()));
    });
    signIn(h);
    Workspace w(h.client());
    // The monitor's own waits short, far below the budgets of the waits below.
    w.monitor().setRetryDelays(100, 500);
    w.monitor().setStallTimeout(1000);
    w.monitor().setProbeTimeout(1000);
    bool lost = false;
    QObject::connect(&w.monitor(), &ConnectionMonitor::connectionLost, [&] { lost = true; });

    // A read that is on its way and will never be answered.
    std::optional<Result<QList<Admin>>> unanswered;
    ContractAdminService(h.client())
        .admins(h.state().contracts().first(), nullptr,
                [&](const Result<QList<Admin>> &r) { unanswered = r; });
    bool stopped = false;
    QObject::connect(&w, &Workspace::backgroundProgress, [&](int done, int) {
        if (done >= 4 && !stopped) {
            stopped = true;
            // The server goes away in the middle of the background load.
            QTimer::singleShot(0, [&h] { h.sandbox().stop(); });
        }
    });
    w.loadAll();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return stopped && !h.sandbox().isRunning(); }, budget::kServerMs));
    // The reads on their way get no answer, nor does the check the silence leads to: lost.
    ASSERT_TRUE(QTest::qWaitFor([&] { return lost; }, budget::kServerMs));
    // Then every read waiting, on its way or waiting for a retry is let go, well within the
    // request timeout that each would otherwise wait out.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return h.client().queuedCount() == 0 && h.client().inFlightCount() == 0; },
        budget::kServerMs));
    ASSERT_TRUE(unanswered.has_value());
    ASSERT_FALSE(unanswered->ok());
    EXPECT_EQ(unanswered->error().message, ApiError::connectionLost().message);
    ASSERT_TRUE(w.state().areUsersComplete());
    const int missing = unknownCounts(w.groups());
    ASSERT_GT(missing, 0) << "the background load finished before the server went away";
    ASSERT_FALSE(w.isEverythingLoaded());
    EXPECT_TRUE(w.state().isDetailsLoading());

    // Back: the monitor's next check finds it, and the workspace asks for what is missing.
    bool everything = false;
    QObject::connect(&w, &Workspace::everythingLoaded, [&] { everything = true; });
    ASSERT_TRUE(h.sandbox().restart());
    h.server().clearRequestLog();
    ASSERT_TRUE(QTest::qWaitFor([&] { return everything; }, budget::kServerMs));

    int pages = 0, details = 0;
    for (const auto &r : h.server().requestLog()) {
        pages += isUsersPage(r);
        details += isGroupDetail(r);
    }
    EXPECT_EQ(pages, 0) << "the users were loaded again";
    EXPECT_EQ(details, missing) << "details that were in were asked for again";
    EXPECT_FALSE(w.state().isDetailsLoading());
    expectCountsAsOnTheServer(h, w);
}

TEST(SignInLoad, TheBackgroundLoadEndsWithItsSession)
{
    const auto harness = signedIn([](sandbox::SandboxOptions &o) {
        o.groups = 40;
        o.latencyMs = 30;
    });
    ClientHarness &h = *harness;
    auto w = std::make_unique<Workspace>(h.client());
    bool started = false;
    QObject::connect(w.get(), &Workspace::backgroundProgress,
                     [&](int done, int) { started = started || done >= 2; });
    w->loadAll();
    ASSERT_TRUE(QTest::qWaitFor([&] { return started; }, budget::kServerMs));
    ASSERT_GT(h.client().queuedCount(), 0) << "the background load finished too soon to tell";

    // A profile change ends the session's workspace: what waits is dropped at once, and at most
    // what was already on its way reaches the server.
    const int inFlight = h.client().inFlightCount();
    const qsizetype before = h.server().requestLog().size();
    w.reset();
    EXPECT_EQ(h.client().queuedCount(), 0);
    QTest::qWait(300);
    QStringList after;
    for (qsizetype i = before; i < h.server().requestLog().size(); ++i)
        after << h.server().requestLog()[i].path;
    EXPECT_LE(after.size(), inFlight)
        << "the background load went on without its session: " << after.join(u' ').toStdString();
}

TEST(SignInLoad, AScreenOpenedDuringTheLoadHasItsListBeforeTheRestOfTheUsers)
{
    const auto harness = signedIn([](sandbox::SandboxOptions &o) {
        o.users = 1500;
        o.burst = 2;
    });
    ClientHarness &h = *harness;
    Workspace w(h.client());
    bool everything = false;
    QObject::connect(&w, &Workspace::everythingLoaded, [&] { everything = true; });
    w.loadAll();
    // The person opens the groups while the users still load.
    w.bringForward(Workspace::List::Groups);
    ASSERT_TRUE(QTest::qWaitFor([&] { return everything; }, budget::kServerMs));
    const auto &log = h.server().requestLog();
    qsizetype groupsList = -1, lastPage = -1;
    for (qsizetype i = 0; i < log.size(); ++i) {
        if (isUsersPage(log[i]))
            lastPage = i;
        if (groupsList < 0 && log[i].method == "GET" &&
            log[i].path.endsWith(QStringLiteral("/um/groups")))
            groupsList = i;
    }
    ASSERT_GE(groupsList, 0);
    EXPECT_LT(groupsList, lastPage) << "the groups waited for every user page";
}
