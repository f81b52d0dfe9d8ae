// The sandbox keeps its own list of the 25 privilege keys (it depends on nothing of the
// console): it must be the spec's, in the spec's order.
#include "sandbox/privilegekeys.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <gtest/gtest.h>

TEST(SandboxPrivilegeKeys, AreTheSpecsTwentyFiveInItsOrder)
{
    QFile file(QStringLiteral(IONOS_SOURCE_DIR "/sandbox/api/cloudapi-v6-um.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const QJsonObject properties =
        QJsonDocument::fromJson(text)
            .object()[QStringLiteral("components")][QStringLiteral("schemas")]
                     [QStringLiteral("GroupProperties")][QStringLiteral("properties")]
            .toObject();
    QStringList specKeys;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (it.value().toObject().value(QStringLiteral("type")).toString() ==
            QStringLiteral("boolean"))
            specKeys << it.key();
    }
    ASSERT_EQ(specKeys.size(), 25);
    // A JSON object forgets its order: the spec's is where each key stands in its text, after
    // the schema's name.
    const qsizetype schema = text.indexOf("\"GroupProperties\"");
    ASSERT_GE(schema, 0);
    std::sort(specKeys.begin(), specKeys.end(), [&](const QString &a, const QString &b) {
        return text.indexOf('"' + a.toUtf8() + "\":", schema) <
               text.indexOf('"' + b.toUtf8() + "\":", schema);
    });
    EXPECT_EQ(sandbox::privilegeKeys(), specKeys);
    EXPECT_EQ(sandbox::canonicalPrivilegeKey(QStringLiteral("createDataCenter")),
              QStringLiteral("createDatacenter"));
    EXPECT_TRUE(sandbox::canonicalPrivilegeKey(QStringLiteral("createEverything")).isEmpty());
}
