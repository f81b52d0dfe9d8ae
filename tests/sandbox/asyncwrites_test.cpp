// Rule 3e: every Cloud write answers 202 with a Location to poll; the status goes QUEUED,
// RUNNING, DONE (or FAILED); the change is visible only when DONE; concurrent share creation on
// one group is refused.
#include "budgets.h"
#include "sandboxharness.h"
#include "sandboxpicks.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

namespace {

sandbox::SandboxOptions slowWrites(int doneMs)
{
    sandbox::SandboxOptions o = SandboxHarness::testOptions();
    o.requestDoneMs = doneMs;
    return o;
}

QJsonObject newUser(const QString &email)
{
    return {{QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("firstname"), QStringLiteral("Grace")},
                         {QStringLiteral("lastname"), QStringLiteral("Hopper")},
                         {QStringLiteral("email"), email},
                         {QStringLiteral("password"), QStringLiteral("cobol-1959")},
                         {QStringLiteral("forceSecAuth"), true}}}};
}

QString statusOf(HttpProbe &probe, const ProbeReply &accepted)
{
    return probe.get(QUrl(QString::fromUtf8(accepted.header("Location"))))
        .object()
        .value(QStringLiteral("metadata"))
        .toObject()
        .value(QStringLiteral("status"))
        .toString();
}

} // namespace

TEST(SandboxAsyncWrites, LocationPointsAtTheRequestStatusOnTheSandbox)
{
    SandboxHarness h(slowWrites(300));
    const ProbeReply r = h.probe().post(h.cloud(QStringLiteral("/um/users")),
                                        newUser(QStringLiteral("grace@example.com")));
    ASSERT_EQ(r.status, 202) << r.body.toStdString();
    const QString location = QString::fromUtf8(r.header("Location"));
    const QRegularExpression pattern(
        QStringLiteral("^%1/requests/[0-9a-f-]{36}/status$")
            .arg(QRegularExpression::escape(h.server().cloudBaseUrl().toString())));
    EXPECT_TRUE(pattern.match(location).hasMatch()) << location.toStdString();

    const QJsonObject status = h.probe().get(QUrl(location)).object();
    EXPECT_EQ(status.value(QStringLiteral("type")).toString(), QStringLiteral("request-status"));
    EXPECT_EQ(status.value(QStringLiteral("href")).toString(), location);
    EXPECT_FALSE(status.value(QStringLiteral("id")).toString().isEmpty());
    const QJsonObject metadata = status.value(QStringLiteral("metadata")).toObject();
    EXPECT_TRUE(metadata.contains(QStringLiteral("status")));
    EXPECT_FALSE(metadata.value(QStringLiteral("message")).toString().isEmpty());
}

TEST(SandboxAsyncWrites, StatusGoesQueuedRunningDoneAndTheChangeAppearsOnlyWhenDone)
{
    // QUEUED and RUNNING two seconds each: the reads below see both, also on a busy machine.
    SandboxHarness h(slowWrites(4000));
    const ProbeReply r = h.probe().post(h.cloud(QStringLiteral("/um/users")),
                                        newUser(QStringLiteral("grace@example.com")));
    ASSERT_EQ(r.status, 202);
    const QString id = r.object().value(QStringLiteral("id")).toString();
    EXPECT_EQ(r.object()
                  .value(QStringLiteral("properties"))
                  .toObject()
                  .value(QStringLiteral("email"))
                  .toString(),
              QStringLiteral("grace@example.com"));

    QStringList observed;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < budget::kServerMs) {
        const QString status = statusOf(h.probe(), r);
        if (observed.isEmpty() || observed.last() != status)
            observed << status;
        if (status == QStringLiteral("DONE"))
            break;
        // The user may become visible between the two reads, but only by being DONE: a status
        // read after seeing it must say so. (Comparing with the earlier read would race with a
        // busy machine.)
        if (h.probe().get(h.cloud(QStringLiteral("/um/users/") + id)).status != 404) {
            EXPECT_EQ(statusOf(h.probe(), r), QStringLiteral("DONE"))
                << "visible while " << status.toStdString();
        }
        QTest::qWait(40);
    }
    EXPECT_EQ(observed, (QStringList{QStringLiteral("QUEUED"), QStringLiteral("RUNNING"),
                                     QStringLiteral("DONE")}));
    const ProbeReply after = h.probe().get(h.cloud(QStringLiteral("/um/users/") + id));
    EXPECT_EQ(after.status, 200);
    EXPECT_TRUE(after.object()
                    .value(QStringLiteral("properties"))
                    .toObject()
                    .value(QStringLiteral("forceSecAuth"))
                    .toBool());
}

