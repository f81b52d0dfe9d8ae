// Rule 3d: GET /um/users pages with offset and limit echoed and _links exactly as the spec
// describes: prev only when offset > 0, next only when more elements remain.
#include "sandboxharness.h"

#include <QSet>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace {

struct PagingCase
{
    int users;
    int limit;
};

class SandboxPaging : public ::testing::TestWithParam<PagingCase>
{};

} // namespace

TEST_P(SandboxPaging, FollowingNextVisitsEveryUserOnceInOrder)
{
    sandbox::SandboxOptions options = SandboxHarness::testOptions();
    options.users = GetParam().users;
    SandboxHarness h(options);

    QUrl next = h.cloud(QStringLiteral("/um/users?limit=%1").arg(GetParam().limit));
    QStringList seen;
    int expectedOffset = 0;
    int pages = 0;
    while (next.isValid() && !next.isEmpty()) {
        const ProbeReply r = h.probe().get(next);
        ASSERT_EQ(r.status, 200);
        const QJsonObject page = r.object();
        EXPECT_EQ(page.value(QStringLiteral("offset")).toInt(), expectedOffset);
        EXPECT_EQ(page.value(QStringLiteral("limit")).toInt(), GetParam().limit);
        const QJsonObject links = page.value(QStringLiteral("_links")).toObject();
        EXPECT_TRUE(links.contains(QStringLiteral("self")));
        EXPECT_EQ(links.contains(QStringLiteral("prev")), expectedOffset > 0);
        for (const QJsonValue &item : page.value(QStringLiteral("items")).toArray())
            seen << item.toObject().value(QStringLiteral("id")).toString();
        expectedOffset += GetParam().limit;
        EXPECT_EQ(links.contains(QStringLiteral("next")), expectedOffset < GetParam().users);
        next = QUrl(links.value(QStringLiteral("next")).toString());
        ASSERT_LT(++pages, 1000);
    }
    EXPECT_EQ(seen, h.state().userOrder());
    EXPECT_EQ(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
}

INSTANTIATE_TEST_SUITE_P(Sizes, SandboxPaging,
                         ::testing::Values(PagingCase{0, 100}, PagingCase{1, 100},
                                           PagingCase{100, 100}, PagingCase{101, 100},
                                           PagingCase{250, 100}, PagingCase{7, 3},
                                           PagingCase{9, 3}));

TEST(SandboxPagingLinks, PrevPointsOneLimitBackAndSelfRepeatsThePage)
{
    sandbox::SandboxOptions options = SandboxHarness::testOptions();
    options.users = 25;
    SandboxHarness h(options);
    const QJsonObject page =
        h.probe().get(h.cloud(QStringLiteral("/um/users?offset=12&limit=5&depth=1"))).object();
    const QJsonObject links = page.value(QStringLiteral("_links")).toObject();
    const QUrlQuery prev(QUrl(links.value(QStringLiteral("prev")).toString()));
    EXPECT_EQ(prev.queryItemValue(QStringLiteral("offset")), QStringLiteral("7"));
    EXPECT_EQ(prev.queryItemValue(QStringLiteral("limit")), QStringLiteral("5"));
    const QJsonObject again =
        h.probe().get(QUrl(links.value(QStringLiteral("self")).toString())).object();
    EXPECT_EQ(again.value(QStringLiteral("items")), page.value(QStringLiteral("items")));
    const QUrlQuery next(QUrl(links.value(QStringLiteral("next")).toString()));
    EXPECT_EQ(next.queryItemValue(QStringLiteral("offset")), QStringLiteral("17"));

    const QJsonObject past = h.probe().get(h.cloud(QStringLiteral("/um/users?offset=40"))).object();
    EXPECT_TRUE(past.value(QStringLiteral("items")).toArray().isEmpty());
    EXPECT_FALSE(past.value(QStringLiteral("_links")).toObject().contains(QStringLiteral("next")));
}
