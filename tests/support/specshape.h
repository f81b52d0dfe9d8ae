#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// Checks JSON against a schema of one of the project's OpenAPI documents: every field must be
// declared by the schema (recursively, through $ref and allOf), of the declared type and enum.
// The validator proxy cannot do this part: the specs allow additional properties.
class SpecShape
{
public:
    // fileName: a file under sandbox/api/.
    explicit SpecShape(const QString &fileName);

    // Problems found in value against components/schemas/<schemaName>; empty when it fits.
    QStringList problems(const QString &schemaName, const QJsonValue &value) const;
    // Declared top-level properties of a schema that the object does not carry.
    QStringList missing(const QString &schemaName, const QJsonObject &object) const;
    QStringList declared(const QString &schemaName) const;

private:
    QJsonObject resolve(const QJsonObject &schema) const;
    void check(const QJsonObject &schema, const QJsonValue &value, const QString &path,
               QStringList &out) const;

    QJsonObject m_schemas;
};
