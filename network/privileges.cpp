#include "privileges.h"

namespace ionos {

namespace {

QList<Privilege> translatedTable();

} // namespace

const QList<Privilege> &Privileges::all()
{
    // Built in the language of the moment, and again when the language changed (--lang, or a
    // test switching it).
    static QList<Privilege> table;
    static QString builtFor;
    const QString probe = tr("Create Data Center");
    if (table.isEmpty() || probe != builtFor) {
        table = translatedTable();
        builtFor = probe;
    }
    return table;
}

namespace {

QList<Privilege> translatedTable()
{
    return {
        {QStringLiteral("createDatacenter"), Privileges::tr("Create Data Center"),
         Privileges::tr(
             "Create new virtual data centers; the creator owns each one and has full rights on "
             "it."),
         Privileges::tr("Compute & network")},
        {QStringLiteral("createSnapshot"), Privileges::tr("Create Snapshots"),
         Privileges::tr("Take snapshots (saved copies) of volumes the member can reach."),
         Privileges::tr("Storage & backup")},
        {QStringLiteral("reserveIp"), Privileges::tr("Reserve IP"),
         Privileges::tr("Reserve and return blocks of static public IPv4 addresses in a region."),
         Privileges::tr("Compute & network")},
        {QStringLiteral("accessActivityLog"), Privileges::tr("Access Activity Log"),
         Privileges::tr(
             "Read the contract's activity log (who logged in, what was created or changed), also "
             "through the Activity Log API."),
         Privileges::tr("Monitoring & logging")},
        {QStringLiteral("createPcc"), Privileges::tr("Create Cross Connects"),
         Privileges::tr(
             "Create Cross Connects, which join private LANs of several data centers in the same "
             "region."),
         Privileges::tr("Compute & network")},
        {QStringLiteral("s3Privilege"), Privileges::tr("Use Object Storage"),
         Privileges::tr(
             "Use IONOS Object Storage (S3-compatible): buckets and access keys; granting it also "
             "turns on the member's keys."),
         Privileges::tr("Storage & backup")},
        {QStringLiteral("createBackupUnit"), Privileges::tr("Create Backup Units"),
         Privileges::tr("Create backup units, the accounts that hold server backups made by the "
                        "backup agent."),
         Privileges::tr("Storage & backup")},
        {QStringLiteral("createInternetAccess"), Privileges::tr("Create Internet Access"),
         Privileges::tr(
             "Connect networks to the public internet (Internet Access element, public LAN); IONOS "
             "does not document the exact scope."),
         Privileges::tr("Compute & network")},
        {QStringLiteral("createK8sCluster"), Privileges::tr("Create Kubernetes Clusters"),
         Privileges::tr("Create, change and delete Managed Kubernetes clusters."),
         Privileges::tr("Kubernetes & containers")},
        {QStringLiteral("createFlowLog"), Privileges::tr("Create Flow Logs"),
         Privileges::tr(
             "Turn on flow logs that record the traffic of NICs, network load balancers and NAT "
             "gateways into a bucket."),
         Privileges::tr("Monitoring & logging")},
        {QStringLiteral("accessAndManageMonitoring"),
         Privileges::tr("Access and Manage Monitoring"),
         Privileges::tr(
             "See metrics and set up alarms and alarm actions in Monitoring as a Service."),
         Privileges::tr("Monitoring & logging")},
        {QStringLiteral("accessAndManageCertificates"),
         Privileges::tr("Access and Manage Certificates"),
         Privileges::tr(
             "Upload and manage TLS certificates in Certificate Manager, including auto-renewed "
             "ones; CDN and API Gateway domains can use them."),
         Privileges::tr("DNS, certificates & CDN")},
        {QStringLiteral("manageDBaaS"), Privileges::tr("Manage DBaaS"),
         Privileges::tr(
             "Create and run managed database clusters (PostgreSQL, MariaDB, MongoDB and the other "
             "DBaaS engines)."),
         Privileges::tr("Databases & data")},
        {QStringLiteral("accessAndManageDns"), Privileges::tr("Access and Manage DNS"),
         Privileges::tr("Manage Cloud DNS zones (primary and secondary) and their records."),
         Privileges::tr("DNS, certificates & CDN")},
        {QStringLiteral("manageRegistry"), Privileges::tr("Manage Registry"),
         Privileges::tr("Create private container registries and manage their repositories and "
                        "access tokens."),
         Privileges::tr("Kubernetes & containers")},
        {QStringLiteral("manageDataplatform"), Privileges::tr("Manage Data Platform"),
         Privileges::tr("Create and manage Managed Stackable Data Platform clusters."),
         Privileges::tr("Databases & data")},
        {QStringLiteral("accessAndManageLogging"),
         Privileges::tr("Access and Manage Logging Service"),
         Privileges::tr(
             "Create and manage Logging Service pipelines (pipelines only; Grafana access is "
             "separate)."),
         Privileges::tr("Monitoring & logging")},
        {QStringLiteral("accessAndManageCdn"), Privileges::tr("Access and Manage CDN"),
         Privileges::tr("Create and manage CDN distributions."),
         Privileges::tr("DNS, certificates & CDN")},
        {QStringLiteral("accessAndManageVpn"), Privileges::tr("Access and Manage VPN Gateway"),
         Privileges::tr(
             "Create and manage VPN Gateways (IPsec or WireGuard tunnels into private LANs)."),
         Privileges::tr("Compute & network")},
        {QStringLiteral("accessAndManageApiGateway"),
         Privileges::tr("Access and Manage API Gateway"),
         Privileges::tr(
             "Create and manage API Gateway instances, their routes and custom domains."),
         Privileges::tr("Compute & network")},
        {QStringLiteral("accessAndManageKaas"), Privileges::tr("Access and Manage Kafka"),
         Privileges::tr("Create and manage Event Streams for Apache Kafka clusters (KaaS = Kafka "
                        "as a Service; "
                        "see note)."),
         Privileges::tr("Databases & data")},
        {QStringLiteral("accessAndManageNetworkFileStorage"),
         Privileges::tr("Access and Manage Network File Storage"),
         Privileges::tr("Create and manage Network File Storage (NFS) clusters and their shares."),
         Privileges::tr("Storage & backup")},
        {QStringLiteral("accessAndManageAiModelHub"),
         Privileges::tr("Access and Manage AI Model Hub"),
         Privileges::tr(
             "Use the AI Model Hub (hosted models, document collections for retrieval) and manage "
             "what is stored there."),
         Privileges::tr("AI")},
        {QStringLiteral("accessAndManageIamResources"),
         Privileges::tr("Access and Manage IAM Resources"),
         Privileges::tr("Manage account-wide identity settings: password policies and IAM "
                        "Federation (identity "
                        "providers). Not users or groups."),
         Privileges::tr("Identity & security")},
        {QStringLiteral("createNetworkSecurityGroups"),
         Privileges::tr("Create Network Security Groups"),
         Privileges::tr(
             "Create Network Security Groups (reusable firewall rule sets for servers and NICs)."),
         Privileges::tr("Identity & security")},
    };
}

} // namespace

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
