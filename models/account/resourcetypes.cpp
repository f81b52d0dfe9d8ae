#include "models/account/resourcetypes.h"

namespace ionos {

const QStringList &ResourceTypes::known()
{
    static const QStringList types = {QStringLiteral("datacenter"), QStringLiteral("snapshot"),
                                      QStringLiteral("image"),      QStringLiteral("ipblock"),
                                      QStringLiteral("pcc"),        QStringLiteral("backupunit"),
                                      QStringLiteral("k8s")};
    return types;
}

QString ResourceTypes::label(const QString &type)
{
    if (type == QStringLiteral("datacenter"))
        return tr("Data centers");
    if (type == QStringLiteral("snapshot"))
        return tr("Snapshots");
    if (type == QStringLiteral("image"))
        return tr("Images");
    if (type == QStringLiteral("ipblock"))
        return tr("IP blocks");
    if (type == QStringLiteral("pcc"))
        return tr("Cross connects");
    if (type == QStringLiteral("backupunit"))
        return tr("Backup units");
    if (type == QStringLiteral("k8s"))
        return tr("Kubernetes clusters");
    return type;
}

} // namespace ionos
