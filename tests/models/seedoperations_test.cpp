// The three operations of the seed the console once never sent, as the console sends them now,
// through Stoplight Prism's validating proxy: a group's resources for its details, one resource
// type loaded again, and one resource read again after its shares changed.
#include "budgets.h"
#include "models/account/accountstate.h"
#include "models/activity/activitymodel.h"
#include "models/groups/groupscontroller.h"
#include "models/groups/sharescontroller.h"
#include "models/resources/resourcescontroller.h"
#include "models/resources/resourcesmodel.h"
#include "prismharness.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class SeedOperations : public ::testing::Test
{
protected:
    void SetUp() override
    {
        REQUIRE_PRISM();
        QString why;
        ASSERT_TRUE(prism.start(&why)) << why.toStdString();
        client = &prism.client();
        resourcesController = std::make_unique<ResourcesController>(*client, account);
        resourcesController->load();
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return !resourcesController->isLoading(); }, budget::kServerMs));
        ASSERT_GT(resources.rowCount(), 0);
    }

    const sandbox::SandboxState &state() { return prism.sandbox().state(); }

    // The requests that reached the sandbox, as "METHOD path", ids replaced by {id}.
    QStringList requests()
    {
        QStringList seen;
        for (const auto &r : prism.sandbox().server().requestLog())
            seen << QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
        return seen;
    }

    QString sharedGroup()
    {
        for (const QString &id : state().groupOrder()) {
            if (!state().sharesOf(id).isEmpty())
                return id;
        }
        return {};
    }

    PrismHarness prism;
    ApiClient *client = nullptr;
    AccountState account;
    ResourcesModel resources{account};
    std::unique_ptr<ResourcesController> resourcesController;
};

} // namespace

TEST_F(SeedOperations, AGroupsResourcesForItsDetails)
{
    ActivityModel activity;
    GroupsController controller(*client, account, activity);
    const QString groupId = sharedGroup();
    ASSERT_FALSE(groupId.isEmpty());
    std::optional<Result<QList<Resource>>> result;
    controller.loadResources(groupId, nullptr,
                             [&](const Result<QList<Resource>> &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, budget::kServerMs));
    ASSERT_TRUE(result->ok()) << result->error().message.toStdString();
    QStringList got;
    for (const Resource &r : result->value())
        got << r.id;
    QStringList expected;
    for (const sandbox::SbShare &s : state().sharesOf(groupId))
        expected << s.resourceId;
    got.sort();
    expected.sort();
    EXPECT_EQ(got, expected);
    EXPECT_TRUE(requests().contains(
        QStringLiteral("GET /cloudapi/v6/um/groups/%1/resources").arg(groupId)));
}

TEST_F(SeedOperations, OneResourceTypeLoadedAgain)
{
    const QString type = resources.index(0, 0).data(ResourcesModel::TypeRole).toString();
    const int before = resources.rowCount(resources.index(0, 0));
    prism.sandbox().server().clearRequestLog();
    QSignalSpy reset(&resources, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(resourcesController.get(), &ResourcesController::loaded);
    resourcesController->loadType(type);
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() == 1; }, budget::kServerMs));
    EXPECT_EQ(reset.count(), 0) << "only that type's rows change";
    EXPECT_EQ(resources.rowCount(resources.index(0, 0)), before);
    EXPECT_EQ(requests(),
              QStringList{QStringLiteral("GET /cloudapi/v6/um/resources/%1").arg(type)});
}

TEST_F(SeedOperations, OneResourceReadAgainAfterItsSharesChanged)
{
    ActivityModel activity;
    SharesController shares(*client, account, activity);
    QObject::connect(&shares, &SharesController::resourceSharesChanged, resourcesController.get(),
                     &ResourcesController::refreshResource);
    const QString groupId = sharedGroup();
    const sandbox::SbShare share = state().sharesOf(groupId).first();
    const Resource *resource = resources.resource(share.resourceId);
    ASSERT_NE(resource, nullptr);
    const QString path =
        QStringLiteral("GET /cloudapi/v6/um/resources/%1/%2").arg(resource->type, resource->id);
    prism.sandbox().server().clearRequestLog();
    shares.change(groupId,
                  GroupShare{share.resourceId, !share.editPrivilege, share.sharePrivilege});
    ASSERT_TRUE(QTest::qWaitFor([&] { return requests().contains(path); }, budget::kServerMs))
        << requests().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(activity.status(1), ActivityModel::Status::Done);
    // The resource as read again lists the groups it is shared with.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return resources.resource(share.resourceId)->groupIds.contains(groupId); },
        budget::kServerMs));
}
