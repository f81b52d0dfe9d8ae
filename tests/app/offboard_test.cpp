// `ionos-admin offboard`: people leaving, in one step, against the sandbox without a window: the
// plan (deactivate, every group, active Object Storage keys, what they created with who else
// reaches it), the steps done with their request ids, a second run with nothing to do, an
// unknown e-mail refused, and the exit codes.
#include "headlessprogram.h"
#include "sandboxharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class OffboardProgram : public ::testing::Test
{
protected:
    SandboxHarness h;
    QTemporaryDir home;

    HeadlessProgram offboard(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("offboard"));
        return HeadlessProgram::run(h, home.path(), arguments, h.server().options().token);
    }
    static QJsonObject jsonOf(const HeadlessProgram &run)
    {
        return QJsonDocument::fromJson(run.out).object();
    }
    // An active user in a group or more, with an active Object Storage key, and one who also
    // created a resource when the sandbox has such a user.
    const sandbox::SbUser *leaver() const
    {
        const sandbox::SbUser *found = nullptr;
        for (const QString &id : h.state().userOrder()) {
            const sandbox::SbUser *u = h.state().user(id);
            const auto keys = h.state().keysOf(id);
            const bool activeKey = std::any_of(keys.begin(), keys.end(),
                                               [](const sandbox::SbS3Key &k) { return k.active; });
            if (!u->active || u->administrator || h.state().groupsOf(id).isEmpty() || !activeKey)
                continue;
            if (!h.state().resourcesOwnedBy(id).isEmpty())
                return u;
            if (!found)
                found = u;
        }
        return found;
    }
};

TEST_F(OffboardProgram, PlansDoesAndThenHasNothingLeftToDo)
{
    const sandbox::SbUser *u = leaver();
    ASSERT_NE(u, nullptr);
    const QString id = u->id;
    const QString email = u->email;
    const QStringList groups = h.state().groupsOf(id);
    const QStringList owned = h.state().resourcesOwnedBy(id);

    const HeadlessProgram plan = offboard(
        {email, QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    const QJsonObject person =
        jsonOf(plan).value(QStringLiteral("users")).toArray().at(0).toObject();
    EXPECT_EQ(person.value(QStringLiteral("action")).toString(), QStringLiteral("offboard"));
    EXPECT_EQ(person.value(QStringLiteral("user")).toString(), id);
    EXPECT_TRUE(person.value(QStringLiteral("deactivate")).toBool());
    QStringList leave;
    for (const QJsonValue &g : person.value(QStringLiteral("leave")).toArray())
        leave << g.toString();
    std::sort(leave.begin(), leave.end());
    QStringList sortedGroups = groups;
    std::sort(sortedGroups.begin(), sortedGroups.end());
    EXPECT_EQ(leave, sortedGroups);
    EXPECT_FALSE(person.value(QStringLiteral("keys")).toArray().isEmpty());
    EXPECT_EQ(person.value(QStringLiteral("owned")).toArray().size(), owned.size());
    EXPECT_TRUE(
        person.value(QStringLiteral("owned")).toArray().at(0)[QStringLiteral("orphaned")].isBool());
    EXPECT_FALSE(jsonOf(plan).contains(QStringLiteral("steps")));
    EXPECT_TRUE(h.state().user(id)->active); // nothing was changed

    const HeadlessProgram done = offboard({email, QStringLiteral("--yes")});
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString() << done.out.toStdString();
    EXPECT_TRUE(done.out.contains("done: Deactivate " + email.toUtf8() + " (request "))
        << done.out.toStdString();
    EXPECT_FALSE(h.state().user(id)->active);
    EXPECT_TRUE(h.state().groupsOf(id).isEmpty());
    for (const sandbox::SbS3Key &k : h.state().keysOf(id))
        EXPECT_FALSE(k.active) << k.id.toStdString();
    EXPECT_EQ(h.state().resourcesOwnedBy(id), owned); // what they created stays

    const HeadlessProgram again = offboard(
        {email, QStringLiteral("--yes"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(jsonOf(again)
                  .value(QStringLiteral("users"))
                  .toArray()
                  .at(0)[QStringLiteral("action")]
                  .toString(),
              QStringLiteral("same"));
}

TEST_F(OffboardProgram, AnUnknownEmailIsRefusedAndAMistakeIsTrouble)
{
    const HeadlessProgram unknown =
        offboard({QStringLiteral("nobody@example.com"), QStringLiteral("--yes")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.out.contains("no user has the e-mail nobody@example.com"))
        << unknown.out.toStdString();
    const HeadlessProgram neither = offboard({QStringLiteral("a@example.com")});
    EXPECT_EQ(neither.exitCode, 2);
    EXPECT_TRUE(neither.err.contains("--dry-run")) << neither.err.toStdString();
    EXPECT_EQ(offboard({QStringLiteral("--yes")}).exitCode, 2);
}

} // namespace
