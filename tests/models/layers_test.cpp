// The parts of models/ point one way: no include leads from a part back up into one that uses it.
// A part is a folder of models/, or a file at its top.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

namespace {

QString partOf(const QString &pathInModels)
{
    const int slash = pathInModels.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        return pathInModels.left(slash) + QLatin1Char('/');
    return pathInModels.section(QLatin1Char('.'), 0, 0); // "workspace" for workspace.h and .cpp
}

// part -> the parts its files include, with one file that does for each.
QHash<QString, QHash<QString, QString>> includesByPart()
{
    const QDir models(QStringLiteral(IONOS_SOURCE_DIR "/models"));
    static const QRegularExpression include(QStringLiteral("#include \"models/([^\"]+)\""));
    QHash<QString, QHash<QString, QString>> edges;
    QDirIterator it(models.path(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = models.relativeFilePath(it.next());
        QFile source(models.filePath(file));
        EXPECT_TRUE(source.open(QIODevice::ReadOnly)) << file.toStdString();
        const QString text = QString::fromUtf8(source.readAll());
        for (auto m = include.globalMatch(text); m.hasNext();) {
            const QString to = partOf(m.next().captured(1));
            if (to != partOf(file))
                edges[partOf(file)].insert(to, file);
        }
    }
    return edges;
}

bool reaches(const QHash<QString, QHash<QString, QString>> &edges, const QString &from,
             const QString &to, QSet<QString> &seen)
{
    for (auto it = edges.value(from).keyBegin(); it != edges.value(from).keyEnd(); ++it) {
        if (*it == to)
            return true;
        if (!seen.contains(*it)) {
            seen.insert(*it);
            if (reaches(edges, *it, to, seen))
                return true;
        }
    }
    return false;
}

} // namespace

TEST(LayersTest, NoPartOfModelsIncludesAPartThatIncludesIt)
{
    const auto edges = includesByPart();
    ASSERT_GT(edges.size(), 8) << "the parts of models/ were found";
    for (auto from = edges.constBegin(); from != edges.constEnd(); ++from) {
        for (auto to = from->constBegin(); to != from->constEnd(); ++to) {
            QSet<QString> seen;
            EXPECT_FALSE(reaches(edges, to.key(), from.key(), seen))
                << from.key().toStdString() << " includes " << to.key().toStdString() << " ("
                << to.value().toStdString() << "), which leads back to it";
        }
    }
}

TEST(LayersTest, TheAccountStateIsTheBottomAndTheSessionStartTheTop)
{
    const auto edges = includesByPart();
    for (auto it = edges.value(QStringLiteral("account/")).keyBegin();
         it != edges.value(QStringLiteral("account/")).keyEnd(); ++it)
        ADD_FAILURE() << "account/ includes " << it->toStdString();
    for (auto from = edges.constBegin(); from != edges.constEnd(); ++from) {
        EXPECT_FALSE(from->contains(QStringLiteral("sessionstart")))
            << from.key().toStdString() << " includes the session start";
        EXPECT_FALSE(from->contains(QStringLiteral("restore/")))
            << from.key().toStdString() << " includes restore/";
    }
    EXPECT_TRUE(edges.value(QStringLiteral("restore/")).contains(QStringLiteral("workspace")));
}
