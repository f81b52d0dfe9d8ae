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
};

} // namespace ionos