TEST(SandboxAsyncWrites, EveryCloudWriteAnswers202WithLocation)
{
    SandboxHarness h;
    const QString group = h.state().groupOrder().first();
    const QString user = h.state().userOrder().first();
    const QString notMember = firstUserOutside(h.state(), group);
    const QString unshared = firstResourceNotSharedWith(h.state(), group);
    const QJsonObject share{
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("editPrivilege"), true}}}};
    const QJsonObject groupBody{{QStringLiteral("properties"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Writers")}}}};
    const QJsonObject userPut{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("firstname"), QStringLiteral("New")},
                     {QStringLiteral("lastname"), QStringLiteral("Name")},
                     {QStringLiteral("email"), QStringLiteral("renamed@example.com")}}}};
    const QList<ProbeReply> writes = {
        h.probe().post(h.cloud(QStringLiteral("/um/users")),
                       newUser(QStringLiteral("w@example.com"))),
        h.probe().put(h.cloud(QStringLiteral("/um/users/") + user), userPut),
        h.probe().post(h.cloud(QStringLiteral("/um/groups")), groupBody),
        h.probe().put(h.cloud(QStringLiteral("/um/groups/") + group), groupBody),
        h.probe().post(h.cloud(QStringLiteral("/um/groups/%1/users").arg(group)),
                       QJsonObject{{QStringLiteral("id"), notMember}}),
        h.probe().del(h.cloud(QStringLiteral("/um/groups/%1/users/%2").arg(group, notMember))),
        h.probe().post(h.cloud(QStringLiteral("/um/groups/%1/shares/%2").arg(group, unshared)),
                       share),
        h.probe().put(h.cloud(QStringLiteral("/um/groups/%1/shares/%2").arg(group, unshared)),
                      share),
        h.probe().del(h.cloud(QStringLiteral("/um/groups/%1/shares/%2").arg(group, unshared))),
        h.probe().del(h.cloud(QStringLiteral("/um/groups/") + group)),
        h.probe().del(h.cloud(QStringLiteral("/um/users/") + user)),
    };
    for (const ProbeReply &w : writes) {
        EXPECT_EQ(w.status, 202) << w.body.toStdString();
        EXPECT_TRUE(w.header("Location")
                        .startsWith(h.server().cloudBaseUrl().toString().toUtf8() + "/requests/"));
        EXPECT_EQ(h.waitForRequest(w), QStringLiteral("DONE"));
    }
    EXPECT_TRUE(writes[9].body.isEmpty()) << "DELETE answers 202 without a body";
    EXPECT_EQ(h.probe().get(h.cloud(QStringLiteral("/um/groups/") + group)).status, 404);
    EXPECT_EQ(h.probe().get(h.cloud(QStringLiteral("/um/users/") + user)).status, 404);
}

TEST(SandboxAsyncWrites, ConcurrentShareCreationOnOneGroupIsRefused)
{
    SandboxHarness h(slowWrites(400));
    const QString group = h.state().groupOrder().first();
    QStringList unshared;
    for (const QString &res : h.state().resourceOrder()) {
        if (!h.state().share(group, res))
            unshared << res;
    }
    ASSERT_GE(unshared.size(), 3);
    const QJsonObject body{
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("editPrivilege"), false}}}};
    const ProbeReply first = h.probe().post(
        h.cloud(QStringLiteral("/um/groups/%1/shares/%2").arg(group, unshared[0])), body);
    ASSERT_EQ(first.status, 202);
    const ProbeReply second = h.probe().post(
        h.cloud(QStringLiteral("/um/groups/%1/shares/%2").arg(group, unshared[1])), body);
    EXPECT_EQ(second.status, 422);
    EXPECT_TRUE(second.errorMessage().contains(QStringLiteral("one after another")));

    // Another group is not affected.
    const QString other = h.state().groupOrder().at(1);
    const QString freeForOther = firstResourceNotSharedWith(h.state(), other);
    EXPECT_EQ(
        h.probe()
            .post(h.cloud(QStringLiteral("/um/groups/%1/shares/%2").arg(other, freeForOther)), body)
            .status,
        202);

    ASSERT_EQ(h.waitForRequest(first), QStringLiteral("DONE"));
    const ProbeReply third = h.probe().post(
        h.cloud(QStringLiteral("/um/groups/%1/shares/%2").arg(group, unshared[1])), body);
    EXPECT_EQ(third.status, 202);
    EXPECT_EQ(h.waitForRequest(third), QStringLiteral("DONE"));
    EXPECT_TRUE(h.state().share(group, unshared[0]).has_value());
    EXPECT_TRUE(h.state().share(group, unshared[1]).has_value());
}

TEST(SandboxAsyncWrites, FailedWritesSayWhyAndApplyNothing)
{
    sandbox::SandboxOptions options = slowWrites(50);
    options.writeFailRate = 1.0;
    SandboxHarness h(options);
    const qsizetype groupsBefore = h.state().groupOrder().size();
    const ProbeReply r = h.probe().post(
        h.cloud(QStringLiteral("/um/groups")),
        QJsonObject{{QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Doomed")}}}});
    ASSERT_EQ(r.status, 202);
    EXPECT_EQ(h.waitForRequest(r), QStringLiteral("FAILED"));
    const QJsonObject status =
        h.probe().get(QUrl(QString::fromUtf8(r.header("Location")))).object();
    EXPECT_FALSE(status.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
    EXPECT_EQ(h.state().groupOrder().size(), groupsBefore);
    EXPECT_EQ(h.probe()
                  .get(h.cloud(QStringLiteral("/um/groups/") +
                               r.object().value(QStringLiteral("id")).toString()))
                  .status,
              404);
}

TEST(SandboxAsyncWrites, AWriteThatConflictsWhenItRunsEndsFailed)
{
    SandboxHarness h(slowWrites(300));
    // Two creations with the same e-mail are both accepted; the second one fails when it runs.
    const ProbeReply a = h.probe().post(h.cloud(QStringLiteral("/um/users")),
                                        newUser(QStringLiteral("twin@example.com")));
    const ProbeReply b = h.probe().post(h.cloud(QStringLiteral("/um/users")),
                                        newUser(QStringLiteral("twin@example.com")));
    ASSERT_EQ(a.status, 202);
    ASSERT_EQ(b.status, 202);
    EXPECT_EQ(h.waitForRequest(a), QStringLiteral("DONE"));
    EXPECT_EQ(h.waitForRequest(b), QStringLiteral("FAILED"));
    int twins = 0;
    for (const QString &id : h.state().userOrder())
        twins += h.state().user(id)->email == QStringLiteral("twin@example.com");
    EXPECT_EQ(twins, 1);
}
