// The sign-in load as the console runs it (Workspace::loadAll): the users table fills from its
// first page before any group's details are asked for, counts and "who can reach" say loading
// until their data is in, and after a lost connection only what is missing is asked for again.
#include "clientharness.h"
#include "models/account/accountstate.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/groupsmodel.h"
#include "models/users/userscontroller.h"
#include "models/users/usersmodel.h"
#include "models/workspace.h"
#include "network/groupservice.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

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
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered; }, 10000));
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
    ASSERT_TRUE(QTest::qWaitFor([&] { return everything; }, 30000));

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

TEST(SignInLoad, AfterALostConnectionOnlyWhatIsMissingIsAskedForAgain)
{
    ClientHarness h(bigEnough());
    h.reconfigure([](ConnectionSettings &s) { s.retry.maxAttempts = 1; });
    signIn(h);
    Workspace w(h.client());
    bool stopped = false;
    QObject::connect(&w, &Workspace::backgroundProgress, [&](int done, int) {
        if (done >= 4 && !stopped) {
            stopped = true;
            // The server goes away in the middle of the background load.
            QTimer::singleShot(0, [&h] { h.sandbox().stop(); });
        }
    });
    w.loadAll();
    ASSERT_TRUE(QTest::qWaitFor([&] { return stopped && !h.sandbox().isRunning(); }, 30000));
    // A request sent just before the server went away may go unanswered until the request
    // timeout ends it: the queue drains within that, and the budget is well above it.
    const int drain = 4 * h.client().settings().requestTimeoutMs;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return h.client().queuedCount() == 0 && h.client().inFlightCount() == 0; }, drain));
    ASSERT_TRUE(w.state().areUsersComplete());
    const int missing = unknownCounts(w.groups());
    ASSERT_GT(missing, 0) << "the background load finished before the server went away";
    ASSERT_FALSE(w.isEverythingLoaded());
    EXPECT_TRUE(w.state().isDetailsLoading());

    ASSERT_TRUE(h.sandbox().restart());
    h.server().clearRequestLog();
    bool everything = false;
    QObject::connect(&w, &Workspace::everythingLoaded, [&] { everything = true; });
    w.resume();
    ASSERT_TRUE(QTest::qWaitFor([&] { return everything; }, 30000));

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
    ASSERT_TRUE(QTest::qWaitFor([&] { return started; }, 30000));
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
    ASSERT_TRUE(QTest::qWaitFor([&] { return everything; }, 30000));
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
