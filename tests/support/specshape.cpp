#include "specshape.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

SpecShape::SpecShape(const QString &fileName)
{
    QFile file(QStringLiteral(IONOS_SOURCE_DIR "/sandbox/api/") + fileName);
    if (file.open(QIODevice::ReadOnly))
        m_schemas = QJsonDocument::fromJson(file.readAll())
                        .object()
                        .value(QStringLiteral("components"))
                        .toObject()
                        .value(QStringLiteral("schemas"))
                        .toObject();
}

QJsonObject SpecShape::resolve(const QJsonObject &schema) const
{
    QJsonObject result = schema;
    const QString ref = schema.value(QStringLiteral("$ref")).toString();
    if (!ref.isEmpty())
        result = resolve(m_schemas.value(ref.section(QLatin1Char('/'), -1)).toObject());
    if (schema.contains(QStringLiteral("allOf"))) {
        QJsonObject properties = result.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &part : schema.value(QStringLiteral("allOf")).toArray()) {
            const QJsonObject resolved = resolve(part.toObject());
            for (auto it = resolved.begin(); it != resolved.end(); ++it) {
                if (it.key() == QStringLiteral("properties")) {
                    const QJsonObject more = it->toObject();
                    for (auto p = more.begin(); p != more.end(); ++p)
                        properties.insert(p.key(), p.value());
                } else if (!result.contains(it.key())) {
                    result.insert(it.key(), it.value());
                }
            }
        }
        if (!properties.isEmpty())
            result.insert(QStringLiteral("properties"), properties);
        result.remove(QStringLiteral("allOf"));
    }
    return result;
}

QStringList SpecShape::problems(const QString &schemaName, const QJsonValue &value) const
{
    QStringList out;
    if (!m_schemas.contains(schemaName))
        return {QStringLiteral("no schema %1").arg(schemaName)};
    check(resolve(m_schemas.value(schemaName).toObject()), value, schemaName, out);
    return out;
}

QStringList SpecShape::declared(const QString &schemaName) const
{
    return resolve(m_schemas.value(schemaName).toObject())
        .value(QStringLiteral("properties"))
        .toObject()
        .keys();
}

QStringList SpecShape::missing(const QString &schemaName, const QJsonObject &object) const
{
    QStringList out;
    for (const QString &key : declared(schemaName)) {
        if (!object.contains(key))
            out << key;
    }
    return out;
}

void SpecShape::check(const QJsonObject &schemaIn, const QJsonValue &value, const QString &path,
                      QStringList &out) const
{
    const QJsonObject schema = resolve(schemaIn);
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (schema.contains(QStringLiteral("properties")) || type == QStringLiteral("object")) {
        if (!value.isObject()) {
            out << QStringLiteral("%1 is not an object").arg(path);
            return;
        }
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!properties.contains(it.key()))
                out << QStringLiteral("%1.%2 is not declared").arg(path, it.key());
            else
                check(properties.value(it.key()).toObject(), it.value(),
                      path + QLatin1Char('.') + it.key(), out);
        }
        return;
    }
    if (type == QStringLiteral("array")) {
        if (!value.isArray()) {
            out << QStringLiteral("%1 is not an array").arg(path);
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(schema.value(QStringLiteral("items")).toObject(), array.at(i),
                  QStringLiteral("%1[%2]").arg(path).arg(i), out);
        return;
    }
    bool fits = true;
    if (type == QStringLiteral("string"))
        fits = value.isString();
    else if (type == QStringLiteral("boolean"))
        fits = value.isBool();
    else if (type == QStringLiteral("integer"))
        fits = value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
    else if (type == QStringLiteral("number"))
        fits = value.isDouble();
    if (!fits)
        out << QStringLiteral("%1 is not of type %2").arg(path, type);
    const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
    if (fits && !allowed.isEmpty() && !allowed.contains(value))
        out << QStringLiteral("%1 value %2 is not in the enum").arg(path, value.toString());
}
