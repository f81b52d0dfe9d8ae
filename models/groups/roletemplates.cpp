#include "models/groups/roletemplates.h"

#include "network/privileges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <algorithm>

namespace ionos {
namespace {

const QString kSettingsKey = QStringLiteral("roleTemplates/all");

ApiError notTemplates(const QString &why)
{
    ApiError e;
    e.kind = ApiError::Kind::Parse;
    e.message = why;
    return e;
}

QJsonObject toObject(const RoleTemplate &role)
{
    return {
        {QStringLiteral("name"), role.name},
        {QStringLiteral("privileges"), QJsonArray::fromStringList(role.privileges.grantedKeys())}};
}

void sortByName(QList<RoleTemplate> &templates)
{
    std::sort(templates.begin(), templates.end(),
              [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
}

} // namespace

QList<RoleTemplate> RoleTemplates::load(const QSettings &settings)
{
    const Result<QList<RoleTemplate>> kept = fromJson(settings.value(kSettingsKey).toByteArray());
    return kept.ok() ? kept.value() : QList<RoleTemplate>{};
}

void RoleTemplates::save(QSettings &settings, const QList<RoleTemplate> &templates)
{
    settings.setValue(kSettingsKey, toJson(templates));
}

QList<RoleTemplate> RoleTemplates::put(QList<RoleTemplate> templates, const RoleTemplate &role)
{
    templates.removeIf([&role](const RoleTemplate &t) {
        return t.name.compare(role.name, Qt::CaseInsensitive) == 0;
    });
    templates << role;
    sortByName(templates);
    return templates;
}

QByteArray RoleTemplates::toJson(const QList<RoleTemplate> &templates)
{
    QJsonArray list;
    for (const RoleTemplate &t : templates)
        list << toObject(t);
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(kFormat)},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("templates"), list}})
        .toJson();
}

Result<QList<RoleTemplate>> RoleTemplates::fromJson(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return QList<RoleTemplate>{};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return notTemplates(tr("This is not a file of role templates."));
    QList<RoleTemplate> templates;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("templates")).toArray()) {
        const QJsonObject o = v.toObject();
        RoleTemplate role;
        role.name = o.value(QStringLiteral("name")).toString().trimmed();
        if (role.name.isEmpty())
            return notTemplates(tr("A role template has no name."));
        for (const QJsonValue &key : o.value(QStringLiteral("privileges")).toArray()) {
            const QString canonical = Privileges::canonicalKey(key.toString());
            if (canonical.isEmpty())
                return notTemplates(tr("The role template %1 names %2, which is not a privilege.")
                                        .arg(role.name, key.toString()));
            role.privileges.set(canonical, true);
        }
        templates = put(templates, role);
    }
    return templates;
}

} // namespace ionos
