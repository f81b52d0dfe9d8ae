#pragma once

#include <QCoreApplication>
#include <QString>

namespace ionos {

// The state of a resource (the API's metadata.state: AVAILABLE, INACTIVE, BUSY, ...) in words
// for people ("Available"); files and tool tips keep the API's spelling.
class ResourceStates
{
    Q_DECLARE_TR_FUNCTIONS(ResourceStates)

public:
    static QString label(const QString &state);
};

} // namespace ionos
