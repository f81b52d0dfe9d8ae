#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ionos {

// The types of resources the User Management API lists, in the order the console shows them,
// and their names for a person ("Data centers"); any other type the server lists is named by its
// id.
class ResourceTypes
{
    Q_DECLARE_TR_FUNCTIONS(ResourceTypes)

public:
    static const QStringList &known();
    static QString label(const QString &type);
    // One of the type, for people ("IP block").
    static QString singular(const QString &type);
    // A resource by its name and type, for people: "billing-dev-fra-01 (IP block)".
    static QString nameWithType(const QString &name, const QString &type);
};

} // namespace ionos
