#pragma once

#include <QString>
#include <QStringList>

namespace sandbox {

// The 25 boolean privileges of GroupProperties, in the order of the Cloud API spec. The
// sandbox writes the spec's spelling; it also reads the SDKs' "createDataCenter".
const QStringList &privilegeKeys();

// The key as the spec spells it, for a key as a client may send it; empty when unknown.
QString canonicalPrivilegeKey(const QString &key);

} // namespace sandbox
