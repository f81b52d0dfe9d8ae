#include "network/privileges.h"

namespace ionos {

namespace {

// The spec's order. Texts are translated when shown, so the table is built once.
const QList<Privilege> kTable{
    {QStringLiteral("createDatacenter"), QT_TRANSLATE_NOOP("Privileges", "Create Data Center"),
     QT_TRANSLATE_NOOP(
         "Privileges",
         "Create new virtual data centers; the creator owns each one and has full rights on "
         "it."),
     PrivilegeArea::ComputeNetwork},
    {QStringLiteral("createSnapshot"), QT_TRANSLATE_NOOP("Privileges", "Create Snapshots"),
     QT_TRANSLATE_NOOP("Privileges",
                       "Take snapshots (saved copies) of volumes the member can reach."),
     PrivilegeArea::StorageBackup},
    {QStringLiteral("reserveIp"), QT_TRANSLATE_NOOP("Privileges", "Reserve IP"),
     QT_TRANSLATE_NOOP("Privileges",
                       "Reserve and return blocks of static public IPv4 addresses in a region."),
     PrivilegeArea::ComputeNetwork},
    {QStringLiteral("accessActivityLog"), QT_TRANSLATE_NOOP("Privileges", "Access Activity Log"),
     QT_TRANSLATE_NOOP(
         "Privileges",
         "Read the contract's activity log (who logged in, what was created or changed), also "
         "through the Activity Log API."),
     PrivilegeArea::MonitoringLogging},
    {QStringLiteral("createPcc"), QT_TRANSLATE_NOOP("Privileges", "Create Cross Connects"),
     QT_TRANSLATE_NOOP(
         "Privileges",
         "Create Cross Connects, which join private LANs of several data centers in the same "
         "region."),
     PrivilegeArea::ComputeNetwork},
    {QStringLiteral("s3Privilege"), QT_TRANSLATE_NOOP("Privileges", "Use Object Storage"),
     QT_TRANSLATE_NOOP(
         "Privileges",
         "Use IONOS Object Storage (S3-compatible): buckets and access keys; granting it also "
         "turns on the member's keys."),
     PrivilegeArea::StorageBackup},
    {QStringLiteral("createBackupUnit"), QT_TRANSLATE_NOOP("Privileges", "Create Backup Units"),
     QT_TRANSLATE_NOOP("Privileges",
                       "Create backup units, the accounts that hold server backups made by the "
                       "backup agent."),
     PrivilegeArea::StorageBackup},
    {QStringLiteral("createInternetAccess"),
     QT_TRANSLATE_NOOP("Privileges", "Create Internet Access"),
     QT_TRANSLATE_NOOP(
         "Privileges",
         "Connect networks to the public internet (Internet Access element, public LAN); IONOS "
         "does not document the exact scope."),
     PrivilegeArea::ComputeNetwork},
    {QStringLiteral("createK8sCluster"),
     QT_TRANSLATE_NOOP("Privileges", "Create Kubernetes Clusters"),
     QT_TRANSLATE_NOOP("Privileges", "Create, change and delete Managed Kubernetes clusters."),
     PrivilegeArea::KubernetesContainers},
    {QStringLiteral("createFlowLog"), QT_TRANSLATE_NOOP("Privileges", "Create Flow Logs"),
     QT_TRANSLATE_NOOP(
         "Privileges",
         "Turn on flow logs that record the traffic of NICs, network load balancers and NAT "
         "gateways into a bucket."),
     PrivilegeArea::MonitoringLogging},
    {QStringLiteral("accessAndManageMonitoring"),
     QT_TRANSLATE_NOOP("Privileges", "Access and Manage Monitoring"),
     QT_TRANSLATE_NOOP(
         "Privileges",
         "See metrics and set up alarms and alarm actions in Monitoring as a Service."),
     PrivilegeArea::MonitoringLogging},
    {QStringLiteral("accessAndManageCertificates"),
     QT_TRANSLATE_NOOP("Privileges", "Access and Manage Certificates"),
     QT_TRANSLATE_NOOP(
         "Privileges",
         "Upload and manage TLS certificates in Certificate Manager, including auto-renewed "
         "ones; CDN and API Gateway domains can use them."),
     PrivilegeArea::DnsCertificatesCdn},
    {QStringLiteral("manageDBaaS"), QT_TRANSLATE_NOOP("Privileges", "Manage DBaaS"),
     QT_TRANSLATE_NOOP(
         "Privileges",
         "Create and run managed database clusters (PostgreSQL, MariaDB, MongoDB and the other "
         "DBaaS engines)."),
     PrivilegeArea::DatabasesData},
    {QStringLiteral("accessAndManageDns"), QT_TRANSLATE_NOOP("Privileges", "Access and Manage DNS"),
     QT_TRANSLATE_NOOP("Privileges",
                       "Manage Cloud DNS zones (primary and secondary) and their records."),
     PrivilegeArea::DnsCertificatesCdn},
    {QStringLiteral("manageRegistry"), QT_TRANSLATE_NOOP("Privileges", "Manage Registry"),
     QT_TRANSLATE_NOOP("Privileges",
                       "Create private container registries and manage their repositories and "
                       "access tokens."),
     PrivilegeArea::KubernetesContainers},
    {QStringLiteral("manageDataplatform"), QT_TRANSLATE_NOOP("Privileges", "Manage Data Platform"),
     QT_TRANSLATE_NOOP("Privileges", "Create and manage Managed Stackable Data Platform clusters."),
     PrivilegeArea::DatabasesData},
    {QStringLiteral("accessAndManageLogging"),
     QT_TRANSLATE_NOOP("Privileges", "Access and Manage Logging Service"),
     QT_TRANSLATE_NOOP(
         "Privileges",
         "Create and manage Logging Service pipelines (pipelines only; Grafana access is "
         "separate)."),
     PrivilegeArea::MonitoringLogging},
    {QStringLiteral("accessAndManageCdn"), QT_TRANSLATE_NOOP("Privileges", "Access and Manage CDN"),
     QT_TRANSLATE_NOOP("Privileges", "Create and manage CDN distributions."),
     PrivilegeArea::DnsCertificatesCdn},
    {QStringLiteral("accessAndManageVpn"),
     QT_TRANSLATE_NOOP("Privileges", "Access and Manage VPN Gateway"),
     QT_TRANSLATE_NOOP(
         "Privileges",
         "Create and manage VPN Gateways (IPsec or WireGuard tunnels into private LANs)."),
     PrivilegeArea::ComputeNetwork},
    {QStringLiteral("accessAndManageApiGateway"),
     QT_TRANSLATE_NOOP("Privileges", "Access and Manage API Gateway"),
     QT_TRANSLATE_NOOP("Privileges",
                       "Create and manage API Gateway instances, their routes and custom domains."),
     PrivilegeArea::ComputeNetwork},
    {QStringLiteral("accessAndManageKaas"),
     QT_TRANSLATE_NOOP("Privileges", "Access and Manage Kafka"),
     QT_TRANSLATE_NOOP("Privileges",
                       "Create and manage Event Streams for Apache Kafka clusters (KaaS = Kafka "
                       "as a Service; "
                       "see note)."),
     PrivilegeArea::DatabasesData},
    {QStringLiteral("accessAndManageNetworkFileStorage"),
     QT_TRANSLATE_NOOP("Privileges", "Access and Manage Network File Storage"),
     QT_TRANSLATE_NOOP("Privileges",
                       "Create and manage Network File Storage (NFS) clusters and their shares."),
     PrivilegeArea::StorageBackup},
    {QStringLiteral("accessAndManageAiModelHub"),
     QT_TRANSLATE_NOOP("Privileges", "Access and Manage AI Model Hub"),
     QT_TRANSLATE_NOOP(
         "Privileges",
         "Use the AI Model Hub (hosted models, document collections for retrieval) and manage "
         "what is stored there."),
     PrivilegeArea::Ai},
    {QStringLiteral("accessAndManageIamResources"),
     QT_TRANSLATE_NOOP("Privileges", "Access and Manage IAM Resources"),
     QT_TRANSLATE_NOOP("Privileges",
                       "Manage account-wide identity settings: password policies and IAM "
                       "Federation (identity "
                       "providers). Not users or groups."),
     PrivilegeArea::IdentitySecurity},
    {QStringLiteral("createNetworkSecurityGroups"),
     QT_TRANSLATE_NOOP("Privileges", "Create Network Security Groups"),
     QT_TRANSLATE_NOOP(
         "Privileges",
         "Create Network Security Groups (reusable firewall rule sets for servers and NICs)."),
     PrivilegeArea::IdentitySecurity},
};

struct AreaText
{
    PrivilegeArea area;
    const char *name; // stable, for object names
    const char *label;
};

constexpr AreaText kAreas[] = {
    {PrivilegeArea::ComputeNetwork, "compute-network",
     QT_TRANSLATE_NOOP("Privileges", "Compute & network")},
    {PrivilegeArea::StorageBackup, "storage-backup",
     QT_TRANSLATE_NOOP("Privileges", "Storage & backup")},
    {PrivilegeArea::KubernetesContainers, "kubernetes-containers",
     QT_TRANSLATE_NOOP("Privileges", "Kubernetes & containers")},
    {PrivilegeArea::DatabasesData, "databases-data",
     QT_TRANSLATE_NOOP("Privileges", "Databases & data")},
    {PrivilegeArea::Ai, "ai", QT_TRANSLATE_NOOP("Privileges", "AI")},
    {PrivilegeArea::DnsCertificatesCdn, "dns-certificates-cdn",
     QT_TRANSLATE_NOOP("Privileges", "DNS, certificates & CDN")},
    {PrivilegeArea::MonitoringLogging, "monitoring-logging",
     QT_TRANSLATE_NOOP("Privileges", "Monitoring & logging")},
    {PrivilegeArea::IdentitySecurity, "identity-security",
     QT_TRANSLATE_NOOP("Privileges", "Identity & security")},
};

const AreaText &areaText(PrivilegeArea area)
{
    for (const AreaText &a : kAreas) {
        if (a.area == area)
            return a;
    }
    return kAreas[0];
}

} // namespace

QString Privileges::change(const QString &key, bool granted)
{
    const int at = indexOf(key);
    return (granted ? QStringLiteral("+") : QStringLiteral("−")) +
           (at >= 0 ? all().at(at).label() : key);
}

QString Privilege::label() const
{
    return Privileges::tr(labelText);
}

QString Privilege::explanation() const
{
    return Privileges::tr(explanationText);
}

QString Privilege::areaLabel() const
{
    return Privileges::areaLabel(area);
}

const QList<Privilege> &Privileges::all()
{
    return kTable;
}

QList<PrivilegeArea> Privileges::areas()
{
    QList<PrivilegeArea> list;
    for (const AreaText &a : kAreas)
        list << a.area;
    return list;
}

QString Privileges::areaLabel(PrivilegeArea area)
{
    return tr(areaText(area).label);
}

QString Privileges::areaName(PrivilegeArea area)
{
    return QString::fromLatin1(areaText(area).name);
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
