#include "sandbox/privilegekeys.h"

namespace sandbox {

const QStringList &privilegeKeys()
{
    static const QStringList keys = {
        QStringLiteral("createDatacenter"),
        QStringLiteral("createSnapshot"),
        QStringLiteral("reserveIp"),
        QStringLiteral("accessActivityLog"),
        QStringLiteral("createPcc"),
        QStringLiteral("s3Privilege"),
        QStringLiteral("createBackupUnit"),
        QStringLiteral("createInternetAccess"),
        QStringLiteral("createK8sCluster"),
        QStringLiteral("createFlowLog"),
        QStringLiteral("accessAndManageMonitoring"),
        QStringLiteral("accessAndManageCertificates"),
        QStringLiteral("manageDBaaS"),
        QStringLiteral("accessAndManageDns"),
        QStringLiteral("manageRegistry"),
        QStringLiteral("manageDataplatform"),
        QStringLiteral("accessAndManageLogging"),
        QStringLiteral("accessAndManageCdn"),
        QStringLiteral("accessAndManageVpn"),
        QStringLiteral("accessAndManageApiGateway"),
        QStringLiteral("accessAndManageKaas"),
        QStringLiteral("accessAndManageNetworkFileStorage"),
        QStringLiteral("accessAndManageAiModelHub"),
        QStringLiteral("accessAndManageIamResources"),
        QStringLiteral("createNetworkSecurityGroups"),
    };
    return keys;
}

QString canonicalPrivilegeKey(const QString &key)
{
    if (key == QStringLiteral("createDataCenter"))
        return QStringLiteral("createDatacenter");
    return privilegeKeys().contains(key) ? key : QString();
}

} // namespace sandbox
