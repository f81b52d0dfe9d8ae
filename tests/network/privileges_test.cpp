#include "network/privileges.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

TEST(Privileges, TheTableHasTheSpecsTwentyFiveKeysInOrder)
{
    QFile spec(QStringLiteral(IONOS_SOURCE_DIR "/sandbox/api/cloudapi-v6-um.json"));
    ASSERT_TRUE(spec.open(QIODevice::ReadOnly));
    const QJsonObject properties =
        QJsonDocument::fromJson(spec.readAll())
            .object()[QStringLiteral("components")][QStringLiteral("schemas")]
                     [QStringLiteral("GroupProperties")][QStringLiteral("properties")]
            .toObject();
    QStringList specKeys = properties.keys();
    specKeys.removeAll(QStringLiteral("name"));
    QStringList tableKeys;
    for (const ionos::Privilege &p : ionos::Privileges::all())
        tableKeys << p.key;
    EXPECT_EQ(tableKeys.size(), 25);
    QStringList sortedTable = tableKeys;
    sortedTable.sort();
    specKeys.sort();
    EXPECT_EQ(sortedTable, specKeys);
    EXPECT_EQ(tableKeys.first(), QStringLiteral("createDatacenter"));
}

TEST(Privileges, EveryPrivilegeHasALabelAnExplanationAndAKnownArea)
{
    const QList<ionos::PrivilegeArea> areas = ionos::Privileges::areas();
    QSet<QString> labels;
    QSet<ionos::PrivilegeArea> used;
    QSet<QString> areaNames;
    for (const ionos::PrivilegeArea area : areas) {
        EXPECT_FALSE(ionos::Privileges::areaLabel(area).isEmpty());
        areaNames.insert(ionos::Privileges::areaName(area));
    }
    EXPECT_EQ(areaNames.size(), areas.size()) << "area names are distinct";
    for (const ionos::Privilege &p : ionos::Privileges::all()) {
        EXPECT_FALSE(p.label().isEmpty()) << p.key.toStdString();
        EXPECT_GT(p.explanation().size(), 20) << p.key.toStdString();
        EXPECT_TRUE(areas.contains(p.area)) << p.key.toStdString();
        labels.insert(p.label());
        used.insert(p.area);
    }
    EXPECT_EQ(labels.size(), 25) << "labels are distinct";
    EXPECT_EQ(used.size(), areas.size()) << "every area has a privilege";
}

TEST(Privileges, BothSpellingsOfTheFirstKeyAreRead)
{
    EXPECT_EQ(ionos::Privileges::canonicalKey(QStringLiteral("createDataCenter")),
              QStringLiteral("createDatacenter"));
    EXPECT_EQ(ionos::Privileges::canonicalKey(QStringLiteral("createDatacenter")),
              QStringLiteral("createDatacenter"));
    EXPECT_EQ(ionos::Privileges::canonicalKey(QStringLiteral("manageDBaaS")),
              QStringLiteral("manageDBaaS"));
    EXPECT_TRUE(ionos::Privileges::canonicalKey(QStringLiteral("manageDns")).isEmpty());
    EXPECT_TRUE(ionos::Privileges::canonicalKey(QStringLiteral("name")).isEmpty());
}
