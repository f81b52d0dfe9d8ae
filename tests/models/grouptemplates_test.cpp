// Groups from groups: a clone's writes (the same privileges and shares, members when asked, the
// new group named until the server gives its id) and role templates kept in the settings and as
// a JSON file (both spellings of createDatacenter read, an unknown key refused).
#include "models/access/whatif.h"
#include "models/groups/roletemplates.h"
#include "models/restore/groupclone.h"
#include "network/privileges.h"

#include "accesssamples.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ionos;

TEST(GroupClone, CopiesPrivilegesAndSharesAndMembersWhenAsked)
{
    const AccessFacts f = smallAccount(); // dev: createDatacenter, shares r1 (share) and r3
    const GroupClone::Writes without =
        GroupClone::of(f, QStringLiteral("dev"), QStringLiteral("dev copy"), false);
    ASSERT_EQ(without.steps.size(), 3);
    const auto *create = without.steps.at(0).as<restore::CreateGroup>();
    ASSERT_NE(create, nullptr);
    EXPECT_EQ(create->group, QLatin1String(GroupClone::kNewGroup));
    EXPECT_EQ(create->draft.name, QStringLiteral("dev copy"));
    EXPECT_EQ(create->draft.privileges.grantedKeys(),
              QStringList{QStringLiteral("createDatacenter")});
    const auto *share = without.steps.at(1).as<restore::PutShare>();
    ASSERT_NE(share, nullptr);
    EXPECT_EQ(share->group, QLatin1String(GroupClone::kNewGroup));
    EXPECT_EQ(share->share, (GroupShare{QStringLiteral("r1"), false, true}));

    const GroupClone::Writes with =
        GroupClone::of(f, QStringLiteral("dev"), QStringLiteral("dev copy"), true);
    ASSERT_EQ(with.steps.size(), 5); // alice and bob too
    EXPECT_EQ(with.steps.at(3).kind(), RestoreStep::Kind::AddMember);
    EXPECT_EQ(with.descriptions.at(4), QStringLiteral("Add bob@example.com to dev copy"));
    EXPECT_TRUE(
        GroupClone::of(f, QStringLiteral("nope"), QStringLiteral("x"), true).steps.isEmpty());

    // Its members already hold what the copy grants: nobody's access changes.
    WhatIf preview(f);
    GroupClone::stage(with, preview);
    EXPECT_TRUE(preview.difference().isEmpty())
        << preview.difference().lines().join(u'\n').toStdString();
}

TEST(GroupClone, SuggestsANameNoGroupHas)
{
    AccessFacts f = smallAccount();
    EXPECT_EQ(GroupClone::suggestedName(f, QStringLiteral("ops")), QStringLiteral("Copy of ops"));
    f.groups << sampleGroup(QStringLiteral("Copy of ops"));
    EXPECT_EQ(GroupClone::suggestedName(f, QStringLiteral("ops")), QStringLiteral("Copy of ops 2"));
}

TEST(RoleTemplates, AreKeptInTheSettingsAndAsAFileAndReadBothSpellings)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("t.conf")), QSettings::IniFormat);
    GroupPrivileges devs;
    devs.set(QStringLiteral("createDatacenter"), true);
    devs.set(QStringLiteral("createSnapshot"), true);
    GroupPrivileges audit;
    audit.set(QStringLiteral("accessActivityLog"), true);
    QList<RoleTemplate> all = RoleTemplates::put({}, {QStringLiteral("Developers"), devs});
    all = RoleTemplates::put(all, {QStringLiteral("Auditors"), audit});
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).name, QStringLiteral("Auditors")); // by name
    RoleTemplates::save(settings, all);
    EXPECT_EQ(RoleTemplates::load(settings), all);
    // The same name replaces.
    all = RoleTemplates::put(all, {QStringLiteral("developers"), audit});
    EXPECT_EQ(all.size(), 2);

    const Result<QList<RoleTemplate>> back = RoleTemplates::fromJson(RoleTemplates::toJson(all));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), all);

    const Result<QList<RoleTemplate>> sdk = RoleTemplates::fromJson(
        R"({"format": "ionos-admin-role-templates", "version": 1,
            "templates": [{"name": "Builders", "privileges": ["createDataCenter"]}]})");
    ASSERT_TRUE(sdk.ok());
    EXPECT_TRUE(sdk.value().at(0).privileges.value(QStringLiteral("createDatacenter")));
    EXPECT_TRUE(RoleTemplates::toJson(sdk.value()).contains("\"createDatacenter\""));

    const Result<QList<RoleTemplate>> unknown = RoleTemplates::fromJson(
        R"({"format": "ionos-admin-role-templates", "version": 1,
            "templates": [{"name": "X", "privileges": ["flyToTheMoon"]}]})");
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("flyToTheMoon")));
    EXPECT_FALSE(RoleTemplates::fromJson("{\"rows\": []}").ok());
}
