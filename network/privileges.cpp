#include "privileges.h"

namespace ionos {

const QList<Privilege> &Privileges::all()
{
    static const QList<Privilege> table = {
        {QStringLiteral("createDatacenter"), tr("Create Data Center"),
         tr("Create new virtual data centers; the creator owns each one and has full rights on "
            "it."),
         tr("Compute & network")},
        {QStringLiteral("createSnapshot"), tr("Create Snapshots"),
         tr("Take snapshots (saved copies) of volumes the member can reach."),
         tr("Storage & backup")},
        {QStringLiteral("reserveIp"), tr("Reserve IP"),
         tr("Reserve and return blocks of static public IPv4 addresses in a region."),
         tr("Compute & network")},
        {QStringLiteral("accessActivityLog"), tr("Access Activity Log"),
         tr("Read the contract's activity log (who logged in, what was created or changed), also "
            "through the Activity Log API."),
         tr("Monitoring & logging")},
        {QStringLiteral("createPcc"), tr("Create Cross Connects"),
         tr("Create Cross Connects, which join private LANs of several data centers in the same "
            "region."),
         tr("Compute & network")},
        {QStringLiteral("s3Privilege"), tr("Use Object Storage"),
         tr("Use IONOS Object Storage (S3-compatible): buckets and access keys; granting it also "
            "turns on the member's keys."),
         tr("Storage & backup")},
        {QStringLiteral("createBackupUnit"), tr("Create Backup Units"),
         tr("Create backup units, the accounts that hold server backups made by the backup agent."),
         tr("Storage & backup")},
        {QStringLiteral("createInternetAccess"), tr("Create Internet Access"),
         tr("Connect networks to the public internet (Internet Access element, public LAN); IONOS "
            "does not document the exact scope."),
         tr("Compute & network")},
        {QStringLiteral("createK8sCluster"), tr("Create Kubernetes Clusters"),
         tr("Create, change and delete Managed Kubernetes clusters."),
         tr("Kubernetes & containers")},
        {QStringLiteral("createFlowLog"), tr("Create Flow Logs"),
         tr("Turn on flow logs that record the traffic of NICs, network load balancers and NAT "
            "gateways into a bucket."),
         tr("Monitoring & logging")},
        {QStringLiteral("accessAndManageMonitoring"), tr("Access and Manage Monitoring"),
         tr("See metrics and set up alarms and alarm actions in Monitoring as a Service."),
         tr("Monitoring & logging")},
        {QStringLiteral("accessAndManageCertificates"), tr("Access and Manage Certificates"),
         tr("Upload and manage TLS certificates in Certificate Manager, including auto-renewed "
            "ones; CDN and API Gateway domains can use them."),
         tr("DNS, certificates & CDN")},
        {QStringLiteral("manageDBaaS"), tr("Manage DBaaS"),
         tr("Create and run managed database clusters (PostgreSQL, MariaDB, MongoDB and the other "
            "DBaaS engines)."),
         tr("Databases & data")},
        {QStringLiteral("accessAndManageDns"), tr("Access and Manage DNS"),
         tr("Manage Cloud DNS zones (primary and secondary) and their records."),
         tr("DNS, certificates & CDN")},
        {QStringLiteral("manageRegistry"), tr("Manage Registry"),
         tr("Create private container registries and manage their repositories and access tokens."),
         tr("Kubernetes & containers")},
        {QStringLiteral("manageDataplatform"), tr("Manage Data Platform"),
         tr("Create and manage Managed Stackable Data Platform clusters."), tr("Databases & data")},
        {QStringLiteral("accessAndManageLogging"), tr("Access and Manage Logging Service"),
         tr("Create and manage Logging Service pipelines (pipelines only; Grafana access is "
            "separate)."),
         tr("Monitoring & logging")},
        {QStringLiteral("accessAndManageCdn"), tr("Access and Manage CDN"),
         tr("Create and manage CDN distributions."), tr("DNS, certificates & CDN")},
        {QStringLiteral("accessAndManageVpn"), tr("Access and Manage VPN Gateway"),
         tr("Create and manage VPN Gateways (IPsec or WireGuard tunnels into private LANs)."),
         tr("Compute & network")},
        {QStringLiteral("accessAndManageApiGateway"), tr("Access and Manage API Gateway"),
         tr("Create and manage API Gateway instances, their routes and custom domains."),
         tr("Compute & network")},
        {QStringLiteral("accessAndManageKaas"), tr("Access and Manage Kafka"),
         tr("Create and manage Event Streams for Apache Kafka clusters (KaaS = Kafka as a Service; "
            "see note)."),
         tr("Databases & data")},
        {QStringLiteral("accessAndManageNetworkFileStorage"),
         tr("Access and Manage Network File Storage"),
         tr("Create and manage Network File Storage (NFS) clusters and their shares."),
         tr("Storage & backup")},
        {QStringLiteral("accessAndManageAiModelHub"), tr("Access and Manage AI Model Hub"),
         tr("Use the AI Model Hub (hosted models, document collections for retrieval) and manage "
            "what is stored there."),
         tr("AI")},
        {QStringLiteral("accessAndManageIamResources"), tr("Access and Manage IAM Resources"),
         tr("Manage account-wide identity settings: password policies and IAM Federation (identity "
            "providers). Not users or groups."),
         tr("Identity & security")},
        {QStringLiteral("createNetworkSecurityGroups"), tr("Create Network Security Groups"),
         tr("Create Network Security Groups (reusable firewall rule sets for servers and NICs)."),
         tr("Identity & security")},
    };
    return table;
}

QStringList Privileges::areas()
{
    return {tr("Compute & network"),
            tr("Storage & backup"),
            tr("Kubernetes & containers"),
            tr("Databases & data"),
            tr("AI"),
            tr("DNS, certificates & CDN"),
            tr("Monitoring & logging"),
            tr("Identity & security")};
}

QString Privileges::canonicalKey(const QString &key)
{
    // The spec spells the first key createDatacenter; the official SDKs send createDataCenter.
    if (key == QStringLiteral("createDataCenter"))
        return QStringLiteral("createDatacenter");
    return indexOf(key) >= 0 ? key : QString();
}

int Privileges::indexOf(const QString &key)
{
    const QList<Privilege> &table = all();
    for (qsizetype i = 0; i < table.size(); ++i) {
        if (table.at(i).key == key)
            return int(i);
    }
    return -1;
}

} // namespace ionos
